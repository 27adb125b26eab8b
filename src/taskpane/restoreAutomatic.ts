import { WorkbookPort } from "../excel/port";
import { Detection, ReadOptions, detectTable, savedTableKey } from "./useCases";

/**
 * 恢复自动识别: drops the column corrections saved in the workbook ({@link savedTableKey} set to
 * null, which no reading takes for corrections) and finds the table again by its header alone.
 * The clerk's cells are not touched.
 */
export async function restoreAutomatic(
  port: WorkbookPort,
  options: ReadOptions = {}
): Promise<Detection> {
  options.onStep?.("reset");
  await port.saveSetting(savedTableKey, null);
  return detectTable(port, null, options);
}
