/**
 * Built-in number formats that show dates or times: 14–22 everywhere, and the East Asian
 * built-ins 27–36 and 50–58 (in a Chinese Excel: "yyyy年m月d日", "m月d日", "h时mm分" …), which a
 * workbook names by number only.
 */
const builtInDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * 日期格式 (a date format): whether a cell's number format shows its number as a date or time, so
 * the reader gives an ISO date instead of the serial number. A built-in format by its number; a
 * custom one by its code, once colours, conditions, locales ([Red], [$-804]), quoted text,
 * escaped characters and padding are taken out: what is left shows a date when it has y, m, d,
 * h or s ("yyyy-mm-dd", "m月d日"; not "0.00\"万元\"" or "#,##0_);[Red](#,##0)").
 */
export function isDateFormat(formatId: number, code: string | undefined): boolean {
  if (builtInDateFormats.has(formatId)) {
    return true;
  }
  if (code === undefined) {
    return false;
  }
  const bare = code
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}
