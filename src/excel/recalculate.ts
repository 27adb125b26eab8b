import { ExcelRun, runBatch } from "./runBatch";

/**
 * 重新计算: recalculates the whole workbook — "Full", so the add-in's non-volatile custom functions
 * pick up new default settings too. One `Excel.run`, 1 sync.
 */
export function recalculate(run: ExcelRun): Promise<void> {
  return runBatch(run, async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}
