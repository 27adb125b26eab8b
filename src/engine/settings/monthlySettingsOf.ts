import { Diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { sheetReference } from "../kernel/sheetReference";
import { SummarySettings } from "../summary/summaryTypes";
import { MonthlyDefinition, MonthlySettingName, monthlyDefinitions } from "./monthlyDefinitions";
import { noticeDefinitions } from "./noticeDefinitions";
import { readSettingsSheet } from "./readSettingsSheet";
import { settingValue } from "./settingValue";

/** What the 设置 sheet gives the monthly summary: the settings it states, where, and its problems. */
export interface MonthlySettingsRead {
  /** Only the settings the sheet states with a valid value ("auto" pace method: none). */
  readonly settings: Partial<SummarySettings>;
  /** Where each setting the sheet states was read: "设置!B5". */
  readonly sources: Partial<Readonly<Record<MonthlySettingName, string>>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 月度设置读取: the monthly settings of the 设置 sheet ({@link monthlyDefinitions}, and the
 * notices' under `notices`, {@link noticeDefinitions}). A blank or
 * missing row states nothing (the caller's setting or the default applies); an invalid value
 * states nothing either, with a diagnostic at its cell naming the default. Without a 设置 sheet,
 * nothing and no diagnostic. Never throws.
 *
 * Precedence where it is used (`buildMonthlySummary`): a setting the caller gives (the pane, a CLI
 * option) wins over the sheet, the sheet over the default.
 */
export function monthlySettingsOf(sheets: readonly GridSheet[]): MonthlySettingsRead {
  const sheet = readSettingsSheet(sheets);
  const diagnostics: Diagnostic[] = [...sheet.diagnostics];
  const settings: Record<string, unknown> = {};
  const sources: Partial<Record<MonthlySettingName, string>> = {};
  const definitions = Object.values(monthlyDefinitions) as readonly MonthlyDefinition<unknown>[];
  for (const definition of definitions) {
    const before = diagnostics.length;
    const read = settingValue(sheet, definition, diagnostics);
    if (read.cell === "" || diagnostics.length > before) {
      continue;
    }
    sources[definition.name] = sheetReference(read.sheet, read.cell);
    if (definition.name !== "method" || read.value !== "auto") {
      settings[definition.name] = read.value;
    }
  }
  // The notices' rows (文号前缀, 发文单位 …): only those the sheet states, under `notices`.
  const notices: Record<string, unknown> = {};
  for (const definition of noticeDefinitions) {
    const before = diagnostics.length;
    const read = settingValue(sheet, definition, diagnostics);
    if (read.cell !== "" && diagnostics.length === before && read.value !== null) {
      notices[definition.name] = read.value;
    }
  }
  if (Object.keys(notices).length > 0) {
    settings.notices = notices;
  }
  return { settings: settings as Partial<SummarySettings>, sources, diagnostics };
}
