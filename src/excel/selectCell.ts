import { ExcelRun, runBatch } from "./runBatch";

/**
 * 定位单元格: shows a cell to the clerk — activates its sheet and selects it ("分解表", "B12"). One
 * `Excel.run`, 1 sync.
 *
 * @throws WorkbookError `sheetNotFound` naming the sheet, or Excel's error converted.
 */
export function selectCell(run: ExcelRun, sheetName: string, address: string): Promise<void> {
  return runBatch(
    run,
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    },
    sheetName
  );
}
