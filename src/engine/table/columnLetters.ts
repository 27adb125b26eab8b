import { cellAddress } from "../kernel/cellAddress";

/**
 * 列字母: the letters of a 0-based column (0 → "A", 26 → "AA").
 *
 * @throws AssessError `value` / `invalidCellPosition` when the column is not a whole number ≥ 0.
 */
export function columnLetters(column: number): string {
  return cellAddress(0, column).slice(0, -1);
}
