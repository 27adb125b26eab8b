import { checkMonth } from "../kernel/checkMonth";
import { assert } from "../kernel/errors";
import { LateReport, ReportEntry } from "../summary/summaryTypes";

/** Reports are due monthly: the data month is one of twelve. */
const MONTHS = 12;
/** Milliseconds in a day. */
const DAY = 86_400_000;
/** A leap year standing in when no year is known, so that 29 February is a real day. */
const ANY_YEAR = 2000;

/** The UTC time of a date. */
function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** "2016-08-15", or "--08-15" without a year. */
function isoOf(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  return year === null ? `--${mm}-${dd}` : `${String(year).padStart(4, "0")}-${mm}-${dd}`;
}

/**
 * The UTC time of a reported date. A date without a year ("--08-16"), or any date when the year is
 * unknown (`yearKnown` false), takes the year that puts it nearest the due date (a report of
 * December's figures dated 1月10日 falls in the next year).
 */
function reportedTime(
  reportedOn: string,
  dueYear: number,
  dueTime: number,
  yearKnown: boolean
): number | null {
  const match = /^(?:(\d{4})|--)-?(\d{2})-(\d{2})$/.exec(reportedOn);
  if (match === null) {
    return null;
  }
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (match[1] !== undefined && yearKnown) {
    return dayOf(Number(match[1]), month, day);
  }
  const candidates = [dueYear - 1, dueYear, dueYear + 1].map((year) => dayOf(year, month, day));
  return candidates.reduce((best, time) =>
    Math.abs(time - dueTime) < Math.abs(best - dueTime) ? time : best
  );
}

/**
 * 迟报 (seed 001: 每月15日前向县考核办提供上月市考指标完成情况): the figures of data month m are due on
 * day `dueDay` of month m + 1 (December's on 15 January of the next year; a due day past the end of
 * the month means its last day). Lists, in the order of `units` and then of the register:
 * - every report of month m (of `year`, or without a year) sent after the due date, with the days late
 *   (a unit that reported several times counts by its first report);
 * - every unit of `units` (the units that lead indicators) without a dated report of month m, as
 *   missing (未报送: `reportedOn` and `daysLate` null).
 * With `year` null the dates compare by month and day only and the due date is written "--08-15".
 *
 * @throws AssessError from `checkMonth` (`number` / `monthOutOfRange`) for a month outside 1…12,
 * `value` / `invalidOption` for a due day outside 1…31 or a year outside 1…9998.
 */
export function lateReports(
  reports: readonly ReportEntry[],
  units: readonly string[],
  month: number,
  year: number | null,
  dueDay = 15
): LateReport[] {
  checkMonth(month, MONTHS);
  assert(Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 31, "value", "invalidOption", {
    name: "dueDay",
    text: String(dueDay),
    allowed: "1…31",
  });
  assert(
    year === null || (Number.isInteger(year) && year >= 1 && year <= 9998),
    "value",
    "invalidOption",
    {
      name: "year",
      text: String(year),
      allowed: "1…9998",
    }
  );
  const dueMonth = month === 12 ? 1 : month + 1;
  const baseYear = year ?? ANY_YEAR;
  const dueYear = month === 12 ? baseYear + 1 : baseYear;
  const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate();
  const day = Math.min(dueDay, lastDay);
  const dueTime = dayOf(dueYear, dueMonth, day);
  const dueDate = isoOf(year === null ? null : dueYear, dueMonth, day);

  // The first dated report of the month per unit.
  const first = new Map<string, { readonly reportedOn: string; readonly time: number }>();
  const order: string[] = [];
  for (const report of reports) {
    if (report.month !== month || (year !== null && report.year !== null && report.year !== year)) {
      continue;
    }
    if (report.reportedOn === null) {
      continue;
    }
    const time = reportedTime(report.reportedOn, dueYear, dueTime, year !== null);
    if (time === null) {
      continue;
    }
    const unit = report.unit.trim();
    const known = first.get(unit);
    if (known === undefined) {
      order.push(unit);
    }
    if (known === undefined || time < known.time) {
      const shown =
        /^--/.test(report.reportedOn) && year !== null
          ? new Date(time).toISOString().slice(0, 10)
          : report.reportedOn;
      first.set(unit, { reportedOn: shown, time });
    }
  }

  const late: LateReport[] = [];
  const listed = new Set<string>();
  const add = (unit: string): void => {
    if (listed.has(unit)) {
      return;
    }
    listed.add(unit);
    const report = first.get(unit);
    if (report === undefined) {
      late.push({ unit, month, dueDate, reportedOn: null, daysLate: null });
    } else if (report.time > dueTime) {
      late.push({
        unit,
        month,
        dueDate,
        reportedOn: report.reportedOn,
        daysLate: Math.round((report.time - dueTime) / DAY),
      });
    }
  };
  for (const unit of units) {
    if (unit.trim() !== "") {
      add(unit.trim());
    }
  }
  for (const unit of order) {
    add(unit);
  }
  return late;
}
