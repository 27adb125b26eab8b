import { readFile } from "fs/promises";
import { buildMonthlySummary } from "../../src/engine";
import { docxOf, latestRunMonth } from "../../src/preview/downloadDocx";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { samplePath } from "../cli/cliFixture";
import { zipText } from "../xlsx/zipText";

describe("latestRunMonth", () => {
  it.each([
    [[null, "2016-07", "2016-08", null], 8],
    [["2016-12", "2017-01"], 1],
    [["07"], 7],
    [[null, null], null],
    [[], null],
  ])("%p → %p", (runs, month) => {
    expect(latestRunMonth(runs)).toBe(month);
  });
});

describe("docxOf (the preview's Word downloads)", () => {
  it("makes the notices and the bulletin of the month the pane wrote, or nothing before", async () => {
    const bytes = await readFile(samplePath("zhenba-2016.xlsx"));
    const workbook = await PreviewWorkbook.open(new Uint8Array(bytes), "zhenba-2016.xlsx");
    expect(await docxOf(workbook, "notices")).toBeNull();

    const summary = buildMonthlySummary((await workbook.readWorkbook()).grids, { month: 8 });
    await workbook.writeSummary(summary.run.key, summary.sheets);

    const notices = (await docxOf(workbook, "notices"))!;
    expect(notices.fileName).toBe("8月预警通知.docx");
    const noticesXml = zipText(
      new Uint8Array(await notices.blob.arrayBuffer()),
      "word/document.xml"
    );
    expect(noticesXml.match(/<w:sectPr/g)).toHaveLength(summary.notices.length);
    expect(noticesXml).toContain(summary.notices[0].body);

    const bulletin = (await docxOf(workbook, "bulletin"))!;
    expect(bulletin.fileName).toBe("8月进度通报.docx");
    const bulletinXml = zipText(
      new Uint8Array(await bulletin.blob.arrayBuffer()),
      "word/document.xml"
    );
    expect(bulletinXml).toContain("镇巴县2016年8月市考指标进度通报");
    expect(bulletinXml).toContain("累计欠账已达");
  });
});
