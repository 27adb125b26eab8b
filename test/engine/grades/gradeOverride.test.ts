import { Figure } from "../../../src/engine/kernel/decimal";
import { Dec } from "../../../src/engine/kernel/decimal";
import {
  cityBonusForExcellent,
  cityDeductionForAtMostFair,
  gradeOverride,
} from "../../../src/engine/grades/gradeOverride";

describe("gradeOverride (等次影响, seed 002)", () => {
  it("states the seed's two thresholds", () => {
    expect([cityBonusForExcellent, cityDeductionForAtMostFair]).toEqual([3, 1]);
  });

  it.each<[string, Figure, Figure, boolean, boolean]>([
    ["no city points", 0, 0, false, false],
    ["city bonus 3 → 优秀", 3, 0, true, false],
    ["city bonus 2.95 is not enough", "2.95", 0, false, false],
    ["city bonus 0.75 + 2.25 = 3, exactly", new Dec("0.75").plus("2.25"), 0, true, false],
    ["city deduction −1 → at most 一般", 0, -1, false, true],
    ["city deduction given as a positive 1.5", 0, 1.5, false, true],
    ["city deduction −0.9 leaves the grade alone", 0, "-0.9", false, false],
    ["both: the prohibition wins where it matters", 3, -1, true, true],
  ])("%s", (_case, cityBonus, cityDeduction, excellent, atMostFair) => {
    expect(gradeOverride(cityBonus, cityDeduction)).toEqual({ excellent, atMostFair });
  });

  it("defaults to no city points", () => {
    expect(gradeOverride()).toEqual({ excellent: false, atMostFair: false });
  });
});
