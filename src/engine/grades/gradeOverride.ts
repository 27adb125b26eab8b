import { Figure, dec } from "../kernel/decimal";

/** Seed 002: 市考我县合计得3分及以上加分 — the city bonus that makes a unit 优秀 directly. */
export const cityBonusForExcellent = 3;

/** Seed 002: 造成1分及以上减分 — the city deduction (sign ignored) that caps a unit at 一般. */
export const cityDeductionForAtMostFair = 1;

/** What a unit's city-assessment points do to its grade, before any score is looked at. */
export interface GradeOverride {
  /** 直接评为优秀: the city bonus reaches {@link cityBonusForExcellent}. */
  readonly excellent: boolean;
  /**
   * 不得评为良好以上: the city deduction reaches {@link cityDeductionForAtMostFair}; this
   * prohibition wins over `excellent`.
   */
  readonly atMostFair: boolean;
}

/**
 * 等次影响 (seed 002): the grade consequence of the points a unit won or cost the county in the
 * city's assessment (市考加分 before doubling, 市考减分 with its sign ignored). Both `grade` and the
 * monthly summary's 加减分汇总 apply this one rule.
 */
export function gradeOverride(cityBonus: Figure = 0, cityDeduction: Figure = 0): GradeOverride {
  const atMostFair = dec(cityDeduction).abs().gte(cityDeductionForAtMostFair);
  const excellent = dec(cityBonus).gte(cityBonusForExcellent);
  return { excellent, atMostFair };
}
