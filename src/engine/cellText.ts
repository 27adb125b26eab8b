import { CellValue } from "./grid";
import { normalizeText } from "./normalizeText";

/** A space with a non-ASCII character (Chinese, full-width bracket …) on either side of it. */
const SPACE_BY_WIDE_CHARACTER = / (?=[^\x00-\x7F])|(?<=[^\x00-\x7F]) /g;

/**
 * 单元格文本: a cell's value as clean text — full-width forms to ASCII and dashes to "-" (see
 * `normalizeText`), white space collapsed, and the spaces and line breaks that wrapped cells leave
 * between Chinese characters dropped ("招商引资\n(引进市外资金)" → "招商引资(引进市外资金)").
 * Blank cells give "". Numbers give their shortest decimal form, booleans TRUE / FALSE.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (typeof value === "boolean") {
    return value ? "TRUE" : "FALSE";
  }
  const text = typeof value === "string" ? value : String(value);
  if (text === "") {
    return "";
  }
  return normalizeText(text).replace(SPACE_BY_WIDE_CHARACTER, "");
}
