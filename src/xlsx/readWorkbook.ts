import { readFile } from "fs/promises";
import { AssessError, GridSheet } from "../engine";
import { readWorkbookBuffer } from "./readWorkbookBuffer";
import { reasonOf } from "./reasonOf";

/**
 * 读取工作簿 (read a workbook) from an .xlsx file: every worksheet as a {@link GridSheet} — values
 * (see `cellValueOf`), merged areas 0-based, hidden rows. Throws an {@link AssessError}
 * `workbookUnreadable` when the file cannot be read or is not an .xlsx workbook.
 */
export async function readWorkbook(path: string): Promise<GridSheet[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new AssessError("value", "workbookUnreadable", { file: path, reason: reasonOf(error) });
  }
  return readWorkbookBuffer(bytes, path);
}

// For Node callers that read files and bytes alike; the browser imports the modules themselves.
export { readWorkbookBuffer, type XlsxBytes } from "./readWorkbookBuffer";
export { cellValueOf, gridOf, isoDateOf } from "./gridOf";
export { reasonOf } from "./reasonOf";
