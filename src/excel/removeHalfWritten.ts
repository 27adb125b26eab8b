import { sheetNameKey, sheetOfReference, SummaryWritePlan } from "../engine";
import { ExcelRun } from "./runBatch";

/**
 * 清除写了一半的表: after a summary write failed before its swap, deletes the sheets it created
 * (found by the plan's markers, and any planned sheet created before its marker was added) and
 * those markers, so the workbook is as before. One `Excel.run`, 2 syncs. Its own failure is
 * thrown as Excel raised it, for the caller to report beside the first.
 */
export function removeHalfWritten(
  run: ExcelRun,
  plan: SummaryWritePlan,
  before: readonly string[]
): Promise<void> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
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
