import { ActualMonth, IndicatorSummary, MonthlySummary, TableModel, actualMonths } from "../engine";

/** 空月份: a data month for which no indicator of the table has an actual. */
export interface EmptyMonth {
  /** The data month chosen. */
  readonly month: number;
  /** Indicators in the summary (all without an actual for the month). */
  readonly indicators: number;
  /** The latest month with actuals and how many indicators have one there; null when none has. */
  readonly latest: ActualMonth | null;
}

/** Whether a summary line had an actual for its month (readable or not). */
function reported(indicator: IndicatorSummary): boolean {
  return indicator.actual !== null || indicator.status === "actual_unreadable";
}

/**
 * 空月份检查: the summary's month when no indicator has an actual in it, else null. A line with a
 * figure, or whose figure could not be read, has one; when no line shows one, the table the
 * summary was read from (`table`, asked for only then) decides — an unreadable figure under a
 * missing target is still a report — and gives the latest month that has actuals.
 */
export function emptyMonthOf(
  summary: MonthlySummary,
  table: () => TableModel | null
): EmptyMonth | null {
  if (summary.indicators.some(reported)) {
    return null;
  }
  const read = table();
  const months = read === null ? [] : actualMonths(read);
  if (months.some((item) => item.month === summary.month)) {
    return null;
  }
  return {
    month: summary.month,
    indicators: summary.indicators.length,
    latest: months.length === 0 ? null : months[months.length - 1],
  };
}
