/** Excel's longest sheet name. */
export const maxSheetNameLength = 31;

/** The characters Excel forbids in sheet names. */
const forbidden = /[[\]:*?/\\]/g;

/**
 * 工作表名去重 (a free sheet name): the wanted name when no sheet is called so (Excel compares names
 * without case), else "7月进度通报(2)", "(3)" …, shortened to 31 characters. Forbidden characters
 * become "_".
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  const clean = (
    wanted
      .replace(forbidden, "_")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet"
  ).slice(0, maxSheetNameLength);
  if (!used.has(clean.toLowerCase())) {
    return clean;
  }
  for (let number = 2; ; number++) {
    const suffix = `(${number})`;
    const candidate = clean.slice(0, maxSheetNameLength - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) {
      return candidate;
    }
  }
}
