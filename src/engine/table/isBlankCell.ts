import { CellValue } from "../kernel/grid";

/** 空单元格: true for an empty cell or one holding only white space. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
