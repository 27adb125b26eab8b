import { marksSettingKey, parseMarkRecord } from "./markRecord";
import { queueRestore } from "./queueRestore";
import { IsSetSupported } from "./requirements";
import { ExcelRun, runBatch } from "./runBatch";

/**
 * 清除标记: restores every cell the marks coloured to its recorded original fill and deletes the
 * record (the workbook setting `assess.marks`). One `Excel.run`: 1 sync when nothing was marked,
 * else 2 (read the record and sheets, then restore).
 *
 * @throws WorkbookError Excel's error converted; `requirementMissing` when a custom fill must come
 *   back without ExcelApi 1.9.
 */
export function clearMarks(run: ExcelRun, isSetSupported: IsSetSupported): Promise<void> {
  return runBatch(run, async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(marksSettingKey).load("value");
    const worksheets = context.workbook.worksheets.load("items/id,items/name");
    await context.sync();
    if (setting.isNullObject) {
      return;
    }
    queueRestore(isSetSupported, worksheets.items, parseMarkRecord(setting.value));
    setting.delete();
    await context.sync();
  });
}
