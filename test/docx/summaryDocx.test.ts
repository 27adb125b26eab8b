import { Packer } from "docx";
import { buildMonthlySummary, bulletinDocument } from "../../src/engine";
import { bulletinDocx } from "../../src/docx/bulletinDocx";
import { noticesDocx } from "../../src/docx/noticesDocx";
import { seedWorkbook } from "../engine/fixtures/seedWorkbook";
import { zipText } from "../xlsx/zipText";

const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

/** The text runs of a .docx's body, in order. */
async function textsOf(
  document: Parameters<typeof Packer.toBuffer>[0]
): Promise<{ xml: string; texts: string[] }> {
  const xml = zipText(new Uint8Array(await Packer.toBuffer(document)), "word/document.xml");
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
  return { xml, texts };
}

describe("noticesDocx", () => {
  it("makes one A4 page (a section) per notice, each with its title, number, addressee and figures", async () => {
    const { xml, texts } = await textsOf(
      noticesDocx(summary.notices, { month: 7, periods: 12, title: "预警通知" })
    );
    const sections = xml.match(/<w:sectPr/g) ?? [];
    expect(sections).toHaveLength(summary.notices.length);
    expect(xml.match(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/g)).toHaveLength(
      summary.notices.length
    );
    let at = -1;
    for (const notice of summary.notices) {
      at = texts.indexOf(notice.title, at + 1);
      expect(texts.slice(at, at + 4)).toEqual([
        notice.title,
        notice.documentNumber,
        `${notice.leadUnit}：`,
        notice.body,
      ]);
      expect(texts).toContain(notice.lines[0].indicator);
    }
    expect(texts.filter((text) => text === "县考核办（盖章）")).toHaveLength(
      summary.notices.length
    );
  });

  it("says so on one page when there is no notice", async () => {
    const { texts } = await textsOf(
      noticesDocx([], { month: 7, periods: 12, title: "7月预警通知" })
    );
    expect(texts).toEqual(["7月预警通知", "本月无滞后且欠账的指标，不发预警提示单和督办单。"]);
  });
});

describe("bulletinDocx", () => {
  it("writes the title, date, summary, a sentence per lagging indicator, the ranking and the table, A4 landscape", async () => {
    const bulletin = bulletinDocument(summary)!;
    const { xml, texts } = await textsOf(bulletinDocx(bulletin));
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(texts.slice(0, 4)).toEqual([
      bulletin.title,
      bulletin.issuedLine,
      bulletin.summary,
      "一、滞后指标情况",
    ]);
    expect(texts.slice(4, 4 + bulletin.sentences.length)).toEqual(bulletin.sentences);
    expect(texts[4 + bulletin.sentences.length]).toBe("二、责任单位进度排名");
    // Every cell of the bulletin table, in order, after the appendix title.
    const appendix = texts.indexOf("附表：市考指标进度通报表");
    const table = [...bulletin.table.headers, ...bulletin.table.rows.flat()];
    expect(texts.slice(appendix + 1, appendix + 1 + table.length)).toEqual(table);
    // The header row repeats on every page.
    expect(xml).toContain("<w:tblHeader/>");
  });
});
