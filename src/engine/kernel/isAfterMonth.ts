/**
 * 是否晚于汇总月份: whether an ISO date ("2016-08-03", or "--08-03" without a year) falls after the
 * month summarised. Without a year on either side only the month is compared; a date that cannot
 * be read is not "after" (the event counts, as the clerk registered it).
 */
export function isAfterMonth(
  date: string | undefined,
  month: number,
  year: number | null
): boolean {
  const match = date === undefined ? null : /^(\d{4}|-)-(\d{2})-\d{2}$/.exec(date);
  if (match === null) {
    return false;
  }
  const eventMonth = Number(match[2]);
  if (match[1] !== "-" && year !== null) {
    const eventYear = Number(match[1]);
    return eventYear > year || (eventYear === year && eventMonth > month);
  }
  return eventMonth > month;
}
