import { buildMonthlySummary } from "../../../../src/engine/summary/buildMonthlySummary";
import { lateSheet } from "../../../../src/engine/summary/sheets/lateSheet";
import { seedWorkbook, sheetOf } from "../../fixtures/seedWorkbook";
import { emptySheetsInput as empty } from "../../fixtures/sheetsInput";

const _ = null;

describe("lateSheet", () => {
  it("says why there is no list in a year of other than 12 periods", () => {
    expect(lateSheet(empty).subtitle).toContain("期数不是12个月");
  });

  it.each([
    ["read", "各责任单位应于每月15日前报送上月完成情况；12月数据逾期报送及未报送的单位"],
    ["absent", "；工作簿中没有报送登记表，未统计迟报"],
    ["not_monthly", "；期数不是12个月，未统计迟报"],
    ["failed", "；报送登记表无法统计迟报，见诊断信息"],
  ] as const)("report log %s: the subtitle ends %p", (reportLog, ending) => {
    expect(lateSheet({ ...empty, reportLog }).subtitle.endsWith(ending)).toBe(true);
  });

  it.each([
    // due date, reported on, shown due, shown reported, days late, fill
    ["2016-08-15", "2016-08-18", "2016-08-15", "2016-08-18", 3, "#FFEB9C"],
    ["--08-15", "--08-19", "8月15日", "8月19日", 4, "#FFEB9C"],
    ["2017-01-15", null, "2017-01-15", "未报送", _, "#FFC7CE"],
  ])("due %s, reported %p → %s, %s", (dueDate, reportedOn, due, reported, daysLate, fill) => {
    const sheet = lateSheet({
      ...empty,
      dueDay: 20,
      late: [{ unit: "县财政局", month: 7, dueDate, reportedOn, daysLate }],
    });
    expect(sheet.rows).toEqual([["县财政局", "7月", due, reported, daysLate]]);
    expect(sheet.rowFills).toEqual([fill]);
    expect(sheet.subtitle).toContain("每月20日前");
  });
});

describe("lateSheet of seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("late sheet: columns and rows", () => {
    const late = sheetOf(summary, "late");
    expect(late.columns.map((column) => column.header)).toEqual([
      "单位",
      "月份",
      "应报日期",
      "实际报送",
      "逾期天数",
    ]);
    expect(late.rows).toEqual([
      ["县经合局", "7月", "2016-08-15", "未报送", _],
      ["县经贸局", "7月", "2016-08-15", "2016-08-16", 1],
      ["县科技局", "7月", "2016-08-15", "2016-08-18", 3],
      ["县环保局", "7月", "2016-08-15", "未报送", _],
    ]);
  });
});
