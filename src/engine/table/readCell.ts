import { CellValue } from "../kernel/grid";
import { MergeIndex } from "./mergeIndex";

/**
 * 按列取值: the value a table row has in a column, with vertical merges filled in (a merged name or
 * people cell gives every row it covers its top-left value). A cell inside a merge that starts in
 * another column is blank (a heading merged across the table names no column's value); so is every
 * cell of a column the table does not have (`column` undefined).
 */
export function readCell(index: MergeIndex, row: number, column: number | undefined): CellValue {
  if (column === undefined) {
    return null;
  }
  const area = index.area(row, column);
  if (area !== undefined && area.left !== column) {
    return null;
  }
  return index.filled(row, column);
}
