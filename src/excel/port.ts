import { GridSheet, SheetSpec, Status } from "../engine";

/** A sheet of the workbook and whether the add-in created it. */
export interface SheetInfo {
  readonly name: string;
  /** The run that created it ("2016-07"), when the add-in owns it; null for the clerk's sheets. */
  readonly ownedRun: string | null;
}

/** One status mark on the source table: a 1-based row and the columns to colour. */
export interface StatusMark {
  readonly row: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly status: Status;
}

/** What a summary write did: the sheets written and any name that had to change. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  readonly replaced: readonly string[];
  /** Features left out because this Excel lacks them, e.g. print setup without ExcelApi 1.9. */
  readonly skipped?: readonly SkippedFeature[];
}

/** A part of the summary a writer could not do on this host, and the API it would need. */
export interface SkippedFeature {
  readonly feature: "printSetup";
  /** "ExcelApi 1.9". */
  readonly api: string;
}

/**
 * What the task pane needs from a workbook. Two implementations: Excel through Office.js
 * (src/excel/officeWorkbook.ts) and the browser preview's in-memory workbook.
 */
export interface WorkbookPort {
  /** The sheets, in order. */
  listSheets(): Promise<readonly SheetInfo[]>;
  /** Values and merged areas of the named sheets (all sheets when omitted). */
  readSheets(names?: readonly string[]): Promise<readonly GridSheet[]>;
  /**
   * Writes the summary sheets of one run ("2016-07"). Replaces only sheets the add-in created
   * for that same run; a clerk's sheet with a wanted name is never touched (another name is used).
   */
  writeSummary(run: string, sheets: readonly SheetSpec[]): Promise<WriteReport>;
  /**
   * 标记状态: colours rows of the source table by status, recording what was there so that
   * `clearMarks` can restore it. Every implementation FIRST restores any previous marks (on
   * whatever sheet they are, as `clearMarks` would), THEN marks afresh: the marks in force are
   * exactly `marks`, on `sheet`. So marking twice never loses the original record (a cell marked
   * again keeps its original fill, not the earlier mark's colour, in the record), never leaves a
   * stale colour on a row marked before but not now, and marking with no marks is clearing. A
   * sheet that does not exist fails before anything changes.
   */
  markStatuses(sheet: string, marks: readonly StatusMark[]): Promise<void>;
  /** Restores the source table exactly as before the marks. */
  clearMarks(): Promise<void>;
  /** Selects a cell ("分解表", "B12") so the clerk sees it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Reads a workbook-scoped setting the add-in stored (document settings). */
  loadSetting<T>(key: string): Promise<T | null>;
  /** Stores a workbook-scoped setting. */
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** Recalculates the workbook, so ASSESS formulas pick up new default settings. */
  recalculate(): Promise<void>;
}
