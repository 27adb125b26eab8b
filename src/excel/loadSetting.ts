import { ExcelRun, runBatch } from "./runBatch";

/**
 * 读取设置: a workbook-scoped setting the add-in stored (Office document settings, saved with the
 * file), or null when there is none. One `Excel.run`, 1 sync.
 */
export function loadSetting<T>(run: ExcelRun, key: string): Promise<T | null> {
  return runBatch(run, async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
    await context.sync();
    return setting.isNullObject ? null : (setting.value as T);
  });
}
