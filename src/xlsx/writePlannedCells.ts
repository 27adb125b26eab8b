import ExcelJS from "exceljs";
import { AssessError, cellHolds, PlannedCell, sameSheetName, sheetReference } from "../engine";
import type { CellWrites, CellWriteReport } from "../excel/port";
import { cellValueOf } from "./gridOf";

/** The rows of a new sheet written bold: the register's title and header (`registerPlan`). */
const headerRows = 2;

/** The worksheet of that name, compared as Excel compares sheet names; undefined when none. */
function worksheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((worksheet) => sameSheetName(worksheet.name, name));
}

/** The formula of a cell ("=SUM(A1:A3)"; a shared formula as it reads in that cell), or null. */
function formulaOf(cell: ExcelJS.Cell | undefined): string | null {
  if (cell === undefined || cell.type !== ExcelJS.ValueType.Formula) {
    return null;
  }
  const text = cell.formula ?? "";
  return `=${text.replace(/^=/, "")}`;
}

/** Writes one planned value: an ISO date as a date cell (yyyy-mm-dd unless formatted), else as is. */
function put(worksheet: ExcelJS.Worksheet, planned: PlannedCell): void {
  const cell = worksheet.getCell(planned.row + 1, planned.column + 1);
  if (planned.date === true && typeof planned.value === "string") {
    const [year, month, day] = planned.value.split("-").map(Number);
    cell.value = new Date(Date.UTC(year, month - 1, day));
    if (cell.numFmt === undefined || cell.numFmt === "General") {
      cell.numFmt = "yyyy-mm-dd";
    }
  } else {
    // A string is a text cell in exceljs, even one beginning with "=": never a formula.
    cell.value = planned.value;
  }
}

/**
 * 写入计划单元格 (the {@link CellWrites} of a collect plan on an exceljs workbook). First every cell
 * not on `newSheet` is checked to hold its `previous` value, read as the grid readers read it
 * (`cellValueOf`, compared by `cellHolds`); a cell on a missing sheet holds nothing. A cell holding
 * a formula is never written over (AssessError `returnFormulaCell`: a blank a formula gives is no
 * blank to fill). On a mismatch nothing is written: AssessError `returnLedgerChanged` names the first such cell; a `newSheet`
 * that exists already is refused the same way (`returnSheetAppeared`). Then `newSheet` is added
 * at the end — its first two rows (the register's title and header) bold, columns A and C 16 and
 * 14 wide — and the cells are written in order: figures and texts as they are (text beginning
 * with "=" stays text), dates (`date`) as UTC Date cells formatted yyyy-mm-dd when the cell's
 * format is General. Nothing else changes.
 */
export function writePlannedCells(
  workbook: ExcelJS.Workbook,
  request: CellWrites
): CellWriteReport {
  const { cells, newSheet } = request;
  const onNewSheet = (planned: PlannedCell): boolean =>
    newSheet !== null && sameSheetName(planned.sheet, newSheet);
  if (newSheet !== null && worksheetNamed(workbook, newSheet) !== undefined) {
    throw new AssessError("value", "returnSheetAppeared", { sheet: newSheet });
  }
  for (const planned of cells) {
    if (onNewSheet(planned)) {
      continue;
    }
    const worksheet = worksheetNamed(workbook, planned.sheet);
    const cell = worksheet?.getCell(planned.row + 1, planned.column + 1);
    const formula = formulaOf(cell);
    if (formula !== null) {
      throw new AssessError("value", "returnFormulaCell", {
        ref: sheetReference(planned.sheet, planned.cell),
        formula,
      });
    }
    const now = cell === undefined ? null : cellValueOf(cell.value);
    if (worksheet === undefined || !cellHolds(now, planned.previous)) {
      throw new AssessError("value", "returnLedgerChanged", {
        ref: sheetReference(planned.sheet, planned.cell),
        now: now === null ? "" : String(now),
        planned: planned.previous === null ? "" : String(planned.previous),
      });
    }
  }

  if (newSheet !== null) {
    const created = workbook.addWorksheet(newSheet);
    created.getColumn(1).width = 16;
    created.getColumn(3).width = 14;
  }
  for (const planned of cells) {
    const worksheet = worksheetNamed(workbook, planned.sheet) as ExcelJS.Worksheet;
    put(worksheet, planned);
    if (onNewSheet(planned) && planned.row < headerRows) {
      worksheet.getCell(planned.row + 1, planned.column + 1).font = { bold: true };
    }
  }
  return { written: cells.length, created: newSheet };
}
