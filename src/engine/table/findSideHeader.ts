import { cellText } from "../kernel/cellText";
import { GridSheet } from "../kernel/grid";
import { mergeIndex } from "./mergeIndex";
import { toSimplified } from "../kernel/toSimplified";

/** The header of a side sheet: its row and the column of each field found. */
export interface SideHeader<F extends string> {
  /** 0-based header row; the data starts on the next row. */
  readonly row: number;
  /** 0-based column of each field found (the first column named so keeps it). */
  readonly columns: Partial<Readonly<Record<F, number>>>;
}

/** Rows searched for the header. */
const SCAN_ROWS = 20;
/** A unit or note in brackets after a header: 分值（分）, 报送日期(年月日). */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】/g;

/** A header cell as compared: simplified, lower case, without spaces, brackets or trailing colon. */
function headerKey(text: string): string {
  return toSimplified(text)
    .replace(BRACKETED, "")
    .replace(/[\s:*]/g, "")
    .toLowerCase();
}

/**
 * 表头查找 (side sheets): finds the header row of a small register (加减分规则, 加减分登记, 报送登记) in
 * the first 20 rows. A header cell names a field when, simplified and without spaces or a bracketed
 * unit, it equals one of the field's names, else when it contains one (the longest name found wins:
 * “是否市考” → 市考). The row naming all `required` fields and the most fields in all is the header.
 * Traditional characters (編號, 單位) and full-width forms are accepted. Never throws.
 *
 * @returns null when no row names all required fields.
 */
export function findSideHeader<F extends string>(
  sheet: GridSheet,
  names: Readonly<Record<F, readonly string[]>>,
  required: readonly NoInfer<F>[]
): SideHeader<F> | null {
  const fields = Object.keys(names) as F[];
  const aliases: { readonly field: F; readonly key: string }[] = [];
  for (const field of fields) {
    for (const name of names[field]) {
      aliases.push({ field, key: headerKey(name) });
    }
  }
  const fieldOf = (text: string): F | undefined => {
    const key = headerKey(text);
    if (key === "") {
      return undefined;
    }
    const exact = aliases.find((alias) => alias.key === key);
    if (exact !== undefined) {
      return exact.field;
    }
    let best: { readonly field: F; readonly key: string } | undefined;
    for (const alias of aliases) {
      if (
        alias.key.length >= 2 &&
        key.includes(alias.key) &&
        alias.key.length > (best?.key.length ?? 0)
      ) {
        best = alias;
      }
    }
    return best?.field;
  };

  const index = mergeIndex(sheet);
  let found: { row: number; columns: Partial<Record<F, number>>; score: number } | null = null;
  for (let row = 0; row < Math.min(SCAN_ROWS, index.rows); row++) {
    const columns: Partial<Record<F, number>> = {};
    let score = 0;
    for (let column = 0; column < index.columns; column++) {
      if (index.isCovered(row, column)) {
        continue;
      }
      const field = fieldOf(cellText(index.own(row, column)));
      if (field !== undefined && columns[field] === undefined) {
        columns[field] = column;
        score += 1;
      }
    }
    if (required.every((field) => columns[field] !== undefined) && score > (found?.score ?? 0)) {
      found = { row, columns, score };
    }
  }
  return found === null ? null : { row: found.row, columns: found.columns };
}
