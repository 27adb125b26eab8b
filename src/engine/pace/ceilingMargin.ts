import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";

/**
 * 限值余量 (ceiling margin) of a lower-is-better indicator (PM10 ≤ 72): margin = ceiling − actual
 * (negative = over the limit, 超标) and ratio = margin / ceiling, the margin as a fraction of the
 * ceiling (the lower-is-better counterpart of the pace gap).
 *
 * @throws AssessError `divisionByZero` / `zeroTarget` when the ceiling is 0.
 */
export function ceilingMargin(ceiling: Figure, actual: Figure): { margin: Dec; ratio: Dec } {
  const limit = dec(ceiling);
  assert(!limit.isZero(), "divisionByZero", "zeroTarget");
  const margin = limit.minus(dec(actual));
  return { margin, ratio: margin.div(limit) };
}
