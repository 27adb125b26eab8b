import { AssessError, cellHolds, PlannedCell, sheetReference } from "../engine";
import { officeCellValue } from "./officeCellValue";
import { CellWriteReport, CellWrites } from "./port";
import { ExcelRun, runBatch } from "./runBatch";
import { serialOfIsoDay } from "./serialOfIsoDay";
import { cellInputOf } from "./summaryOpTypes";
import { columnWidthPoints } from "./summaryOps";
import { WorkbookError } from "./workbookError";
import { forget, WorkbookMemory } from "./workbookMemory";

/** The number format a date cell gets when its own is "General" (and on a new sheet). */
const dateFormat = "yyyy-mm-dd";

/** Column widths of a new 报送登记 sheet, in characters, as the .xlsx writer sets them (A, C). */
const newSheetWidths: readonly (readonly [column: number, characters: number])[] = [
  [0, 16],
  [2, 14],
];

/** What one planned cell is given: the serial of a date cell, else its value. */
interface CellInput {
  readonly cell: PlannedCell;
  /** The Excel date serial when the cell is a date, else null. */
  readonly serial: number | null;
}

/** A cell of a clerk's sheet as sync 1 read it. */
interface CheckedCell {
  readonly input: CellInput;
  readonly range: Excel.Range;
}

/** The serial of each date cell, checked before Excel is asked anything. */
function inputsOf(cells: readonly PlannedCell[]): CellInput[] {
  return cells.map((cell) => {
    if (cell.date !== true) {
      return { cell, serial: null };
    }
    const serial = typeof cell.value === "string" ? serialOfIsoDay(cell.value) : null;
    if (serial === null) {
      throw new WorkbookError("invalidArgument", {
        detail: `${sheetReference(cell.sheet, cell.cell)}: ${String(cell.value)}`,
      });
    }
    return { cell, serial };
  });
}

/** Whether two sheet names are the same sheet (Excel compares them ignoring case). */
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * After sync 1 failed with ItemNotFound: one more look at the sheets' names, to name the sheet
 * that is missing; the original error when none is (something else was not found).
 */
async function missingSheetError(
  context: Excel.RequestContext,
  sheets: readonly string[],
  error: unknown
): Promise<unknown> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const missing = sheets.find((sheet) => !names.some((name) => sameName(name, sheet)));
  return missing === undefined
    ? error
    : new WorkbookError(
        "sheetNotFound",
        { sheet: missing },
        { code: "ItemNotFound", cause: error }
      );
}

/**
 * The first checked cell that holds a formula (never written over: its blank or number is what the
 * formula gives) or no longer holds what the plan saw, as the clerk's error; or null.
 */
function changedCell(checked: readonly CheckedCell[]): AssessError | null {
  for (const { input, range } of checked) {
    const formula = range.formulas[0][0];
    if (typeof formula === "string" && formula.startsWith("=")) {
      return new AssessError("value", "returnFormulaCell", {
        ref: sheetReference(input.cell.sheet, input.cell.cell),
        formula,
      });
    }
    const now = officeCellValue(range.values[0][0], range.numberFormat[0][0]);
    const planned = input.cell.previous;
    if (!cellHolds(now, planned)) {
      return new AssessError("value", "returnLedgerChanged", {
        ref: sheetReference(input.cell.sheet, input.cell.cell),
        now: now === null ? "" : String(now),
        planned: planned === null ? "" : String(planned),
      });
    }
  }
  return null;
}

/** Queues one cell's write: number format first (a date in a "General" cell), then the value. */
function queueCell(range: Excel.Range, input: CellInput, format: string | null): void {
  if (input.serial !== null) {
    if (format === null || format === "General") {
      range.numberFormat = [[dateFormat]];
    }
    range.values = [[input.serial]];
    return;
  }
  // A text goes in with a leading apostrophe (unless the cell is formatted as text), so "=foo"
  // stays text and "007" or "8月" never become a number or a date — as the summary writer does.
  range.values = [[cellInputOf(input.cell.value, format === "@")]];
}

/** The rows of a new sheet written bold: the register's title and header (`registerPlan`). */
const headerRows = 2;

/**
 * Queues the new sheet's layout as the .xlsx writer makes it: the cells of its first two rows
 * (title, header) bold, columns A and C 16 and 14 characters wide.
 */
function queueNewSheetLayout(sheet: Excel.Worksheet, cells: readonly CellInput[]): void {
  for (const { cell } of cells.filter((input) => input.cell.row < headerRows)) {
    sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format.font.bold = true;
  }
  for (const [column, characters] of newSheetWidths) {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(characters);
  }
}

/**
 * 写入单元格 (Office.js): the port's `writeCells`, one `Excel.run` of 2 syncs. Sync 1 reads the
 * sheets' names and each planned cell of a clerk's sheet (values and number format; one small
 * range per cell: a plan has a few hundred at most, far under the response budget). Then it
 * checks, before anything is written: `newSheet` must not exist yet (AssessError
 * `returnSheetAppeared`, as the .xlsx writer says it); no cell may hold a formula (AssessError
 * `returnFormulaCell`: a blank a formula gives is not a blank to fill); every cell must still
 * hold its `previous`, read as the readers read it (`officeCellValue`:
 * blanks null, date-formatted serials as ISO days) and compared by the engine's `cellHolds`, else
 * AssessError `returnLedgerChanged` names the first that does not ("分解表!F12"). A missing sheet
 * fails sync 1 with ItemNotFound; one more sync of the names then says which (`sheetNotFound`).
 * Sync 2 adds `newSheet` at the end, then writes every cell: numbers as numbers, texts always as
 * text (a leading apostrophe, so "=x" never becomes a formula), a date cell as its day's serial
 * with "yyyy-mm-dd" when its format is "General" (always on the new sheet). On the new sheet
 * rows 1 and 2 are made bold and columns A and C 16 and 14 characters wide, as
 * `writeCollectedLedger` does.
 * Adding a sheet makes the memory forget (its list of sheets is stale). Nothing is suspended; no
 * cell, no sheet: no `Excel.run`. If sync 2 itself fails part way (a sheet protected meanwhile),
 * Excel keeps what it applied before the failing command, as for every write.
 *
 * @throws WorkbookError `sheetNotFound`, `invalidArgument` (a date cell whose value is no ISO
 *   day), or Excel's error converted; AssessError `returnSheetAppeared`, `returnFormulaCell`,
 *   `returnLedgerChanged`.
 */
export async function writeCells(
  run: ExcelRun,
  memory: WorkbookMemory | null,
  request: CellWrites
): Promise<CellWriteReport> {
  const { cells, newSheet } = request;
  if (cells.length === 0 && newSheet === null) {
    return { written: 0, created: null };
  }
  const inputs = inputsOf(cells);
  const onNewSheet = (input: CellInput): boolean => input.cell.sheet === newSheet;
  const changed = await runBatch(run, async (context) => {
    const worksheets = context.workbook.worksheets;
    const listed = worksheets.load("items/name");
    const sheets = new Map<string, Excel.Worksheet>();
    const sheetOf = (name: string): Excel.Worksheet => {
      const sheet = sheets.get(name) ?? worksheets.getItem(name);
      sheets.set(name, sheet);
      return sheet;
    };
    const checked: CheckedCell[] = inputs
      .filter((input) => !onNewSheet(input))
      .map((input) => ({
        input,
        range: sheetOf(input.cell.sheet)
          .getRange(input.cell.cell)
          .load("values,numberFormat,formulas"),
      }));
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: unknown }).code === "ItemNotFound") {
        throw await missingSheetError(context, [...sheets.keys()], error);
      }
      throw error;
    }
    if (newSheet !== null && listed.items.some((sheet) => sameName(sheet.name, newSheet))) {
      return new AssessError("value", "returnSheetAppeared", { sheet: newSheet });
    }
    const problem = changedCell(checked);
    if (problem !== null) {
      return problem;
    }

    if (newSheet !== null) {
      sheets.set(newSheet, worksheets.add(newSheet));
      if (memory !== null) {
        forget(memory);
      }
    }
    for (const { input, range } of checked) {
      queueCell(range, input, String(range.numberFormat[0][0]));
    }
    const created = inputs.filter(onNewSheet);
    if (newSheet !== null) {
      const sheet = sheetOf(newSheet);
      for (const input of created) {
        queueCell(sheet.getRange(input.cell.cell), input, null);
      }
      queueNewSheetLayout(sheet, created);
    }
    await context.sync();
    return null;
  });
  if (changed !== null) {
    throw changed;
  }
  return { written: cells.length, created: newSheet };
}
