import { formatWorkbookMessage } from "./messages";
import { IsSetSupported } from "./requirements";
import { WorkbookError } from "./workbookError";

/**
 * 标记功能检查: status marks read and restore fills through `getCellProperties` and
 * `setCellProperties`, which need ExcelApi 1.9.
 *
 * @throws WorkbookError `requirementMissing` when the host lacks ExcelApi 1.9.
 */
export function requireMarks(isSetSupported: IsSetSupported): void {
  if (!isSetSupported("ExcelApi", "1.9")) {
    throw new WorkbookError("requirementMissing", {
      feature: formatWorkbookMessage("zh-CN", "featureMarks"),
      api: "ExcelApi 1.9",
    });
  }
}
