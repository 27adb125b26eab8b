import { SheetColumn } from "../../workbook/sheetSpec";

/** 列: a column of a summary sheet — its key, header (with the unit), width and number format. */
export function sheetColumn(
  key: string,
  header: string,
  width: number,
  numberFormat: string
): SheetColumn {
  return { key, header, width, numberFormat };
}
