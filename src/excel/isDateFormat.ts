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
