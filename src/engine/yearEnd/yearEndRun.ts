/**
 * 年度考核运行标识: the run the year-end sheet is marked with — "2018-yearend", or "yearend" when
 * the year is unknown — a run of its own, so writing it replaces only the year-end sheet written
 * before for that year, never a month's summary (run "2018-12") nor a clerk's sheet.
 */
export function yearEndRun(year: number | null): string {
  return year === null ? "yearend" : `${year}-yearend`;
}
