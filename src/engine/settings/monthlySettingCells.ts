import { CellValue } from "../kernel/grid";
import { SummarySettings } from "../summary/summaryTypes";
import { MonthlyDefinition, MonthlySettingName, monthlyDefinitions } from "./monthlyDefinitions";

/**
 * 设置取值单元格: every monthly setting as the 设置 sheet writes it ({@link monthlyDefinitions}: the
 * band in percentage points, words for choices), the default where `values` leaves it out — what
 * the 设置 sheet's 取值 column and the workbook's document settings hold.
 */
export function monthlySettingCells(
  values: Partial<SummarySettings>
): Record<MonthlySettingName, CellValue> {
  const given = values as Readonly<Record<string, unknown>>;
  const cells = {} as Record<MonthlySettingName, CellValue>;
  const definitions = Object.values(monthlyDefinitions) as readonly MonthlyDefinition<unknown>[];
  for (const definition of definitions) {
    const value = given[definition.name];
    cells[definition.name] = definition.cell(value === undefined ? definition.fallback : value);
  }
  return cells;
}
