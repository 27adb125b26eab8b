import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";
import { quotient } from "../kernel/quotient";

/**
 * 进度差 (pace gap): A / T − P / T, the actual's lead over the pace target as a fraction of the
 * annual target (−0.05 = 5 percentage points behind, 落后序时进度; ≥ 0 = on or ahead of pace).
 * Computed as (A − P) / T, one exact division.
 *
 * @throws AssessError `divisionByZero` / `zeroTarget` when the annual target is 0.
 */
export function paceGap(actual: Figure, annualTarget: Figure, paceTarget: Figure): Dec {
  const target = dec(annualTarget);
  assert(!target.isZero(), "divisionByZero", "zeroTarget");
  return quotient(dec(actual).minus(dec(paceTarget)), target);
}
