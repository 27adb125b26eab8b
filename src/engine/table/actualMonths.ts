import { TableModel } from "./tableModel";

/** 有完成数的月份: a month that has actuals, and how many indicators have one in it. */
export interface ActualMonth {
  /** The cumulative month 1…periods. */
  readonly month: number;
  /** Indicators (records) of the table with an actual entered for the month. */
  readonly indicators: number;
}

/**
 * 有完成数的月份: the months in which the table (with a joined 月度完成 sheet) has cumulative
 * actuals (累计完成), ascending, each with the number of indicators that have one. An actual
 * counts when its cell was filled in, readable or not: a figure that cannot be read (实际值无法识别)
 * was still reported for that month. Months without any actual are left out, so the last item is
 * the latest month with actuals (the task pane's default data month) and an empty list means the
 * table holds no actual at all.
 */
export function actualMonths(table: TableModel): ActualMonth[] {
  const counts = new Map<number, number>();
  for (const record of table.indicators) {
    const seen = new Set<number>();
    for (const actual of record.actuals) {
      if (!seen.has(actual.month)) {
        seen.add(actual.month);
        counts.set(actual.month, (counts.get(actual.month) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([month, indicators]) => ({ month, indicators }));
}
