import { checkMonth } from "../kernel/checkMonth";
import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";

/**
 * 后N个月月均任务 (remaining monthly task): what is left of the annual target spread evenly over
 * the months left, (T − A(m)) / (periods − m) (seed 004 "后5个月任务"). Negative when the target is
 * already exceeded.
 *
 * @throws AssessError `divisionByZero` / `noMonthsLeft` at the last month, and the errors of
 * {@link checkMonth}.
 */
export function remainingMonthly(
  annualTarget: Figure,
  actual: Figure,
  month: number,
  periods = 12
): Dec {
  checkMonth(month, periods);
  assert(month < periods, "divisionByZero", "noMonthsLeft");
  return dec(annualTarget)
    .minus(dec(actual))
    .div(periods - month);
}
