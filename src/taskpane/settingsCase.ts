import { SettingsSaveReport, WorkbookPort } from "../excel/port";
import { getFunctionDefaults, setFunctionDefaults } from "../functions/runtimeDefaults";
import { bandFraction, changedSettings, monthlyValuesOf, PaneSettings } from "./paneSettings";

/**
 * The settings' side of the pane (设置) as plain async functions over a {@link WorkbookPort}: no
 * React, no Office. The pane shows on open the settings the workbook keeps (`Detection.
 * savedSettings`: the 设置 sheet's, else the document settings', else the defaults) and keeps
 * every change in the workbook, so that reopening it gives the same figures.
 */

/** Whether the functions' defaults in force differ from these settings' periods and band. */
function defaultsDiffer(settings: PaneSettings): boolean {
  const current = getFunctionDefaults();
  return current.periods !== settings.periods || current.band !== bandFraction(settings);
}

/**
 * 保存设置: makes the settings' periods and band the ASSESS functions' defaults (shared runtime)
 * and keeps every setting in the workbook (`WorkbookPort.saveSettings`): in its document
 * settings, and on its 设置 sheet — only the values that changed from `before` on an existing
 * sheet; a new sheet only with `createSheet` (the 保存到设置表 button). Recalculates when the
 * functions' defaults changed.
 */
export async function saveSettings(
  port: WorkbookPort,
  before: PaneSettings,
  after: PaneSettings,
  createSheet: boolean
): Promise<SettingsSaveReport> {
  const recalculate = defaultsDiffer(after);
  setFunctionDefaults({ periods: after.periods, band: bandFraction(after) });
  return port.saveSettings({
    values: monthlyValuesOf(after),
    changed: changedSettings(before, after),
    createSheet,
    recalculate,
  });
}

/**
 * 恢复函数默认值: when the pane opens on settings the workbook keeps, makes their periods and band
 * the functions' defaults — recalculating only when they differ from those in force (the shared
 * runtime may have restored them at open already). Resolves whether it recalculated.
 */
export async function restoreFunctionDefaults(
  port: WorkbookPort,
  settings: PaneSettings
): Promise<boolean> {
  if (!defaultsDiffer(settings)) {
    return false;
  }
  setFunctionDefaults({ periods: settings.periods, band: bandFraction(settings) });
  await port.recalculate();
  return true;
}
