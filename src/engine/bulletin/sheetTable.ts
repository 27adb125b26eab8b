import { SheetSpec } from "../workbook/sheetSpec";
import { DocumentTable } from "./bulletinModels";
import { formattedCell } from "./formattedCell";

/**
 * 表格文字: a summary sheet's table as a document carries it — the printed columns' headers (the
 * 来源 column left out, as on paper) and each cell as its number format shows it
 * ({@link formattedCell}), with the row fills and which columns hold figures.
 */
export function sheetTable(sheet: SheetSpec): DocumentTable {
  const count = Math.min(sheet.print.printedColumns ?? sheet.columns.length, sheet.columns.length);
  const columns = sheet.columns.slice(0, count);
  return {
    headers: columns.map((column) => column.header),
    rows: sheet.rows.map((row) =>
      columns.map((column, index) => formattedCell(row[index] ?? null, column.numberFormat))
    ),
    rowFills: sheet.rows.map((_, index) => sheet.rowFills[index] ?? null),
    numeric: columns.map((column) => column.numberFormat !== "@"),
  };
}
