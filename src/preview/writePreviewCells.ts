import type ExcelJS from "exceljs";
import { AssessError, sameSheetName } from "../engine";
import type { CellWriteReport, CellWrites } from "../excel/port";
import { writePlannedCells } from "../xlsx/writePlannedCells";
import { keepSettingsSheetLast } from "./keepSettingsSheetLast";
import { settingsSheetName } from "./previewKeys";
import type { WorkbookChange } from "./workbookChange";

/**
 * 预览写入单元格: the preview's `WorkbookPort.writeCells` — the cells checked and written by
 * `writePlannedCells` (nothing written on a mismatch), the settings sheet kept last — and the
 * changes for the grid: `sheets` when one was created (no sheet to switch to: the tabs are drawn
 * again), then `cells` for every other sheet written, once each, in the order of the cells. The settings sheet is not the clerk's: a
 * cell on it is refused (`tableSheetNotFound`) before anything is written.
 */
export function writePreviewCells(
  workbook: ExcelJS.Workbook,
  request: CellWrites
): { readonly report: CellWriteReport; readonly changes: readonly WorkbookChange[] } {
  const hidden = request.cells.find((cell) => sameSheetName(cell.sheet, settingsSheetName));
  const newSheet = request.newSheet;
  if (hidden !== undefined || (newSheet !== null && sameSheetName(newSheet, settingsSheetName))) {
    throw new AssessError("value", "tableSheetNotFound", { sheet: settingsSheetName });
  }
  const report = writePlannedCells(workbook, request);
  keepSettingsSheetLast(workbook);
  const changes: WorkbookChange[] = [];
  if (report.created !== null) {
    // The tabs are drawn again with the new sheet, the clerk's sheet stays on screen: Excel does not
    // switch to a sheet an add-in adds, and the figures just written are what to look at.
    changes.push({ kind: "sheets", written: [] });
  }
  const touched = new Set<string>();
  for (const cell of request.cells) {
    const name =
      workbook.worksheets.find((worksheet) => sameSheetName(worksheet.name, cell.sheet))?.name ??
      cell.sheet;
    if (report.created === null || !sameSheetName(name, report.created)) {
      touched.add(name);
    }
  }
  for (const sheet of touched) {
    changes.push({ kind: "cells", sheet });
  }
  return { report, changes };
}
