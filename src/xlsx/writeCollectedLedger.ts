import ExcelJS from "exceljs";
import { AssessError, CellValue, CollectPlan, PlannedCell, sheetReference } from "../engine";
import { compactDataValidations } from "./compactDataValidations";
import { FileProblem } from "./fileProblem";
import { cellValueOf } from "./gridOf";
import { repackZip } from "./repackZip";

/** What {@link writeCollectedLedger} made. */
export interface CollectedLedger {
  /** The ledger with the plan carried out, as .xlsx bytes. */
  readonly buffer: Buffer;
  /** Cells written. */
  readonly written: number;
}

/** Whether a cell holds what the plan saw (numbers and texts as the grid reader reads them). */
function holds(now: CellValue, planned: CellValue): boolean {
  return now === planned || (now === null && planned === "") || (now === "" && planned === null);
}

/**
 * 写回台账 (carry out a collect plan on a ledger workbook): loads the ledger's bytes, writes only the
 * plan's cells — figures as numbers, register rows with the date as a date cell (yyyy-mm-dd) — and
 * adds the 报送登记 sheet when the plan creates it; every other cell, style, merge and sheet is
 * left as exceljs reads it. Before anything is written every planned cell is checked to still hold
 * what the plan saw; if one does not, nothing is written (`returnLedgerChanged`). Like the marked
 * copy of `assess summary --copy` (`copyWorkbook`), it is written by exceljs without compression
 * and packed again by Node's zlib at `level`; what exceljs cannot carry over (charts, pivot
 * tables, macros …) is listed by `copyLosses` beforehand — the caller tells the clerk and never
 * replaces the original with the copy.
 *
 * @throws FileProblem `copyImpossible` when exceljs cannot read or write the workbook;
 * AssessError `returnLedgerChanged` for a cell that changed since the plan was made.
 */
export async function writeCollectedLedger(
  bytes: Uint8Array,
  plan: CollectPlan,
  file = "台账",
  level = 1
): Promise<CollectedLedger> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    // exceljs's own words help no clerk: kept as the cause.
    throw new FileProblem("copyImpossible", { file }, error);
  }
  const existing: PlannedCell[] = [
    ...plan.figures,
    ...(plan.register.create ? [] : plan.register.entries.flatMap((entry) => entry.cells)),
  ];
  for (const planned of existing) {
    const worksheet = workbook.getWorksheet(planned.sheet);
    const now =
      worksheet === undefined
        ? null
        : cellValueOf(worksheet.getCell(planned.row + 1, planned.column + 1).value);
    if (worksheet === undefined || !holds(now, planned.previous)) {
      throw new AssessError("value", "returnLedgerChanged", {
        ref: sheetReference(planned.sheet, planned.cell),
        now: now === null ? "" : String(now),
        planned: planned.previous === null ? "" : String(planned.previous),
      });
    }
  }

  let written = 0;
  const put = (worksheet: ExcelJS.Worksheet, planned: PlannedCell): void => {
    const cell = worksheet.getCell(planned.row + 1, planned.column + 1);
    if (planned.date === true && typeof planned.value === "string") {
      const [year, month, day] = planned.value.split("-").map(Number);
      cell.value = new Date(Date.UTC(year, month - 1, day));
      if (cell.numFmt === undefined || cell.numFmt === "General") {
        cell.numFmt = "yyyy-mm-dd";
      }
    } else {
      cell.value = planned.value;
    }
    written += 1;
  };
  for (const figure of plan.figures) {
    put(workbook.getWorksheet(figure.sheet) as ExcelJS.Worksheet, figure);
  }
  const entries = plan.register.entries;
  if (entries.length > 0) {
    let register = workbook.getWorksheet(plan.register.sheet);
    if (plan.register.create || register === undefined) {
      register = workbook.addWorksheet(plan.register.sheet);
      for (const header of plan.register.headerCells) {
        put(register, header);
        register.getCell(header.row + 1, header.column + 1).font = { bold: true };
      }
      register.getColumn(1).width = 16;
      register.getColumn(3).width = 14;
    }
    for (const entry of entries) {
      for (const cell of entry.cells) {
        put(register, cell);
      }
    }
  }
  for (const worksheet of workbook.worksheets) {
    compactDataValidations(worksheet); // as exceljs expands them on load
  }
  let stored: ExcelJS.Buffer;
  try {
    stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  } catch (error) {
    throw new FileProblem("copyImpossible", { file }, error);
  }
  return { buffer: repackZip(Buffer.from(stored), level), written };
}
