/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/**
 * 日期转序列号: an ISO day ("2016-08-14") as the Excel date serial that shows it — whole days
 * since 1899-12-30 (2016-08-14 → 42596), the inverse of `isoOfSerial` for days. Days before
 * 1900-03-01 count from 1899-12-31, as Excel counts them (its phantom 1900-02-29 is serial 60):
 * 1900-01-01 → 1, 1900-02-28 → 59, 1900-03-01 → 61.
 *
 * @returns the serial, or null for text that is not a real day from 1900-01-01 to 9999-12-31.
 */
export function serialOfIsoDay(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  const days = (time - Date.UTC(1899, 11, 30)) / DAY_MS;
  return days < 61 ? days - 1 : days;
}
