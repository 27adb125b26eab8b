/** A date and time of day as Excel shows a date serial. */
export interface SerialDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31; also 0 (serial 0, "1900-01-00") and 29 in February 1900 (serial 60), as Excel shows. */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** The largest serial Excel shows as a date: 2958465, 9999-12-31. */
export const maxDateSerial = 2_958_465;

/** Milliseconds in a day. */
const DAY = 86_400_000;

/**
 * 日期序列号 (Excel date serial): the date and time Excel shows for a serial in its 1900 date
 * system, the one rule every reader and the preview use — 1 → 1900-01-01, 59 → 1900-02-28,
 * 61 → 1900-03-01, 42566.5 → 2016-07-15 12:00, 2958465 → 9999-12-31; the time of day is the
 * fraction, rounded to the millisecond.
 *
 * Excel counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug): serial 60 is that
 * day, and serials 1–59 fall one day later than a count from 1899-12-30 gives. Serial 60 comes back
 * as Excel shows it, 1900-02-29, and serial 0 as "1900-01-00"; neither is a real day, and a reader
 * of real dates rejects both (`readDate` does).
 *
 * @returns null for a serial Excel cannot show as a date: below 0, after 9999-12-31, not finite.
 */
export function excelSerialDate(serial: number): SerialDate | null {
  if (!Number.isFinite(serial) || serial < 0) {
    return null;
  }
  let days = Math.floor(serial);
  let milliseconds = Math.round((serial - days) * DAY);
  if (milliseconds === DAY) {
    days += 1;
    milliseconds = 0;
  }
  if (days > maxDateSerial) {
    return null;
  }
  const time = {
    hour: Math.floor(milliseconds / 3_600_000),
    minute: Math.floor(milliseconds / 60_000) % 60,
    second: Math.floor(milliseconds / 1000) % 60,
    millisecond: milliseconds % 1000,
  };
  if (days === 0) {
    return { year: 1900, month: 1, day: 0, ...time };
  }
  if (days === 60) {
    return { year: 1900, month: 2, day: 29, ...time };
  }
  // Before the phantom day, day 1 is 1900-01-01; after it, serials count from 1899-12-30.
  const date = new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    ...time,
  };
}
