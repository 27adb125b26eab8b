import { chineseDate } from "../notices/chineseDate";
import { noticesSheet } from "../notices/noticesSheet";
import { SheetSpec } from "../workbook/sheetSpec";
import { adjustmentsSheet } from "./sheets/adjustmentsSheet";
import { bulletinSheet } from "./sheets/bulletinSheet";
import { emptySheetText } from "./sheets/emptySheetText";
import { lateSheet } from "./sheets/lateSheet";
import { rankingSheet } from "./sheets/rankingSheet";
import { statusLegend } from "./sheets/statusLegend";
import { warningsSheet } from "./sheets/warningsSheet";
import { SummarySheetsInput } from "./summarySheetsInput";

/**
 * What stands under a sheet's table: the sentence of an empty sheet, the status legend of the
 * bulletin, and the issuing office and date (not on the notices: each signs itself).
 */
function finished(sheet: SheetSpec, input: SummarySheetsInput): SheetSpec {
  const empty = sheet.rows.length === 0 ? emptySheetText(sheet.kind, input) : null;
  const issued =
    input.issuer === undefined || sheet.kind === "notices"
      ? null
      : `${input.issuer}${input.issuedOn === undefined ? "" : `\u3000${chineseDate(input.issuedOn)}`}`;
  const closingLines = [empty, issued].filter((line): line is string => line !== null);
  const legend =
    sheet.kind === "bulletin" ? statusLegend(input.indicators.map((item) => item.status)) : [];
  return {
    ...sheet,
    ...(legend.length > 0 ? { legend } : {}),
    ...(closingLines.length > 0 ? { closingLines } : {}),
  };
}

/**
 * 月度汇总表: the summary sheets of a month as plain data, in this order — 进度通报 (bulletin),
 * 排名 (ranking), 加减分汇总 (adjustments), 预警 (warnings), 预警通知 (the notices, one per page,
 * when given), 迟报 (late reports). Layout as in `sheetSpec.ts`: title, subtitle (data month, time
 * pace, band), headers with units, data from row 4; three rows and two columns frozen; A4
 * landscape at no less than 9 pt, row 3 repeated; under the table the bulletin's legend, the
 * sentence of an empty sheet and the issuing office and date. Pace gaps are shown in percentage
 * points (×100, exact); figures are never rounded, only formatted.
 */
export function summarySheets(input: SummarySheetsInput): SheetSpec[] {
  return [
    bulletinSheet(input),
    rankingSheet(input),
    adjustmentsSheet(input),
    warningsSheet(input),
    ...(input.notices === undefined ? [] : [noticesSheet({ ...input, notices: input.notices })]),
    lateSheet(input),
  ].map((sheet) => finished(sheet, input));
}
