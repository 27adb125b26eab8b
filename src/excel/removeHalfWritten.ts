import { sheetNameKey, sheetOfReference, SummaryWritePlan } from "../engine";
import { ExcelRun } from "./runBatch";

/**
 * 清除写了一半的表: after a summary write failed before its swap, deletes the sheets it created
 * (found by the plan's markers, and any planned sheet created before its marker was added) and
 * those markers, so the workbook is as before. When the failing request carried the swap
 * (`swapQueued`) and the swap had begun — an old sheet or marker of the run is gone — the new
 * sheets are whole and nothing is deleted. One `Excel.run`, 2 syncs (1 when nothing is to be
 * deleted). Its own failure is thrown as Excel raised it, for the caller to report beside the
 * first.
 */
export function removeHalfWritten(
  run: ExcelRun,
  plan: SummaryWritePlan,
  before: readonly string[],
  swapQueued = false
): Promise<void> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const sheetsNow = new Set(worksheets.items.map((sheet) => sheetNameKey(sheet.name)));
    const namesNow = new Set(names.items.map((item) => item.name.toLowerCase()));
    const swapBegan =
      plan.replaced.some((name) => !sheetsNow.has(sheetNameKey(name))) ||
      plan.staleMarkers.some((marker) => !namesNow.has(marker.toLowerCase()));
    if (swapQueued && swapBegan) {
      return;
    }
    const ours = new Set(plan.sheets.map((sheet) => sheet.marker.toLowerCase()));
    const existedBefore = new Set(before.map(sheetNameKey));
    const marked = new Set<string>();
    for (const item of names.items) {
      const target = sheetOfReference(item.formula);
      if (target !== null) {
        marked.add(sheetNameKey(target));
      }
    }
    const doomed = new Set<string>();
    for (const item of names.items) {
      if (!ours.has(item.name.toLowerCase())) {
        continue;
      }
      const target = sheetOfReference(item.formula);
      item.delete();
      if (target !== null) {
        doomed.add(sheetNameKey(target));
      }
    }
    // A sheet created under a planned name whose marker never got added (the failure fell between).
    for (const sheet of plan.sheets) {
      const name = sheetNameKey(sheet.createAs);
      if (!existedBefore.has(name) && !marked.has(name)) {
        doomed.add(name);
      }
    }
    for (const sheet of worksheets.items) {
      if (doomed.has(sheetNameKey(sheet.name))) {
        sheet.delete();
      }
    }
    await context.sync();
  });
}
