import { excelSerialDate } from "./excelSerialDate";
import { CellValue } from "./grid";
import { normalizeText } from "./normalizeText";
import { toSimplified } from "./toSimplified";

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEARLESS = /^(\d{1,2})月(\d{1,2})[日号]?$/;
const YEARLESS_SLASHED = /^(\d{1,2})\/(\d{1,2})$/;

/** Days in a month (a year of null allows 29 February). */
function daysIn(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** "2016-08-16", or "--08-16" without a year; null for a day that does not exist. */
function iso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return null;
  }
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  return year === null ? `--${mm}-${dd}` : `${String(year).padStart(4, "0")}-${mm}-${dd}`;
}

/**
 * 日期读取: reads a date cell as an ISO date. Accepts an Excel date serial (42598 → "2016-08-16",
 * the time of day dropped; the day as `excelSerialDate` gives it), ISO text with or without a time
 * ("2016-08-16", "2016-08-16T00:00:00Z"), "2016/8/16", "2016.8.16", "2016年8月16日", "20160816",
 * and, without a year, "8月16日" or "8/16" → "--08-16". Full-width digits and traditional
 * characters are accepted.
 *
 * @returns the ISO date, or null for a blank cell or anything that is not a real date.
 */
export function readDate(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || typeof value === "boolean") {
    return null;
  }
  if (typeof value === "number") {
    // The day of the serial, the time dropped (not rounded); Excel's 1900-01-00 and 1900-02-29
    // (serials 0 and 60) are no real days, so `iso` gives null for them.
    const date = excelSerialDate(Math.floor(value));
    return date === null ? null : iso(date.year, date.month, date.day);
  }
  const text = toSimplified(normalizeText(value)).replace(/\s+/g, "");
  for (const pattern of [ISO, SLASHED, CHINESE, COMPACT]) {
    const match = pattern.exec(text);
    if (match !== null) {
      return iso(Number(match[1]), Number(match[2]), Number(match[3]));
    }
  }
  for (const pattern of [YEARLESS, YEARLESS_SLASHED]) {
    const match = pattern.exec(text);
    if (match !== null) {
      return iso(null, Number(match[1]), Number(match[2]));
    }
  }
  return null;
}
