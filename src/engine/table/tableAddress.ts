import { columnLetters } from "./columnLetters";
import { TableContext } from "./tableContext";

/**
 * 单元格地址: the A1 address of a 0-based cell of the table's sheet, with the letters of the mapped
 * columns worked out once per read (this runs for every target and actual read).
 *
 * @throws AssessError `value` / `invalidCellPosition` for a column that is not a whole number ≥ 0.
 */
export function tableAddress(context: TableContext, row: number, column: number): string {
  return `${context.letters[column] ?? columnLetters(column)}${row + 1}`;
}
