/**
 * Whether an Excel number format shows a date or time: it has d, m, y, h or s outside quoted
 * text, escapes and [brackets] ("yyyy\"年\"m\"月\"d\"日\"", "m/d/yyyy", "h:mm"). "General", "0.00",
 * "0.0%", "@" are not dates.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format.toLowerCase() === "general") {
    return false;
  }
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare);
}

/** Days between Excel's epoch (serial 0 = 1899-12-30, past the 1900 leap-year bug) and 1970-01-01. */
const unixEpochSerial = 25569;

/**
 * 日期序列号转换: an Excel date serial as an ISO string, as the .xlsx reader gives dates:
 * "2016-07-15" at midnight, else "2016-07-15T08:30:00" (to the second). Serials before 1900-03-01
 * are corrected for Excel's phantom 1900-02-29.
 */
export function isoOfSerial(serial: number): string {
  if (!Number.isFinite(serial)) {
    return "#VALUE!";
  }
  const corrected = serial < 60 ? serial + 1 : serial;
  const seconds = Math.round(corrected * 86400) - unixEpochSerial * 86400;
  const iso = new Date(seconds * 1000).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day}T${time}`;
}
