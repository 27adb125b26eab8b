/**
 * 运行标识: the run a month's summary sheets are marked with, so a re-run replaces exactly its own
 * sheets — "2016-07", or "07" when the year is unknown.
 */
export function runOf(summary: { readonly year: number | null; readonly month: number }): string {
  const month = String(summary.month).padStart(2, "0");
  return summary.year === null ? month : `${summary.year}-${month}`;
}
