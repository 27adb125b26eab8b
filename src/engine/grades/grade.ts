import { Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";
import { Grade } from "../kernel/types";
import { gradeOverride } from "./gradeOverride";

/** The lowest score of each grade: ≥ excellent → 优秀, ≥ good → 良好, ≥ fair → 一般, else 较差. */
export interface GradeThresholds {
  readonly excellent: Figure;
  readonly good: Figure;
  readonly fair: Figure;
}

/** Options of {@link grade}. */
export interface GradeOptions {
  /** 市考加分: points the unit brought the county in the city's assessment, before doubling. */
  readonly cityBonus?: Figure;
  /** 市考减分: points the unit cost the county in the city's assessment (sign ignored). */
  readonly cityDeduction?: Figure;
  /** 一票否决. */
  readonly veto?: boolean;
  /** Default 90 / 80 / 60. */
  readonly thresholds?: GradeThresholds;
}

/** The default grade thresholds: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, else 较差. */
export const defaultGradeThresholds: GradeThresholds = { excellent: 90, good: 80, fair: 60 };

/**
 * 等次评定 (seed 002): a veto (一票否决) means 较差; city bonus ≥ 3 (市考我县合计得3分及以上加分)
 * means 优秀 whatever the score; otherwise the score thresholds decide. Then a city deduction of 1 or
 * more (造成1分及以上减分) caps the grade at 一般 (不得评为良好以上等次) — this prohibition also
 * overrides the city-bonus 优秀. The two city rules are {@link gradeOverride}'s. A blank score needs
 * the city-bonus 优秀, else #N/A.
 */
export function grade(score: Figure | null, options: GradeOptions = {}): Grade {
  if (options.veto === true) {
    return "poor";
  }
  const thresholds = options.thresholds ?? defaultGradeThresholds;
  const override = gradeOverride(options.cityBonus ?? 0, options.cityDeduction ?? 0);

  let result: Grade;
  if (override.excellent) {
    result = "excellent";
  } else {
    assert(score !== null && score !== undefined, "notAvailable", "noScores");
    const value = dec(score);
    if (value.gte(dec(thresholds.excellent))) {
      result = "excellent";
    } else if (value.gte(dec(thresholds.good))) {
      result = "good";
    } else if (value.gte(dec(thresholds.fair))) {
      result = "fair";
    } else {
      result = "poor";
    }
  }
  if (override.atMostFair && (result === "excellent" || result === "good")) {
    return "fair";
  }
  return result;
}
