import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { summarySheets } from "../../../src/engine/summary/summarySheets";
import { seedWorkbook } from "../fixtures/seedWorkbook";
import { emptySheetsInput as empty } from "../fixtures/sheetsInput";

describe("summarySheets", () => {
  it("makes all five sheets even when empty, titles without an unknown year", () => {
    const sheets = summarySheets(empty);
    expect(sheets.map((spec) => [spec.name, spec.title, spec.rows.length])).toEqual([
      ["12月进度通报", "镇巴县12月市考指标进度通报", 0],
      ["12月排名", "镇巴县12月责任单位进度排名", 0],
      ["12月加减分汇总", "镇巴县12月加减分汇总", 0],
      ["12月预警", "镇巴县12月预警提示单和督办单", 0],
      ["12月迟报", "镇巴县12月数据报送迟报情况", 0],
    ]);
  });
});

describe("summarySheets of seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("writes six sheets in order with names, titles and the shared layout", () => {
    expect(summary.sheets.map((spec) => [spec.kind, spec.name, spec.title])).toEqual([
      ["bulletin", "7月进度通报", "镇巴县2016年7月市考指标进度通报"],
      ["ranking", "7月排名", "镇巴县2016年7月责任单位进度排名"],
      ["adjustments", "7月加减分汇总", "镇巴县2016年7月加减分汇总"],
      ["warnings", "7月预警", "镇巴县2016年7月预警提示单和督办单"],
      ["notices", "7月预警通知", "镇巴县2016年7月预警提示单和督办单（分送各牵头单位）"],
      ["late", "7月迟报", "镇巴县2016年7月数据报送迟报情况"],
    ]);
    for (const spec of summary.sheets) {
      expect(spec.name.length).toBeLessThanOrEqual(31);
      expect(spec.name).not.toMatch(/[[\]:*?/\\]/);
      expect(spec.freeze).toEqual({ rows: 3, columns: 2 });
      expect(spec.print).toMatchObject({
        orientation: "landscape",
        paperSize: "A4",
        fitToPagesTall: 0,
        titleRows: spec.kind === "notices" ? null : [3, 3],
        printedFromRow: spec.kind === "notices" ? 4 : 1,
        footer: spec.kind === "notices" ? "" : "&C第 &P 页，共 &N 页",
        firstPageNumber: 1,
      });
      // The 11 pt text (body and subtitle) never below 9 pt.
      expect(spec.print.scalePercent).toBeGreaterThanOrEqual(82);
      expect(spec.rowHeights).toHaveLength(spec.rows.length);
      expect(spec.rowFills).toHaveLength(spec.rows.length);
      for (const row of spec.rows) {
        expect(row).toHaveLength(spec.columns.length);
      }
      for (const column of spec.columns) {
        expect(column.width).toBeGreaterThanOrEqual(6);
      }
    }
  });
});
