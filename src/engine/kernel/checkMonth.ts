import { AssessError } from "./errors";
import { isValidMonth, isValidPeriods } from "./isValidMonth";

/**
 * 月份校验: asserts that `periods` (期数, 12 months by default elsewhere) is a positive whole number
 * and that `month` is a whole cumulative month from 1 to `periods`.
 *
 * @throws AssessError `number` / `periodsInvalid` or `number` / `monthOutOfRange`.
 */
export function checkMonth(month: number, periods: number): void {
  // Checked before the parameters are built: this runs for every month of every indicator.
  if (!isValidPeriods(periods)) {
    throw new AssessError("number", "periodsInvalid", { periods });
  }
  if (!isValidMonth(month, periods)) {
    throw new AssessError("number", "monthOutOfRange", { month, periods });
  }
}
