import { CellValue, GridSheet } from "../kernel/grid";
import { SummarySettings } from "../summary/summaryTypes";
import { MonthlyDefinition, monthlyDefinitions } from "./monthlyDefinitions";
import { monthlySettingsOf } from "./monthlySettingsOf";

/** Whether the parse of a cell gave a rule broken rather than a value. */
const isRule = (value: unknown): boolean =>
  typeof value === "object" && value !== null && "rule" in value;

/**
 * 已保存的月度设置: the monthly settings a workbook keeps — its 设置 sheet's ({@link
 * monthlySettingsOf}) where it states them, else its document settings' (`stored`: the cells
 * `monthlySettingCells` made, by setting name; anything else in it is ignored) — the settings the
 * pane shows on open and the custom functions' defaults. Settings neither states are left out
 * (their defaults apply). Never throws.
 */
export function savedMonthlySettings(
  sheets: readonly GridSheet[],
  stored: unknown
): Partial<SummarySettings> {
  const fromDocument: Record<string, unknown> = {};
  if (typeof stored === "object" && stored !== null && !Array.isArray(stored)) {
    const record = stored as Readonly<Record<string, unknown>>;
    const definitions = Object.values(monthlyDefinitions) as readonly MonthlyDefinition<unknown>[];
    for (const definition of definitions) {
      const cell = record[definition.name];
      if (!["string", "number", "boolean"].includes(typeof cell) || cell === "") {
        continue;
      }
      const value = definition.parse(cell as CellValue);
      if (!isRule(value) && !(definition.name === "method" && value === "auto")) {
        fromDocument[definition.name] = value;
      }
    }
  }
  const sheet = monthlySettingsOf(sheets);
  if (sheet.sources.method !== undefined) {
    delete fromDocument.method; // the sheet states the method, "auto" (left out) too
  }
  return { ...fromDocument, ...sheet.settings } as Partial<SummarySettings>;
}
