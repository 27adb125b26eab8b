import { adjustUnits } from "../../../src/engine/adjustments/adjustUnits";
import { AssessError } from "../../../src/engine/kernel/errors";
import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { events } from "../fixtures/seedWorkbook";
import { sheet } from "../fixtures/sheet";

/** `unitAdjustments` as written, unless `mockTotalsFailure` makes it throw. */
let mockTotalsFailure: (() => Error) | null = null;
jest.mock("../../../src/engine/adjustments/unitAdjustments", () => {
  const actual = jest.requireActual<
    typeof import("../../../src/engine/adjustments/unitAdjustments")
  >("../../../src/engine/adjustments/unitAdjustments");
  return {
    ...actual,
    unitAdjustments: (...args: Parameters<typeof actual.unitAdjustments>) => {
      if (mockTotalsFailure !== null) {
        throw mockTotalsFailure();
      }
      return actual.unitAdjustments(...args);
    },
  };
});

afterEach(() => {
  mockTotalsFailure = null;
});

const july = { month: 7, year: 2016, bonusCap: 3, cityMultiplier: 2 };

describe("adjustUnits on the seed register (seed 003's rules, month 7 of 2016)", () => {
  const adjusted = adjustUnits(undefined, events(), july);

  it.each([
    // unit, bonus, deduction, net, city bonus, city deduction, grade consequence
    ["县财政局", "4.5", "-0.2", "4.3", "0.75", "0", null],
    ["县发改局", "1.35", "-3", "-1.65", "0", "-1.5", "at_most_fair"],
    ["县科技局", "8", "0", "8", "3", "0", "excellent"],
    ["县住建局", "0", "0", "0", "0", "0", null],
    ["县文广局", "0", "0", "0", "0", "0", null],
  ])("%s: +%s %s = %s (city +%s %s), %p", (unit, ...expected) => {
    const line = adjusted.adjustments.find((item) => item.unit === unit)!;
    expect([
      String(line.bonus),
      String(line.deduction),
      String(line.net),
      String(line.cityBonus),
      String(line.cityDeduction),
      line.grade,
    ]).toEqual(expected);
  });

  it("gives each rule's points after its cap, city points doubled", () => {
    const byRule = adjusted.adjustments.map((item) =>
      item.byRule.map((rule) => `${rule.code}×${rule.count}=${rule.points}`)
    );
    expect(byRule).toEqual([
      ["B01×2=2", "B02×2=2.25", "B04×3=0.4", "P07×1=-0.2"],
      ["B10×1=1.2", "B11×1=0.15", "P03×1=-3"],
      ["B01×3=6", "B10×1=2"],
      [],
      [],
    ]);
    expect([adjusted.ruleCodes, adjusted.rulesSource]).toEqual([
      ["B01", "B02", "B04", "B10", "B11", "P03", "P07"],
      "default",
    ]);
  });

  it("reports the events it cannot count at their cells", () => {
    expect(adjusted.diagnostics.map((item) => [item.code, item.cell])).toEqual([
      ["not_a_number", "C13"],
      ["rejected_event", "B12"],
      ["rejected_event", "D14"],
    ]);
    expect(formatDiagnostic(adjusted.diagnostics[2], "en-US")).toBe(
      "加减分登记!D14: Points 0.5 are outside rule B12's range 0.1 to 0.2; the entry was not counted"
    );
  });
});

describe("adjustUnits", () => {
  it.each([
    // bonus cap, multiplier, 县财政局's bonus
    [3, 2, "4.5"],
    [null, 2, "4.65"],
    [3, 1, "3.75"],
    [1, 2, "2.5"],
  ])("bonus cap %p, city ×%p: 县财政局 +%s", (bonusCap, cityMultiplier, bonus) => {
    const adjusted = adjustUnits(undefined, events(), { ...july, bonusCap, cityMultiplier });
    expect(String(adjusted.adjustments[0].bonus)).toBe(bonus);
  });

  it("has nothing to total without a register, or with no event in the month", () => {
    expect(adjustUnits(undefined, undefined, july)).toEqual({
      adjustments: [],
      ruleCodes: [],
      rulesSource: "default",
      diagnostics: [],
    });
    const later = sheet("加减分登记", [
      ["单位", "规则编号", "日期"],
      ["县财政局", "B04", "2016-09-01"],
    ]);
    const adjusted = adjustUnits(undefined, later, july);
    expect([adjusted.adjustments, adjusted.diagnostics.map((item) => item.code)]).toEqual([
      [],
      ["event_after_month"],
    ]);
  });

  it("uses the workbook's rules sheet when it has one", () => {
    const rules = sheet("加减分规则", [
      ["规则编号", "类别", "计分方式", "分值", "累计上限"],
      ["B04", "加分", "每次", 0.3, 0.5],
    ]);
    const adjusted = adjustUnits(rules, events(), { ...july, bonusCap: null, cityMultiplier: 1 });
    expect(adjusted.rulesSource).toBe("sheet");
    expect(adjusted.adjustments[0]).toMatchObject({
      unit: "县财政局",
      bonus: 0.5,
      byRule: [{ code: "B04", count: 3, points: 0.5 }],
    });
  });

  it("turns an AssessError of the totals into one rejected_event of the sheet", () => {
    mockTotalsFailure = () => new AssessError("value", "negativeQuantity", { text: "-300" });
    const adjusted = adjustUnits(undefined, events(), july);
    expect(adjusted.adjustments).toEqual([]);
    const last = adjusted.diagnostics[adjusted.diagnostics.length - 1];
    expect([last.code, last.sheet, last.cell]).toEqual(["rejected_event", "加减分登记", ""]);
    expect(formatDiagnostic(last, "zh-CN")).toBe("加减分登记：数量不能为负数：-300，该条未计分");
  });

  it("lets any other error (a bug) through", () => {
    mockTotalsFailure = () => new RangeError("broken");
    expect(() => adjustUnits(undefined, events(), july)).toThrow(RangeError);
  });
});
