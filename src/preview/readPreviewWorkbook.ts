import type ExcelJS from "exceljs";
import { GridSheet } from "../engine";
import { SheetInfo, WorkbookRead } from "../excel/port";
import { marksKey, settingsSheetName } from "./previewKeys";

/** What the read needs of the preview's workbook (`PreviewWorkbook`). */
interface PreviewSource {
  readonly workbook: ExcelJS.Workbook;
  listSheets(): Promise<readonly SheetInfo[]>;
  readSheets(names: readonly string[]): Promise<readonly GridSheet[]>;
  loadSetting<T>(key: string): Promise<T | null>;
}

/**
 * 读取预览工作簿: the preview's `WorkbookPort.readWorkbook` — its sheets with their owners, the
 * clerk's sheets as grids, and every setting in its settings sheet but the record of marks.
 */
export async function readPreviewWorkbook(workbook: PreviewSource): Promise<WorkbookRead> {
  const sheets = await workbook.listSheets();
  const clerk = sheets.filter((sheet) => sheet.ownedRun === null).map((sheet) => sheet.name);
  const store = workbook.workbook.getWorksheet(settingsSheetName);
  const keys = (store?.getRows(1, store.rowCount) ?? [])
    .map((row) => row.getCell(1).value)
    .filter((key): key is string => typeof key === "string" && key !== marksKey);
  const settings = Object.fromEntries(
    await Promise.all(
      keys.map(async (key) => [key, await workbook.loadSetting<unknown>(key)] as const)
    )
  );
  return { sheets, grids: await workbook.readSheets(clerk), settings };
}
