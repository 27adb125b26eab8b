import { CellValue } from "../kernel/grid";

/**
 * 单元格未变: whether a cell holds what a plan saw there — the same number or text, blank and ""
 * alike (readers give a blank cell as null, Office.js as ""). Writers of a plan (the ledger copy,
 * the Office adapter, the preview) check every planned cell with it before writing any.
 */
export function cellHolds(now: CellValue, previous: CellValue): boolean {
  const blank = (value: CellValue): boolean => value === null || value === "";
  return now === previous || (blank(now) && blank(previous));
}
