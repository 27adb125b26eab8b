import { excelSerialDate } from "../engine";

/** Seconds in a day. */
const DAY_SECONDS = 86_400;

const pad = (value: number, length = 2): string => String(value).padStart(length, "0");

/**
 * 日期序列号转换: an Excel date serial as an ISO string, as the .xlsx reader gives dates:
 * "2016-07-15" at midnight, else "2016-07-15T08:30:00" (rounded to the second). The day is Excel's
 * (see `excelSerialDate`): 1 → "1900-01-01", 61 → "1900-03-01"; Excel's phantom 1900-02-29
 * (serial 60) and 1900-01-00 (serial 0) come out as Excel shows them, which no date reader takes
 * for a real day.
 *
 * @returns the ISO text, or "#VALUE!" for a serial Excel cannot show as a date (negative, after
 *   9999-12-31, not finite).
 */
export function isoOfSerial(serial: number): string {
  const date = excelSerialDate(Math.round(serial * DAY_SECONDS) / DAY_SECONDS);
  if (date === null) {
    return "#VALUE!";
  }
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  const time = `${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)}`;
  return time === "00:00:00" ? day : `${day}T${time}`;
}
