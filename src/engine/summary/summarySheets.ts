import { SheetSpec } from "../workbook/sheetSpec";
import { adjustmentsSheet } from "./sheets/adjustmentsSheet";
import { bulletinSheet } from "./sheets/bulletinSheet";
import { lateSheet } from "./sheets/lateSheet";
import { rankingSheet } from "./sheets/rankingSheet";
import { warningsSheet } from "./sheets/warningsSheet";
import { SummarySheetsInput } from "./summarySheetsInput";

/**
 * 月度汇总表: the five summary sheets of a month as plain data, in this order — 进度通报 (bulletin),
 * 排名 (ranking), 加减分汇总 (adjustments), 预警 (warnings), 迟报 (late reports). Layout as in
 * `sheetSpec.ts`: title, subtitle (data month, time pace, band), headers with units, data from
 * row 4; three rows and two columns frozen; A4 landscape, one page wide, row 3 repeated. Pace gaps
 * are shown in percentage points (×100, exact); figures are never rounded, only formatted.
 */
export function summarySheets(input: SummarySheetsInput): SheetSpec[] {
  return [
    bulletinSheet(input),
    rankingSheet(input),
    adjustmentsSheet(input),
    warningsSheet(input),
    lateSheet(input),
  ];
}
