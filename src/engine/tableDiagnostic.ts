import { MessageKey, formatMessage } from "./messages";
import { sheetReference } from "./sheetReference";
import { Diagnostic, DiagnosticCode } from "./tableModel";

/**
 * 诊断信息: builds a table diagnostic with its zh-CN and en-US messages from the catalogue. The
 * parameter `ref` ("分解表!F12", or the sheet name alone when there is no cell) is filled in here.
 */
export function tableDiagnostic(
  code: DiagnosticCode,
  severity: Diagnostic["severity"],
  sheet: string,
  cell: string,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {}
): Diagnostic {
  const filled = { ref: sheetReference(sheet, cell), ...params };
  return {
    code,
    severity,
    sheet,
    cell,
    message: formatMessage("zh-CN", key, filled),
    messageEn: formatMessage("en-US", key, filled),
  };
}
