import { Dec } from "../../kernel/decimal";
import { finiteNumber } from "../../kernel/finiteNumber";

/** 百分点: a fraction as percentage points (−0.05 → −5), computed exactly; null stays null. */
export function inPoints(gap: Dec | null): number | null {
  return gap === null ? null : finiteNumber(gap.times(100));
}
