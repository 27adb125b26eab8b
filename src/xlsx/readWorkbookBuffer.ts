import ExcelJS from "exceljs";
import { AssessError, GridSheet } from "../engine";
import { gridOf } from "./gridOf";
import { reasonOf } from "./reasonOf";

/** The bytes exceljs's `load` accepts (its typings name an old Node Buffer). */
export type XlsxBytes = Parameters<ExcelJS.Xlsx["load"]>[0];

/**
 * 读取工作簿 (read a workbook) from an .xlsx held in memory: every worksheet as a {@link GridSheet}.
 * Throws an {@link AssessError} `workbookUnreadable` when the bytes are not an .xlsx workbook.
 */
export async function readWorkbookBuffer(
  buffer: Buffer | ArrayBuffer | Uint8Array,
  name = "工作簿"
): Promise<GridSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = Buffer.isBuffer(buffer)
      ? buffer
      : Buffer.from(buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : buffer);
    await workbook.xlsx.load(bytes as unknown as XlsxBytes);
  } catch (error) {
    throw new AssessError("value", "workbookUnreadable", { file: name, reason: reasonOf(error) });
  }
  return workbook.worksheets.map(gridOf);
}
