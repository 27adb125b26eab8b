import {
  GridSheet,
  isSettingsSheetName,
  monthlySettingCells,
  planSettingsSheet,
  SettingsSheetPlan,
} from "../engine";
import { monthlySettingsKey, SettingsSave, SettingsSaveReport } from "./port";
import { queueUsedGrid } from "./queueUsedGrid";
import { ExcelRun, runBatch } from "./runBatch";
import { settingsSaveReport } from "./settingsSaveReport";
import { columnWidthPoints } from "./summaryOps";
import { forget, WorkbookMemory } from "./workbookMemory";

/** The 设置 sheet as it is now (null: none), looked at with the list of sheets. */
async function readSettingsGrid(
  context: Excel.RequestContext,
  memory: WorkbookMemory
): Promise<GridSheet | null> {
  const worksheets = context.workbook.worksheets.load("items/name,items/id");
  const known = (memory.sheets ?? []).find((sheet) => isSettingsSheetName(sheet.name));
  const guessed =
    known === undefined ? null : queueUsedGrid(context.workbook.worksheets.getItem(known.id));
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ItemNotFound" || known === undefined) {
      throw error;
    }
    forget(memory);
    return readSettingsGrid(context, memory);
  }
  const found = worksheets.items
    .map((sheet) => ({ id: sheet.id, name: sheet.name }))
    .find((sheet) => isSettingsSheetName(sheet.name));
  if (found === undefined) {
    return null;
  }
  if (guessed !== null && known?.id === found.id) {
    return { ...guessed(), name: found.name };
  }
  const read = queueUsedGrid(context.workbook.worksheets.getItem(found.id));
  await context.sync();
  return { ...read(), name: found.name };
}

/** The plan's writes, the document setting and the recalculation, queued for one sync. */
function queueSave(
  context: Excel.RequestContext,
  plan: SettingsSheetPlan | null,
  request: SettingsSave
): void {
  if (plan !== null && plan.writes.length > 0) {
    const worksheets = context.workbook.worksheets;
    const sheet = plan.create ? worksheets.add(plan.sheet) : worksheets.getItem(plan.sheet);
    for (const write of plan.writes) {
      sheet.getRangeByIndexes(write.row, write.column, 1, write.values.length).values = [
        write.values.map((value) => value ?? ""),
      ];
    }
    plan.columnWidths.forEach((width, column) => {
      sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
    });
  }
  // Excel.Setting is "persisted to the document (per file, per add-in)": no saveAsync as with
  // Office.context.document.settings (https://learn.microsoft.com/javascript/api/excel/excel.setting).
  context.workbook.settings.add(monthlySettingsKey, monthlySettingCells(request.values));
  if (request.recalculate) {
    context.workbook.application.calculate("Full");
  }
}

/**
 * 保存月度设置 (Office.js): the port's `saveSettings`. One read — the list of sheets with the 设置
 * sheet the memory knows (a 设置 sheet it does not know, or one renamed, takes one more sync) —
 * then `planSettingsSheet` on what it found, then one write: the sheet's cells, the document
 * setting and the recalculation together. 2 syncs after a read of the workbook. A sheet the add-in
 * makes is the clerk's from then on (no marker): the readers read it like any other.
 */
export function saveMonthlySettings(
  run: ExcelRun,
  memory: WorkbookMemory,
  request: SettingsSave
): Promise<SettingsSaveReport> {
  return runBatch(run, async (context) => {
    const grid = await readSettingsGrid(context, memory);
    const plan = planSettingsSheet(
      grid === null ? [] : [grid],
      request.values,
      request.changed,
      request.createSheet
    );
    queueSave(context, plan, request);
    await context.sync();
    return settingsSaveReport(plan);
  });
}
