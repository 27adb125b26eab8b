/** Whether `periods` (期数) is a positive whole number. */
export function isValidPeriods(periods: number): boolean {
  return Number.isInteger(periods) && periods > 0;
}

/**
 * 月份规则: whether `month` is a whole cumulative month from 1 to `periods`, with `periods` a
 * positive whole number. The one month rule: `checkMonth` throws on it; the pane and the CLI ask
 * it before anything is computed.
 */
export function isValidMonth(month: number, periods: number): boolean {
  return isValidPeriods(periods) && Number.isInteger(month) && month >= 1 && month <= periods;
}
