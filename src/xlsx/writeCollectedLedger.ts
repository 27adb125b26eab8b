import ExcelJS from "exceljs";
import { CollectPlan, plannedWrites } from "../engine";
import { compactDataValidations } from "./compactDataValidations";
import { FileProblem } from "./fileProblem";
import { repackZip } from "./repackZip";
import { writePlannedCells } from "./writePlannedCells";

/** What {@link writeCollectedLedger} made. */
export interface CollectedLedger {
  /** The ledger with the plan carried out, as .xlsx bytes. */
  readonly buffer: Buffer;
  /** Cells written. */
  readonly written: number;
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
  const { written } = writePlannedCells(workbook, plannedWrites(plan));
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
