import { buildMonthlySummary } from "../../../../src/engine/summary/buildMonthlySummary";
import { adjustmentsSheet } from "../../../../src/engine/summary/sheets/adjustmentsSheet";
import { AdjustmentSummary } from "../../../../src/engine/summary/summaryTypes";
import { seedWorkbook, sheetOf } from "../../fixtures/seedWorkbook";
import { emptySheetsInput as empty } from "../../fixtures/sheetsInput";

const _ = null;

const unit = (name: string, grade: AdjustmentSummary["grade"]): AdjustmentSummary => ({
  unit: name,
  bonus: 0.4,
  deduction: -0.2,
  net: 0.2,
  cityBonus: 0,
  cityDeduction: 0,
  byRule: [
    { code: "B04", count: 3, points: 0.4 },
    { code: "P07", count: 1, points: -0.2 },
  ],
  grade,
  reasons: [],
});

describe("adjustmentsSheet", () => {
  it("words the caps and the multiplier after the settings", () => {
    const adjustments = adjustmentsSheet(empty);
    expect(adjustments.subtitle).toContain("县考加分不封顶");
    expect(adjustments.subtitle).toContain("按2倍计入");
  });

  it.each([
    // bonus cap, multiplier, rules source, words
    [3, 2, "default", "县考加分合计不超过3分", "按2倍计入", "默认规则（盘山县2018年考评方案）"],
    [-2.5, 1, "sheet", "县考加分合计不超过2.5分", "按1倍计入", "本工作簿加减分规则表"],
    [null, 1.5, "default", "县考加分不封顶", "按1.5倍计入", "默认规则"],
  ] as const)("cap %p, ×%p, rules from %s", (bonusCap, cityMultiplier, rulesSource, ...words) => {
    const subtitle = adjustmentsSheet({ ...empty, bonusCap, cityMultiplier, rulesSource }).subtitle;
    for (const word of words) {
      expect(subtitle).toContain(word);
    }
    expect(subtitle).toContain("市考加分达3分直接评为优秀，市考减分达1分不得评为良好以上");
  });

  it.each([
    ["excellent", "直接评为优秀"],
    ["at_most_fair", "不得评为良好以上"],
    [null, ""],
  ] as const)("grade consequence %p reads %p", (grade, text) => {
    const sheet = adjustmentsSheet({ ...empty, adjustments: [unit("县财政局", grade)] });
    expect(sheet.rows[0][sheet.rows[0].length - 2]).toBe(text);
  });

  it("has one column per rule code given, blank where the unit has none of it", () => {
    const sheet = adjustmentsSheet({
      ...empty,
      ruleCodes: ["B01", "B04", "P07"],
      adjustments: [unit("县财政局", null)],
    });
    expect(sheet.columns.map((column) => [column.key, column.numberFormat])).toEqual([
      ["unit", "@"],
      ["rule:B01", "0.00"],
      ["rule:B04", "0.00"],
      ["rule:P07", "0.00"],
      ["bonus", "0.00"],
      ["deduction", "0.00"],
      ["net", "0.00"],
      ["cityBonus", "0.00"],
      ["cityDeduction", "0.00"],
      ["grade", "@"],
      ["reasons", "@"],
    ]);
    expect(sheet.rows).toEqual([["县财政局", _, 0.4, -0.2, 0.4, -0.2, 0.2, 0, 0, "", ""]]);
    expect(sheet.rowFills).toEqual([null]);
  });
});

describe("adjustmentsSheet of seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("adjustments sheet: one column per rule that occurs, totals and the grade consequence", () => {
    const adjustments = sheetOf(summary, "adjustments");
    expect(adjustments.columns.map((column) => column.header)).toEqual([
      "单位",
      "B01",
      "B02",
      "B04",
      "B10",
      "B11",
      "P03",
      "P07",
      "序时加分",
      "迟报扣分",
      "加分",
      "减分",
      "净分",
      "市考加分",
      "市考减分",
      "等次影响",
      "说明",
    ]);
    expect(adjustments.rows[0]).toEqual([
      "县财政局",
      2,
      2.25,
      0.4,
      _,
      _,
      _,
      -0.2,
      _,
      _,
      4.5,
      -0.2,
      4.3,
      0.75,
      0,
      "",
      "",
    ]);
    expect(adjustments.rows.map((row) => row.slice(-2))).toEqual([
      ["", ""],
      ["不得评为良好以上", ""],
      ["直接评为优秀", "专利申请量：7月超序时进度；7月数据8月18日报送，逾期3天"],
      ["", ""],
      ["", ""],
      ["", "7月数据8月16日报送，逾期1天"],
    ]);
  });

  it("states the monthly rules' points in the subtitle, and says when no city ranks were read", () => {
    const adjustments = sheetOf(summary, "adjustments");
    expect(adjustments.subtitle).toContain(
      "月度规则：超序时进度每项加0.5分，未达序时进度且全市排名后3位或组内最后一名每项扣0.5分（本月无全市排名表，未判断扣分），逾期报送每次扣0.5分"
    );
  });
});
