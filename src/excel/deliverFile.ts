import { base64Of } from "./base64Of";
import { FileDelivery, OutgoingFile } from "./port";
import { IsSetSupported } from "./requirements";
import { toWorkbookError, WorkbookError } from "./workbookError";

/** `Excel.createWorkbook` as the adapter calls it: the .xlsx file as base64. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/**
 * 交付文件 (Office.js): the port's `deliverFile`. Excel desktop blocks downloads from a task pane
 * (office-js #1511), so the file is opened as a NEW workbook: `Excel.createWorkbook(base64)`
 * (ExcelApi 1.8) opens it in a new Excel window while the add-in goes on with the clerk's
 * workbook; its name cannot be chosen — the clerk saves it under `file.name`, which the pane
 * shows. No `Excel.run`, no sync of the open workbook.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook
 *
 * @returns "opened".
 * @throws WorkbookError `newWorkbookUnsupported` without ExcelApi 1.8 (nothing is called);
 *   `newWorkbookFailed` when `createWorkbook` fails (office-js #3646 reports it failing on some
 *   builds; a policy against mismatched extensions fails it too), with Excel's code and words and
 *   the ways out: the preview's download, `assess forms`.
 */
export async function deliverFile(
  createWorkbook: CreateWorkbook,
  isSetSupported: IsSetSupported,
  file: OutgoingFile
): Promise<FileDelivery> {
  if (!isSetSupported("ExcelApi", "1.8")) {
    throw new WorkbookError("newWorkbookUnsupported", { file: file.name }, { code: "ApiNotFound" });
  }
  try {
    await createWorkbook(base64Of(file.bytes));
  } catch (error) {
    // Said with the ways out (the preview's download, the CLI); Excel's own code and words kept.
    const converted = toWorkbookError(error);
    const words = error instanceof Error ? error.message : "";
    const detail = [converted.code, words]
      .filter((part) => part !== null && part !== "")
      .join(": ");
    throw new WorkbookError(
      "newWorkbookFailed",
      { file: file.name, detail: detail === "" ? converted.key : detail },
      { code: converted.code, cause: error }
    );
  }
  return "opened";
}
