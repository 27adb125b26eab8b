import * as fns from "../../src/functions/functions";
import { setFunctionDefaults } from "../../src/functions/runtimeDefaults";

type ExcelError = { code: string; message?: string };

/** Runs a custom function and returns its value or the Excel error it raised. */
function call<T>(body: () => T): T | ExcelError {
  try {
    return body();
  } catch (error) {
    const { code, message } = error as ExcelError;
    if (typeof code !== "string") {
      throw error;
    }
    return { code, message };
  }
}

afterEach(() => setFunctionDefaults({ periods: 12, band: 0.05 }));

describe("ASSESS functions with the seeds' numbers", () => {
  it.each([
    ["前三季度", 9],
    ["1—8月", 8],
    ["１－７月", 7],
    ["上半年", 6],
    ["全年", 12],
  ])("CHECKPOINT(%s) = %d", (text, month) => {
    expect(fns.checkpoint(text)).toBe(month);
  });

  it.each([
    [7, null, 7 / 12],
    ["上半年", null, 0.5],
    [3, 4, 0.75],
  ])("PACE(%s, %s)", (month, periods, expected) => {
    expect(fns.pace(month, periods as never)).toBe(expected);
  });

  it("PACETARGET interpolates seed 000's 地方财政收入 checkpoints: month 7 → 7700", () => {
    expect(fns.paceTarget([["上半年"], ["前三季度"], ["全年"]], [[6800], [9500], [13600]], 7)).toBe(
      7700
    );
    expect(fns.paceTarget([[6, 9, 12]], [[6800, 9500, 13600]], "1-8月")).toBe(8600);
  });

  it("PACETARGET with one annual target and blank months is linear", () => {
    expect(fns.paceTarget([[""]], [[13600]], 7)).toBeCloseTo(7933.333333, 6);
    expect(fns.paceTarget([[""]], [[18.3]], 6)).toBe(9.15);
  });

  it("PACEGAP: completion minus time pace, and the ceiling margin for lower-is-better", () => {
    expect(fns.paceGap(6800, 13600, 6)).toBe(0);
    expect(fns.paceGap(6120, 13600, 6)).toBe(-0.05);
    expect(fns.paceGap(68, 72, 6, null as never, "lower")).toBe(0.05555555555555555);
    expect(fns.paceGap(75.6, 72, 6, null as never, "逆向")).toBe(-0.05);
  });

  it("ARREARS and REMAINING", () => {
    expect(fns.arrears(6000, 13600, 6)).toBe(800);
    expect(fns.arrears(7000, 13600, 6)).toBe(-200);
    expect(fns.remaining(6500, 13600, 7)).toBe(1420);
  });

  it("COMPLETION both ways", () => {
    expect(fns.completion(6800, 13600)).toBe(0.5);
    expect(fns.completion(60, 72, "lower")).toBe(1.2);
  });

  it.each([
    [6800, "正常"],
    [6500, "滞后"],
    [6120, "严重滞后"],
    ["", "未报送"],
  ])("STATUS(%s, 13600, 6) = %s", (actual, word) => {
    expect(fns.status(actual, 13600, 6)).toBe(word);
  });

  it("STATUS uses the band the pane set when the argument is left out", () => {
    setFunctionDefaults({ periods: 12, band: 0.1 });
    expect(fns.status(6120, 13600, 6)).toBe("滞后");
  });

  it("COMPLETIONSCORE: floor 0.7 and cap 1", () => {
    expect(fns.completionScore(69, 100, 10)).toBe(0);
    expect(fns.completionScore(85, 100, 10)).toBe(8.5);
    expect(fns.completionScore(120, 100, 10)).toBe(10);
  });

  it("COMPOSITESCORE shares a blank part's weight evenly (seed 003: 60/30/10 → 75/0/25)", () => {
    expect(fns.compositeScore([[80], [""], [90]], [[60], [30], [10]])).toBe(82.5);
    expect(
      fns.compositeScore([[80], [""], [90]], [[0.6], [0.3], [0.1]], "proportional")
    ).toBeCloseTo(81.428571, 6);
  });

  it("ADJUSTMENT applies each rule's cap and the bonus cap, in exact decimals", () => {
    expect(fns.adjustment([[3], [1]], [[0.15], [-1.5]], [[0.4], [""]], 3)).toBe(-1.1);
    expect(fns.adjustment([[1], [1]], [[0.1], [0.2]])).toBe(0.3);
    expect(fns.adjustment([[10], [10]], [[1], [0.75]], undefined, 3)).toBe(3);
  });

  it.each([
    [[85, 3], "优秀"],
    [[95, 0, 1], "一般"],
    [[95, null, null, true], "较差"],
    [[85], "良好"],
    [[59], "较差"],
  ])("GRADE(%j) = %s", (args, word) => {
    const [score, cityBonus, cityDeduction, veto] = args as [number, number, number, boolean];
    expect(fns.grade(score, cityBonus, cityDeduction, veto)).toBe(word);
  });

  it("RANK with competition and dense ties, ignoring blanks and text", () => {
    const values = [[9], [7], [7], [5], [""], ["无"]];
    expect(fns.rank(7, values)).toBe(2);
    expect(fns.rank(5, values)).toBe(4);
    expect(fns.rank(5, values, 0, "dense")).toBe(3);
    expect(fns.rank(5, values, 1)).toBe(1);
  });

  it("RANKSCORE and EFFICACYSCORE", () => {
    expect(fns.rankScore(3, 10)).toBe(9);
    expect(fns.rankScore(30, 10)).toBe(0);
    expect(fns.efficacyScore(8, 10, 5)).toBe(84);
  });

  it.each([
    // seed 004's July against June: 财政 万元, 固投 亿元, 规上总产值 亿元 → change, change in % to 2 places
    [5025, 16208, -11183, "-0.69"],
    [16.25, 32.48, -16.23, "-0.50"],
    [35.8, 44.9, -9.1, "-0.20"],
  ])("MONTHOVERMONTH(%p, %p) → %p, %s", (current, previous, change, ratio) => {
    expect(fns.monthOverMonth(current, previous)).toBe(change);
    expect((fns.monthOverMonth(current, previous, true) as number).toFixed(2)).toBe(ratio);
  });

  it.each([
    // seed 004: 相差12.3个百分点，绝对量欠账约11亿元；相差2.2个百分点，约9亿元; ahead is negative
    [89.43, 17.5, 5.2, 10.99989],
    [409, 9.8, 7.6, 8.998],
    [100, 8, 10, -2],
  ])("GROWTHSHORTFALL(%p, %p, %p) → %p", (lastYear, target, actual, shortfall) => {
    expect(fns.growthShortfall(lastYear, target, actual)).toBe(shortfall);
  });
});

describe("Excel errors a clerk understands", () => {
  it("text where a number belongs → #VALUE! with a Chinese message", () => {
    const result = call(() => fns.paceGap("约六千", 13600, 6));
    expect(result).toEqual({ code: "#VALUE!", message: "“actual”应为数字，而不是“约六千”" });
  });

  it("a target of 0 → #DIV/0!", () => {
    expect(call(() => fns.completion(5, 0))).toMatchObject({ code: "#DIV/0!" });
    expect(call(() => fns.paceGap(5, 0, 6))).toMatchObject({ code: "#DIV/0!" });
  });

  it("a month outside 1..periods → #NUM!", () => {
    expect(call(() => fns.pace(13))).toMatchObject({ code: "#NUM!" });
    expect(call(() => fns.arrears(1, 10, 0))).toMatchObject({ code: "#NUM!" });
  });

  it("a blank actual → #N/A 未报送", () => {
    expect(call(() => fns.paceGap("", 13600, 6))).toEqual({
      code: "#N/A",
      message: "未报送：本月实际完成为空",
    });
  });

  it("a last month of 0 has no change in % → #DIV/0!, the change itself stays", () => {
    expect(call(() => fns.monthOverMonth(5025, 0, true))).toMatchObject({ code: "#DIV/0!" });
    expect(fns.monthOverMonth(5025, 0)).toBe(5025);
  });

  it("an unknown checkpoint → #VALUE!", () => {
    expect(call(() => fns.checkpoint("明年"))).toMatchObject({ code: "#VALUE!" });
  });

  it("an unknown option word → #VALUE! listing the allowed words", () => {
    const result = call(() => fns.rank(5, [[5]], 0, "奥运式")) as ExcelError;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain("dense");
  });
});
