import type { Worksheet } from "exceljs";
import type { GridSheet } from "../engine";
import { gridOf } from "./gridOf";

/** The defined names that carry fingerprints: "assess.fp." and 16 hex digits, on the sheet's A1. */
export const fingerprintPrefix = "assess.fp.";

/**
 * Text as every writer and reader leaves it: OOXML escapes ("_x000D_") and the control characters
 * XML cannot carry taken out, line ends as "\n".
 */
function canonicalText(text: string): string {
  return (
    text
      .replace(/_x[0-9A-Fa-f]{4}_/g, "")
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/**
 * 内容指纹 (a grid's fingerprint): 16 hex digits of a plain-code hash ({@link fnv1a64}) over what a clerk's edit would change
 * — every value (numbers to 15 significant digits, as Excel keeps them; blanks and trailing blanks
 * left out) and the merged areas. Names, formats and widths are not part of it.
 */
export function fingerprintOf(grid: Pick<GridSheet, "values" | "merges">): string {
  const values = grid.values.map((row) => {
    const cells = row.map((value) =>
      typeof value === "number"
        ? Number(value.toPrecision(15))
        : typeof value === "string"
          ? canonicalText(value) || null
          : value
    );
    while (cells.length > 0 && cells[cells.length - 1] === null) {
      cells.pop();
    }
    return cells;
  });
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
  }
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return fnv1a64(JSON.stringify({ values, merges }));
}

/**
 * 工作表指纹 (a worksheet's fingerprint): {@link fingerprintOf} its values as `gridOf` reads them.
 * Written with each summary sheet (see `addSummarySheets`), it tells an untouched sheet, which a
 * later run may replace, from one the clerk has edited, which is kept.
 */
export function sheetFingerprint(worksheet: Worksheet): string {
  return fingerprintOf(gridOf(worksheet));
}

/**
 * Two 32-bit FNV-1a hashes (different offsets) of a text's UTF-16 code units, as 16 hex digits:
 * plain code, so the same fingerprint is made in Node (the CLI) and in the browser (the preview),
 * which has no `crypto`. It tells an edited sheet from an untouched one; it is no defence against
 * a forged sheet.
 */
function fnv1a64(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x9e3779b9;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (first >>> 15);
  }
  const hex = (value: number): string => (value >>> 0).toString(16).padStart(8, "0");
  return hex(first) + hex(second);
}
