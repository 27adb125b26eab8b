import { checkMonth } from "../kernel/checkMonth";
import { assert } from "../kernel/errors";

/**
 * 报送截止日期 (seed 001: 每月15日前向县考核办提供上月市考指标完成情况): the figures of data month m are
 * due on day `dueDay` of month m + 1 — December's in January of the next year; a day past the end
 * of that month means its last day. ISO ("2016-09-15"), or "--09-15" when the year is not known.
 * The same rule as the late list (`lateReports`).
 *
 * @throws AssessError from `checkMonth` for a month outside 1…12, `value` / `invalidOption` for a
 * due day outside 1…31.
 */
export function returnDueDate(month: number, year: number | null, dueDay = 15): string {
  checkMonth(month, 12);
  assert(Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 31, "value", "invalidOption", {
    name: "dueDay",
    text: String(dueDay),
    allowed: "1…31",
  });
  const dueMonth = month === 12 ? 1 : month + 1;
  const dueYear = year === null ? 2000 : month === 12 ? year + 1 : year;
  const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate();
  const day = String(Math.min(dueDay, lastDay)).padStart(2, "0");
  const mm = String(dueMonth).padStart(2, "0");
  return year === null ? `--${mm}-${day}` : `${String(dueYear).padStart(4, "0")}-${mm}-${day}`;
}
