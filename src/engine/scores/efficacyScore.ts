import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";

/**
 * 功效系数法: 60 + 40 × (value − unacceptable) / (satisfactory − unacceptable). The satisfactory
 * value (满意值) scores 100, the unacceptable value (不允许值) 60. Works for lower-is-better indicators
 * too (satisfactory < unacceptable). Not clamped: a value beyond the satisfactory one scores above 100.
 */
export function efficacyScore(value: Figure, satisfactory: Figure, unacceptable: Figure): Dec {
  const high = dec(satisfactory);
  const low = dec(unacceptable);
  assert(!high.eq(low), "divisionByZero", "equalBounds");
  return new Dec(40).mul(dec(value).minus(low)).div(high.minus(low)).plus(60);
}
