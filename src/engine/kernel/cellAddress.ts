import { assert } from "./errors";

/**
 * 单元格地址: the A1 address of a 0-based row and column (0, 0 → "A1"; columns past Z go on AA, AB …).
 *
 * @throws AssessError `value` / `invalidCellPosition` when either index is not a whole number ≥ 0.
 */
export function cellAddress(row0: number, col0: number): string {
  assert(
    Number.isSafeInteger(row0) && Number.isSafeInteger(col0) && row0 >= 0 && col0 >= 0,
    "value",
    "invalidCellPosition",
    { row: String(row0), column: String(col0) }
  );
  let letters = "";
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row0 + 1}`;
}
