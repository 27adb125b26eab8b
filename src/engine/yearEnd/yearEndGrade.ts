import { Dec } from "../kernel/decimal";
import { Grade } from "../kernel/types";
import { grade } from "../grades/grade";
import { gradeLabel } from "../grades/gradeLabel";
import { GradeOverrideKind, YearEndSettings } from "./yearEndSummary";

/** What {@link yearEndGrade} decides. */
export interface YearEndGradeResult {
  /** 等次; null when the unit has no total and no veto decides it. */
  readonly grade: Grade | null;
  /** The grade of the score thresholds alone. */
  readonly scoreGrade: Grade | null;
  /** The overrides that decided the grade, in the order they apply. */
  readonly overrides: readonly GradeOverrideKind[];
  /** Their reasons, zh-CN: "市考加分3.0，直接评为优秀", "一票否决：…，评为较差". */
  readonly reasons: readonly string[];
}

/** Points as the reasons write them: 3 → "3.0", 1.5 → "1.5", −0.75 → "0.75". */
function pointsText(points: Dec): string {
  const value = points.abs();
  return value.decimalPlaces() === 0 ? value.toFixed(1) : value.toString();
}

/**
 * 年度等次: the grade of one unit's total, by `grade` (seed 002 and the score thresholds), with the
 * reason of every override that decided it —
 * - 一票否决 → 较差, always told ("一票否决：{事由}，计0分，评为较差"; 计0分 when the total counts 0,
 *   and "市考加分3.0不予直接评优" when a city bonus no longer makes it 优秀);
 * - 市考加分 ≥ 3 and no veto → 优秀 ("市考加分3.0，直接评为优秀"), told when the score alone
 *   would not have made it 优秀;
 * - 市考减分 ≥ 1 → at most 一般 ("市考减分1.5，不得评为良好以上等次，评为一般"), told when it
 *   lowered the grade (this one wins over the city bonus, as `grade` says).
 * A unit without a total gets no grade unless it is vetoed.
 */
export function yearEndGrade(
  total: Dec | null,
  cityBonus: Dec,
  cityDeduction: Dec,
  veto: { readonly vetoed: boolean; readonly reason: string },
  settings: Pick<YearEndSettings, "thresholds" | "vetoTotal">
): YearEndGradeResult {
  const thresholds = settings.thresholds;
  const scoreGrade = total === null ? null : grade(total, { thresholds });
  const bonusDecides = cityBonus.gte(3);
  const deductionCaps = cityDeduction.abs().gte(1);
  if (veto.vetoed) {
    const zero = settings.vetoTotal === "zero" ? "，计0分" : "";
    const reason = veto.reason === "" ? "一票否决" : `一票否决：${veto.reason}`;
    const bonus = bonusDecides ? `；市考加分${pointsText(cityBonus)}不予直接评优` : "";
    return {
      grade: "poor",
      scoreGrade,
      overrides: ["veto"],
      reasons: [`${reason}${zero}，评为${gradeLabel("poor")}${bonus}`],
    };
  }
  if (total === null) {
    return { grade: null, scoreGrade, overrides: [], reasons: [] };
  }
  const final = grade(total, { thresholds, cityBonus, cityDeduction });
  const overrides: GradeOverrideKind[] = [];
  const reasons: string[] = [];
  if (bonusDecides && !deductionCaps && scoreGrade !== "excellent") {
    overrides.push("cityBonus");
    reasons.push(`市考加分${pointsText(cityBonus)}，直接评为${gradeLabel("excellent")}`);
  }
  const wouldBe = bonusDecides ? "excellent" : scoreGrade;
  if (deductionCaps && (wouldBe === "excellent" || wouldBe === "good")) {
    overrides.push("cityDeduction");
    const bonus = bonusDecides ? `市考加分${pointsText(cityBonus)}，但` : "";
    reasons.push(
      `${bonus}市考减分${pointsText(cityDeduction)}，不得评为${gradeLabel("good")}以上等次，评为${gradeLabel(final)}`
    );
  }
  return { grade: final, scoreGrade, overrides, reasons };
}
