import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { MonthlySummary } from "../../../src/engine/summary/summaryTypes";
import { sheet } from "../fixtures/sheet";
import { sheetOf } from "../fixtures/seedWorkbook";

const _: CellValue = null;

/**
 * Seed 004's district at the end of July 2018, as a ledger: cumulative actuals for May, June and
 * July chosen so that July's own figures are the seed's (财政 5025 against June's 16208, 固投 16.25
 * against 32.48, 规上总产值 35.8 against 44.9), and two growth rates with last year's July figure:
 * 规上工业增加值 5.2% against 17.5% on 89.43亿 (≈ 11亿 short) and 服务业增加值 7.6% against 9.8% on
 * 409亿 (≈ 9亿 short).
 */
const table = (): GridSheet =>
  sheet("2018年分解表", [
    ["2018年临渭区市考指标任务分解表"],
    [
      "指标名称",
      "口径",
      "单位",
      "全年目标",
      "1-5月累计完成",
      "1-6月累计完成",
      "1-7月累计完成",
      "1-7月上年同期",
      "责任单位",
      "包抓领导",
      "责任人",
    ],
    [
      "财政一般预算收入",
      "绝对量",
      "万元",
      60000,
      20000,
      36208,
      41233,
      _,
      "区财政局",
      "王副区长",
      "李会计",
    ],
    ["固定资产投资", "绝对量", "亿元", 160, 40, 72.48, 88.73, _, "区发改委", "赵副区长", "钱主任"],
    [
      "规模以上工业总产值",
      "绝对量",
      "亿元",
      400,
      150,
      194.9,
      230.7,
      _,
      "区经贸局",
      "孙副区长",
      "周科长",
    ],
    ["规模以上工业增加值", "绝对量", "亿元", 120, _, _, _, 89.43, "区经贸局", "孙副区长", "周科长"],
    ["规模以上工业增加值", "增幅", "%", 17.5, _, _, 5.2, _, "区经贸局", "孙副区长", "周科长"],
    ["服务业增加值", "绝对量", "亿元", 500, _, _, _, 409, "区发改委", "赵副区长", "钱主任"],
    ["服务业增加值", "增幅", "%", 9.8, _, _, 7.6, _, "区发改委", "赵副区长", "钱主任"],
  ]);

const july = (sheets: GridSheet[], settings = {}): MonthlySummary =>
  buildMonthlySummary(sheets, { month: 7, ...settings });

const line = (summary: MonthlySummary, name: string, measure = "绝对量") => {
  const found = summary.indicators.find(
    (indicator) => indicator.name === name && indicator.measure === measure
  );
  if (found === undefined) {
    throw new Error(`no ${name} ${measure}`);
  }
  return found;
};

describe("month-over-month figures (seed 004)", () => {
  const summary = july([table()]);

  it.each([
    // indicator, July's own figure, change against June, change in %, rounded as the seed words it
    ["财政一般预算收入", 5025, -11183, "-0.69"],
    ["固定资产投资", 16.25, -16.23, "-0.50"],
    ["规模以上工业总产值", 35.8, -9.1, "-0.20"],
  ])("%s: July %p, %p against June, %s", (name, monthly, change, ratio) => {
    const found = line(summary, name);
    expect([found.monthly, found.monthOverMonth, found.monthOverMonthRatio?.toFixed(2)]).toEqual([
      monthly,
      change,
      ratio,
    ]);
  });

  it("shows them in the bulletin's 当月完成, 较上月 and 增减% columns", () => {
    const bulletin = sheetOf(summary, "bulletin");
    const at = (key: string): number => bulletin.columns.findIndex((column) => column.key === key);
    const row = bulletin.rows[summary.indicators.indexOf(line(summary, "财政一般预算收入"))];
    expect(bulletin.columns[at("monthly")].header).toBe("7月当月完成");
    expect([row[at("monthly")], row[at("monthOverMonth")]]).toEqual([5025, -11183]);
    expect(bulletin.columns[at("monthOverMonth")].header).toBe("较上月");
    expect(bulletin.columns[at("monthOverMonthRatio")].header).toBe("增减%");
    expect(row[at("monthOverMonthRatio")]).toBe(-11183 / 16208);
  });
});

describe("growth shortfall (seed 004: 绝对量欠账约11亿元, 约9亿元)", () => {
  const summary = july([table()]);

  it.each([
    // indicator, last year's July, shortfall = B × (target − actual) / 100
    ["规模以上工业增加值", 89.43, 10.99989],
    ["服务业增加值", 409, 8.998],
  ])("%s on %p亿: %p亿 short", (name, lastYear, shortfall) => {
    const found = line(summary, name, "增幅");
    expect([found.lastYear, found.growthShortfall, found.growthShortfallUnit]).toEqual([
      lastYear,
      shortfall,
      "亿元",
    ]);
  });

  it("words the shortfall in the warning, as the seed does", () => {
    const reasons = summary.warnings.map((notice) => notice.reason);
    expect(reasons).toContain(
      "截至7月累计增长5.2%，低于目标增速17.5%，相差12.3个百分点，绝对量欠账约11亿元"
    );
    expect(reasons).toContain(
      "截至7月累计增长7.6%，低于目标增速9.8%，相差2.2个百分点，绝对量欠账约9亿元"
    );
  });

  it("shows 上年同期 and 绝对量欠账 in the bulletin", () => {
    const bulletin = sheetOf(summary, "bulletin");
    const at = (key: string): number => bulletin.columns.findIndex((column) => column.key === key);
    const row = bulletin.rows[summary.indicators.indexOf(line(summary, "服务业增加值", "增幅"))];
    expect([row[at("lastYear")], row[at("growthShortfall")]]).toEqual([409, 8.998]);
  });
});
