import { GridSheet, isSettingsSheetName, savedMonthlySettings } from "../engine";
import { monthlySettingsKey } from "./port";
import { queueUsedGrid } from "./queueUsedGrid";
import { ExcelRun, runBatch } from "./runBatch";

/** The custom functions' defaults kept in the workbook: periods and the band as a fraction. */
export interface SavedDefaults {
  readonly periods: number;
  readonly band: number;
}

/** What {@link restoreDefaults} found and did. */
export interface RestoredDefaults {
  readonly defaults: SavedDefaults;
  /** Whether they differ from the built-in ones (then they were applied and the workbook recalculated). */
  readonly recalculated: boolean;
}

/**
 * 打开时恢复默认值: run by the shared runtime when the workbook opens (before the pane is shown,
 * once `Office.addin.setStartupBehavior(load)` was called for it). Reads the periods and band the
 * workbook keeps — its 设置 sheet's, else the document setting {@link monthlySettingsKey} — and,
 * when they differ from `builtIn`, hands them to `apply` (the functions' defaults) and then
 * recalculates in full, so every ASSESS cell that computed with the built-in defaults before
 * the read came back computes again with the saved ones. 1 sync (nothing saved, no 设置 sheet),
 * one more for a 设置 sheet, one more for the recalculation.
 */
export function restoreDefaults(
  run: ExcelRun,
  builtIn: SavedDefaults,
  apply: (defaults: SavedDefaults) => void
): Promise<RestoredDefaults> {
  return runBatch(run, async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(monthlySettingsKey).load("value");
    const worksheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const found = worksheets.items.find((sheet) => isSettingsSheetName(sheet.name));
    const grids: GridSheet[] = [];
    if (found !== undefined) {
      const read = queueUsedGrid(context.workbook.worksheets.getItem(found.id));
      await context.sync();
      grids.push({ ...read(), name: found.name });
    }
    const saved = savedMonthlySettings(grids, setting.isNullObject ? null : setting.value);
    const defaults = {
      periods: saved.periods ?? builtIn.periods,
      band: saved.band ?? builtIn.band,
    };
    const differ = defaults.periods !== builtIn.periods || defaults.band !== builtIn.band;
    if (differ) {
      apply(defaults);
      context.workbook.application.calculate("Full");
      await context.sync();
    }
    return { defaults, recalculated: differ };
  });
}

/**
 * {@link restoreDefaults} on the Office host this code runs in, once office.js is ready; null
 * where office.js is not loaded (nothing to restore outside Excel).
 */
export function restoreDefaultsAtOpen(
  builtIn: SavedDefaults,
  apply: (defaults: SavedDefaults) => void
): Promise<RestoredDefaults> | null {
  if (typeof Excel === "undefined" || typeof Office === "undefined") {
    return null;
  }
  return Office.onReady().then(() => restoreDefaults((batch) => Excel.run(batch), builtIn, apply));
}
