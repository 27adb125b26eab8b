import type ExcelJS from "exceljs";
import { settingsSheetName } from "./previewKeys";

type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/**
 * 设置表置后: moves the preview's very hidden settings sheet ({@link settingsSheetName}) behind
 * every other sheet, so sheets added after it (summaries, the 报送登记 register) never sit behind
 * it and it never sits between the clerk's tabs. A workbook without it is left as it is.
 */
export function keepSettingsSheetLast(workbook: ExcelJS.Workbook): void {
  const settings = workbook.getWorksheet(settingsSheetName) as OrderedWorksheet | undefined;
  if (settings === undefined) {
    return;
  }
  const last = Math.max(
    ...workbook.worksheets.map((worksheet) => (worksheet as OrderedWorksheet).orderNo)
  );
  if (settings.orderNo < last) {
    settings.orderNo = last + 1;
  }
}
