import { buildMonthlySummary } from "../../src/engine";
import { actuals, seedWorkbook } from "../engine/fixtures/seedWorkbook";
import { zhenbaGrid } from "../engine/fixtures/zhenbaGrid";
import { FakeExcel } from "./fake";
import { adapterOn } from "./officeFixtures";

/** The summary sheets of seed 000 at month 7, as the pane writes them. */
const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });
const spec = (kind: string) => summary.sheets.find((sheet) => sheet.kind === kind)!;

describe("writeSummary of the notices and the print setup", () => {
  it("writes the 预警通知 sheet with a page break before each notice but the first", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    await adapterOn(fake).writeSummary("2016-07", [spec("notices")]);
    const notices = spec("notices");
    const sheet = fake.sheet("7月预警通知");
    expect(sheet.rowPageBreaks).toEqual((notices.pageBreaksBefore ?? []).map((row) => row + 3));
    expect(sheet.rowPageBreaks).toHaveLength(summary.notices.length - 1);
    const first = notices.textRows![0];
    expect(sheet.cell(first.row + 3, 0).value).toBe(summary.notices[0].title);
    expect(sheet.cell(first.row + 3, 0).horizontalAlignment).toBe("Center");
    // Every text row is merged across the nine columns.
    for (const line of notices.textRows ?? []) {
      expect(sheet.merges).toContainEqual({ top: line.row + 3, left: 0, rows: 1, columns: 9 });
    }
    const lastRow = notices.rows.length + 3;
    expect(sheet.pageLayout).toMatchObject({
      printArea: `A4:I${lastRow}`,
      printTitleRows: null,
      // One page a notice: no page number.
      centerFooter: "",
      firstPageNumber: 1,
      zoom: { scale: 100 },
    });
  });

  it("sets row heights of wrapped text, the header's height, and the bulletin's print: two pages wide at ≥ 82 %", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    await adapterOn(fake).writeSummary("2016-07", [spec("bulletin"), spec("warnings")]);
    const bulletin = spec("bulletin");
    const sheet = fake.sheet("7月进度通报");
    expect(sheet.rowHeights.get(2)).toBe(bulletin.headerRowHeight);
    (bulletin.rowHeights ?? []).forEach((height, row) => {
      if (height !== null) {
        expect(sheet.rowHeights.get(row + 3)).toBe(height);
      }
    });
    expect(sheet.pageLayout).toMatchObject({
      printTitleRows: "$3:$3",
      printTitleColumns: "$A:$B",
      centerFooter: "第 &P 页，共 &N 页",
      firstPageNumber: 1,
      // 17 of the 18 columns: 来源 is not printed. Under the table the legend and the office.
      printArea: `A1:V${bulletin.rows.length + 3 + 2}`,
    });
    expect(sheet.pageLayout.zoom.scale).toBeGreaterThanOrEqual(82);
    expect(sheet.cell(bulletin.rows.length + 3, 0).value).toBe("图例");
    expect(sheet.cell(bulletin.rows.length + 3, 1).value).toBe(bulletin.legend![0].label);
    expect(sheet.cell(bulletin.rows.length + 4, 0).value).toBe("县考核办\u30002016年8月15日");
    // The title stands over the first page's columns only.
    expect(sheet.merges).toContainEqual({
      top: 0,
      left: 0,
      rows: 1,
      columns: bulletin.headingColumns,
    });
  });

  it("writes the sentence of an empty sheet under its table", async () => {
    // Without the 加减分登记 register there is nothing to add up.
    // No registers and no pace points: an empty 加减分汇总.
    const bare = buildMonthlySummary([zhenbaGrid(), actuals()], {
      month: 7,
      year: 2016,
      paceBonusPoints: 0,
    });
    const adjustments = bare.sheets.find((sheet) => sheet.kind === "adjustments")!;
    expect(adjustments.rows).toEqual([]);
    const fake = new FakeExcel({ sheets: ["分解表"] });
    await adapterOn(fake).writeSummary("2016-07", [adjustments]);
    const sheet = fake.sheet("7月加减分汇总");
    expect([sheet.cell(3, 0).value, sheet.cell(4, 0).value]).toEqual([
      "本月无加减分登记",
      "县考核办\u30002016年8月15日",
    ]);
  });
});
