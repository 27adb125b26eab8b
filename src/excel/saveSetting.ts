import { ExcelRun, runBatch } from "./runBatch";
import { WorkbookError } from "./workbookError";

/**
 * 保存设置: stores a workbook-scoped setting as plain JSON data (Office document settings, saved
 * with the file). The value is checked before Excel is called. One `Excel.run`, 1 sync.
 *
 * @throws WorkbookError `settingNotSerializable`, with no call to Excel, for a value JSON cannot
 *   hold; Excel's error converted.
 */
export async function saveSetting<T>(run: ExcelRun, key: string, value: T): Promise<void> {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new WorkbookError("settingNotSerializable", { key }, { cause: error });
  }
  if (text === undefined) {
    throw new WorkbookError("settingNotSerializable", { key });
  }
  const plain: unknown = JSON.parse(text);
  await runBatch(run, async (context) => {
    context.workbook.settings.add(key, plain);
    await context.sync();
  });
}
