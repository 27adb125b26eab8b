import { buildMonthlySummary } from "../../src/engine";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import { templateSheetNames, templateWorkbook } from "../../src/xlsx/templateWorkbook";

describe("templateWorkbook's 全市排名", () => {
  it("carries city ranks the summary reads: PM10 over its ceiling and last of the 山区县 → deduction", async () => {
    const bytes = await templateWorkbook().xlsx.writeBuffer();
    const sheets = await readWorkbookBuffer(new Uint8Array(bytes as ArrayBuffer));
    expect(sheets.map((sheet) => sheet.name)).toEqual([...templateSheetNames]);
    const ranks = sheets.find((sheet) => sheet.name === "全市排名");
    expect(ranks?.values[2]).toEqual([
      "指标名称",
      "口径",
      "月份",
      "全市排名",
      "参评县数",
      "组别",
      "组内排名",
      "组内县数",
    ]);
    const summary = buildMonthlySummary(sheets, { month: 7 });
    // Only the example event dated in August: the ranks are read without a finding.
    expect(summary.diagnostics.map((found) => found.code)).toEqual(["event_after_month"]);
    expect(summary.adjustments.map((unit) => [unit.unit, unit.reasons])).toEqual([
      ["县财政局", ["地方财政收入：7月超序时进度"]],
      [
        "县环保局",
        [
          "空气中可吸入颗粒物(PM10)浓度：7月超过控制目标且全市排名第10/11、山区县最后一名（第6/6）",
          "7月数据8月17日报送，逾期2天",
        ],
      ],
    ]);
    // Last of the 山区县 in June and July: on the 约谈 list.
    expect(summary.interviews.map((item) => [item.unit, item.periods.map((p) => p.rank)])).toEqual([
      ["县环保局", [11, 10]],
    ]);
  });
});
