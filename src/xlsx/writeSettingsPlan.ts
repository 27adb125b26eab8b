import type { Workbook } from "exceljs";
import { SettingsSheetPlan } from "../engine";

/**
 * 写入设置表 (.xlsx): carries out a `planSettingsSheet` plan on an exceljs workbook — adds the 设置
 * sheet when the plan makes it (with its column widths), then writes the plan's cells, and
 * nothing else.
 */
export function writeSettingsPlan(workbook: Workbook, plan: SettingsSheetPlan): void {
  const sheet = plan.create ? workbook.addWorksheet(plan.sheet) : workbook.getWorksheet(plan.sheet);
  if (sheet === undefined) {
    return;
  }
  plan.columnWidths.forEach((width, column) => {
    sheet.getColumn(column + 1).width = width;
  });
  for (const write of plan.writes) {
    write.values.forEach((value, offset) => {
      sheet.getCell(write.row + 1, write.column + offset + 1).value = value;
    });
  }
}
