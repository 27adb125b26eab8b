import { ActualMonth, isValidMonth } from "../engine";
import { WorkbookPort } from "../excel/port";
import { defaultMonth } from "./defaultMonth";

/** The document setting under which the data month the clerk chose is kept. */
export const savedMonthKey = "assess.month";

/** 保存的数据月份: the month the clerk chose, with the periods of the year it was chosen for. */
export interface SavedMonth {
  readonly month: number;
  readonly periods: number;
}

/**
 * 保存的月份: the month stored in the workbook's settings when it was chosen for `periods` periods
 * and is one of them, else null (none, not readable, or chosen for another number of periods).
 */
export function savedMonthOf(
  settings: Readonly<Record<string, unknown>>,
  periods: number
): number | null {
  const value = settings[savedMonthKey];
  if (typeof value !== "object" || value === null) {
    return null;
  }
  const { month, periods: savedPeriods } = value as { month?: unknown; periods?: unknown };
  return typeof month === "number" && savedPeriods === periods && isValidMonth(month, periods)
    ? month
    : null;
}

/** 记住数据月份: stores the month the clerk chose in the workbook ({@link savedMonthKey}). */
export async function saveMonth(port: WorkbookPort, month: number, periods: number): Promise<void> {
  const saved: SavedMonth = { month, periods };
  await port.saveSetting(savedMonthKey, saved);
}

/** Where the pane's data month came from. */
export type MonthSource = "saved" | "actuals" | "calendar";

/** 起始月份: the data month a pane opens with and where it came from. */
export interface StartMonth {
  readonly month: number;
  readonly source: MonthSource;
}

/**
 * 默认数据月份 of a workbook: the month the clerk chose for it before (`saved`) unless the table
 * has since received actuals for a later month (`latest`, then that month: next month's figures
 * are in, so next month's bulletin is due), else the latest month with actuals, else last month by
 * the calendar (`defaultMonth`).
 */
export function startMonth(
  saved: number | null,
  latest: ActualMonth | null,
  today: Date,
  periods: number
): StartMonth {
  const usable = latest !== null && isValidMonth(latest.month, periods) ? latest : null;
  if (saved !== null && (usable === null || usable.month <= saved)) {
    return { month: saved, source: "saved" };
  }
  if (usable !== null) {
    return { month: usable.month, source: "actuals" };
  }
  return { month: defaultMonth(today, periods), source: "calendar" };
}
