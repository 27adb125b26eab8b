/**
 * The plain-data picture of a worksheet that the table reader works on. The Excel layer and the
 * .xlsx adapter both produce it; the engine never sees Office objects.
 */

/**
 * 单元格值: a cell's value. Excel errors (#N/A, #DIV/0! …) arrive as strings starting with "#",
 * dates as ISO strings, blank cells as `null` (or "").
 */
export type CellValue = string | number | boolean | null;

/** 合并单元格: a merged area, 0-based and inclusive. Its value is the top-left cell's. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * 工作表: one worksheet's used range from A1, row by row (rows may be ragged), with its merged
 * areas. Hidden rows are listed for the record only: the reader reads them like any other row.
 */
export interface GridSheet {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedArea[];
  readonly hiddenRows?: readonly number[];
}
