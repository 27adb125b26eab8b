import { sheetNameKey } from "./sheetNameKey";

/** Excel's longest sheet name, in characters. */
export const maxSheetNameLength = 31;

/** The characters Excel forbids in sheet names. */
const forbidden = /[[\]:*?/\\]/g;

/** Names Excel reserves for itself (compared without case). */
const reserved: readonly string[] = ["history"];

/**
 * 工作表名去重 (a free sheet name): the wanted name made valid for Excel — forbidden characters
 * []:*?/\ become "_", no leading or trailing apostrophe, not blank ("Sheet" then), at most 31
 * characters, not the reserved "History" — and, when a sheet is already called so (Excel compares
 * names without case: {@link sheetNameKey}), "7月进度通报(2)", "(3)" … shortened to fit. Every
 * writer (Office.js, the .xlsx file, the browser preview) uses it, so all pick the same name.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, sheetNameKey));
  for (const name of reserved) {
    used.add(name);
  }
  const clean = (
    String(wanted)
      .replace(forbidden, "_")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet"
  ).slice(0, maxSheetNameLength);
  const fits = (candidate: string): boolean =>
    !used.has(sheetNameKey(candidate)) && !candidate.endsWith("'");
  if (fits(clean)) {
    return clean;
  }
  for (let number = 2; ; number++) {
    const suffix = `(${number})`;
    const candidate =
      clean.slice(0, maxSheetNameLength - suffix.length).replace(/'+$/, "") + suffix;
    if (fits(candidate)) {
      return candidate;
    }
  }
}
