import { CellValue } from "./grid";
import { normalizeText } from "./normalizeText";

/** A space with a non-ASCII character (Chinese, full-width bracket …) on either side of it. */
const SPACE_BY_WIDE_CHARACTER = / (?=[\u0080-\uFFFF])|(?<=[\u0080-\uFFFF]) /g;

/**
 * Characters that `normalizeText` or the space rule would change: full-width forms, white space,
 * invisible and control characters, dashes and range words. Text without any of them is
 * returned as it is.
 */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- control characters are among those cleaned
  /[\uFF01-\uFF5E\s\u3000\u00A0\u0000-\u0008\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212\u2500\u2E3A\u2E3B\u30FC\uFE63~\u301C至到]/;

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
  const text = typeof value === "string" ? value : `${value}`;
  if (text === "" || !NEEDS_CLEANING.test(text)) {
    return text;
  }
  return normalizeText(text).replace(SPACE_BY_WIDE_CHARACTER, "");
}
