import { Figure } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";
import { GradeOptions, grade } from "../../../src/engine/grades/grade";
import { Grade } from "../../../src/engine/kernel/types";

function thrown(action: () => unknown): AssessError {
  try {
    action();
  } catch (error) {
    if (error instanceof AssessError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected an AssessError");
}

describe("grade (等次)", () => {
  it.each<[string, Figure | null, GradeOptions, Grade]>([
    ["90 → 优秀", 90, {}, "excellent"],
    ["89.99 → 良好", "89.99", {}, "good"],
    ["80 → 良好", 80, {}, "good"],
    ["79.999 → 一般", "79.999", {}, "fair"],
    ["60 → 一般", 60, {}, "fair"],
    ["59.5 → 较差", 59.5, {}, "poor"],
    ["seed 003 composite 85.87 → 良好", "85.87", {}, "good"],
    ["seed 002: city bonus 3 → 优秀 whatever the score", 50, { cityBonus: 3 }, "excellent"],
    ["seed 002: city bonus 3 and no score → 优秀", null, { cityBonus: 3 }, "excellent"],
    ["city bonus 2.95 is not enough", 70, { cityBonus: "2.95" }, "fair"],
    ["seed 002: city bonus 3 but a veto → 较差", 95, { cityBonus: 3, veto: true }, "poor"],
    ["veto → 较差 whatever the score", 99, { veto: true }, "poor"],
    ["veto with no score → 较差", null, { veto: true }, "poor"],
    ["seed 002: city deduction 1 → at most 一般 (from 优秀)", 95, { cityDeduction: -1 }, "fair"],
    ["seed 002: city deduction 1 → at most 一般 (from 良好)", 85, { cityDeduction: -1 }, "fair"],
    ["city deduction given as a positive figure", 85, { cityDeduction: 1.5 }, "fair"],
    ["city deduction 1 does not raise a 较差", 40, { cityDeduction: -1 }, "poor"],
    ["city deduction 0.9 leaves the grade alone", 95, { cityDeduction: "-0.9" }, "excellent"],
    [
      "city bonus 3 and city deduction 1: the prohibition wins → 一般",
      95,
      { cityBonus: 3, cityDeduction: -1 },
      "fair",
    ],
    [
      "custom thresholds 95/85/70",
      90,
      { thresholds: { excellent: 95, good: 85, fair: 70 } },
      "good",
    ],
    [
      "custom thresholds 95/85/70, 69",
      69,
      { thresholds: { excellent: 95, good: 85, fair: 70 } },
      "poor",
    ],
  ])("%s", (_name, score, options, expected) => {
    expect(grade(score, options)).toBe(expected);
  });

  it("no score and no override → #N/A", () => {
    expect(thrown(() => grade(null))).toMatchObject({ kind: "notAvailable", key: "noScores" });
    expect(thrown(() => grade(null, { cityDeduction: -2 }))).toMatchObject({
      kind: "notAvailable",
      key: "noScores",
    });
  });
});
