/**
 * 日期加天数: an ISO date `days` days later — "2016-08-15" + 7 → "2016-08-22"; a yearless
 * "--08-28" + 7 → "--09-04" (counted in a common year). Text that is not an ISO date is returned as
 * it is.
 */
export function addDays(iso: string, days: number): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null || !Number.isInteger(days)) {
    return iso;
  }
  const yearless = match[1] === "-";
  const year = yearless ? 2001 : Number(match[1]);
  const moved = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]) + days));
  const two = (value: number): string => String(value).padStart(2, "0");
  const monthDay = `${two(moved.getUTCMonth() + 1)}-${two(moved.getUTCDate())}`;
  return yearless
    ? `--${monthDay}`
    : `${String(moved.getUTCFullYear()).padStart(4, "0")}-${monthDay}`;
}
