import { MessageKey, formatMessage } from "./messages";
import { sheetReference } from "./sheetReference";
import { SummaryDiagnostic, SummaryDiagnosticCode } from "./summaryTypes";

/**
 * 汇总诊断: builds a diagnostic of the side-sheet readers or the monthly summary, with its zh-CN and
 * en-US messages from the catalogue. The parameter `ref` ("加减分登记!C5", the sheet name alone when
 * there is no cell, "" when there is no sheet) is filled in here.
 */
export function summaryDiagnostic(
  code: SummaryDiagnosticCode,
  severity: SummaryDiagnostic["severity"],
  sheet: string,
  cell: string,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {}
): SummaryDiagnostic {
  const filled = { ref: sheet === "" ? "" : sheetReference(sheet, cell), ...params };
  return {
    code,
    severity,
    sheet,
    cell,
    message: formatMessage("zh-CN", key, filled),
    messageEn: formatMessage("en-US", key, filled),
  };
}
