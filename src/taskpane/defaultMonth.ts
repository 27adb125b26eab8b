/**
 * 默认数据月份: the month whose figures the clerk reports now — last month, since departments
 * report by the 15th of the following month (seed 001). In January that is December (month 12 of
 * the previous year); with another number of periods, the month is scaled and kept in 1…periods.
 */
export function defaultMonth(today: Date, periods = 12): number {
  const last = today.getMonth() === 0 ? 12 : today.getMonth();
  if (periods === 12) {
    return last;
  }
  return Math.min(periods, Math.max(1, Math.floor((last * periods) / 12)));
}
