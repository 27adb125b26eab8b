import { CellRect } from "./cellRect";

/** What a read learnt of one clerk's sheet, to plan the next read of it in fewer round trips. */
export interface SheetShape {
  /** Its used range (values only) when it was read as one dense block; null: empty or sparse. */
  readonly used: CellRect | null;
  /** Bytes one cell took in the response (values and number formats as JSON). */
  readonly bytesPerCell: number;
  /** Merged areas per row found. */
  readonly mergesPerRow: number;
}

/** A sheet as the adapter last saw it. */
export interface KnownSheet {
  /** Excel's id of the sheet: it stays when the sheet is renamed. */
  readonly id: string;
  readonly name: string;
  /** Whether it is the clerk's (the add-in did not make it), as far as the adapter knows. */
  readonly clerk: boolean;
}

/**
 * 工作簿记忆: what the adapter learnt of this workbook the last time it looked — its sheets (by id,
 * which survives a rename) and the shapes of the clerk's — so that the next use case can address
 * those sheets in its very first request (Excel has no call that reads a sheet whose name or id
 * is not known yet). Only ever a plan: every use case checks it against the workbook and falls
 * back when it is wrong, so a wrong memory costs round trips, never a wrong result.
 */
export interface WorkbookMemory {
  /** The sheets at the last look, in tab order; null before the first. */
  sheets: readonly KnownSheet[] | null;
  /** Shapes of the clerk's sheets, by sheet id. */
  readonly shapes: Map<string, SheetShape>;
}

/** A memory that knows nothing yet. */
export function emptyMemory(): WorkbookMemory {
  return { sheets: null, shapes: new Map() };
}

/** Forgets everything (a remembered sheet is gone). */
export function forget(memory: WorkbookMemory): void {
  memory.sheets = null;
  memory.shapes.clear();
}
