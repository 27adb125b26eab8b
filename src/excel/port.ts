import {
  GridSheet,
  MonthlySettingName,
  NameRead,
  PlannedCell,
  SheetSpec,
  Status,
  SummarySettings,
} from "../engine";

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

/** The add-in's marks found on one sheet: the ids of their conditional formats. */
export interface PlacedMarks {
  readonly sheetId: string;
  readonly sheet: string;
  readonly ids: readonly string[];
}

/**
 * What a read saw that a write following it needs, so the write need not look again: the
 * workbook's defined names (the add-in's sheet markers among them) and, when asked for, the
 * add-in's marks. An implementation that has no round trips to save leaves it out.
 */
export interface WorkbookBasis {
  readonly names: readonly NameRead[];
  /** The marks on the clerk's sheets; null when the read was not asked for them. */
  readonly marks: readonly PlacedMarks[] | null;
}

/** 读取工作簿: everything the pane's use cases need from the workbook, read together. */
export interface WorkbookRead {
  /** Every sheet, in tab order, with the run that made it when the add-in did. */
  readonly sheets: readonly SheetInfo[];
  /** The clerk's sheets (those the add-in did not make), in tab order: values and merged areas. */
  readonly grids: readonly GridSheet[];
  /** The add-in's workbook settings, by key. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly basis?: WorkbookBasis;
}

/** The document setting under which the monthly settings are kept (`monthlySettingCells`). */
export const monthlySettingsKey = "assess.monthlySettings";

/** What {@link WorkbookPort.saveSettings} is to store. */
export interface SettingsSave {
  /** The monthly settings in force (the pane's); one left out is its default. */
  readonly values: Partial<SummarySettings>;
  /** The settings the clerk changed: the only rows of an existing 设置 sheet whose value changes. */
  readonly changed: readonly MonthlySettingName[];
  /** Make the 设置 sheet when the workbook has none (else only the document settings are kept). */
  readonly createSheet: boolean;
  /** Recalculate the workbook afterwards (the functions' defaults changed). */
  readonly recalculate: boolean;
}

/** What a save did to the 设置 sheet: its name (null: there is none), rows added and updated. */
export interface SettingsSaveReport {
  readonly sheet: string | null;
  readonly created: boolean;
  readonly added: readonly MonthlySettingName[];
  readonly updated: readonly MonthlySettingName[];
}

/** Options of {@link WorkbookPort.readWorkbook}. */
export interface ReadWorkbookOptions {
  /** Also find the add-in's marks (for marking afresh without looking again). */
  readonly marks?: boolean;
}

/**
 * 写入单元格 (collecting returns into the ledger): cells of the clerk's sheets to write, each
 * holding now what the plan saw (`PlannedCell.previous`, null = blank) — checked before anything
 * is written — and the sheet to add first when the plan makes one (报送登记).
 */
export interface CellWrites {
  /** The cells, in order; a cell on `newSheet` is not checked (the sheet is new). */
  readonly cells: readonly PlannedCell[];
  /** A sheet to add at the end of the workbook before writing; null: none. Fails if it exists. */
  readonly newSheet: string | null;
}

/** What {@link WorkbookPort.writeCells} did. */
export interface CellWriteReport {
  /** Cells written. */
  readonly written: number;
  /** The sheet added, or null. */
  readonly created: string | null;
}

/** A workbook file the pane hands to the clerk (a return form). */
export interface OutgoingFile {
  /** "报送表-县财政局-8月.xlsx". */
  readonly name: string;
  /** The .xlsx bytes. */
  readonly bytes: Uint8Array;
}

/**
 * How the host gave the clerk a file: `opened` as a new Excel workbook (to save and send),
 * `downloaded` into the browser's downloads.
 */
export type FileDelivery = "opened" | "downloaded";

/**
 * What the task pane needs from a workbook. Three implementations: Excel through Office.js
 * (src/excel/officeWorkbook.ts), the browser preview's in-memory workbook, and the pane tests'
 * memory port. Writes may take the read they follow (`basis`), to skip looking again; given or
 * not, they check what they change.
 */
export interface WorkbookPort {
  /** The sheets, the clerk's sheets' contents and the add-in's settings, in one read. */
  readWorkbook(options?: ReadWorkbookOptions): Promise<WorkbookRead>;
  /**
   * Writes the summary sheets of one run ("2016-07"). Replaces only sheets the add-in created
   * for that same run; a clerk's sheet with a wanted name is never touched (another name is used).
   */
  writeSummary(
    run: string,
    sheets: readonly SheetSpec[],
    basis?: WorkbookRead
  ): Promise<WriteReport>;
  /**
   * 标记状态: colours rows of the source table by status so that `clearMarks` can take the colours
   * away again, leaving the clerk's own formats as they were. Every implementation FIRST takes
   * any previous marks away (on whatever sheet they are, as `clearMarks` would), THEN marks
   * afresh: the marks in force are exactly `marks`, on `sheet`. So marking twice never loses the
   * clerk's own fills, never leaves a stale colour on a row marked before but not now, and
   * marking with no marks is clearing. A sheet that does not exist fails before anything changes.
   */
  markStatuses(sheet: string, marks: readonly StatusMark[], basis?: WorkbookRead): Promise<void>;
  /** Takes the marks away: the source table looks exactly as before them. */
  clearMarks(): Promise<void>;
  /** Selects a cell ("分解表", "B12") so the clerk sees it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Reads a workbook-scoped setting the add-in stored (document settings). */
  loadSetting<T>(key: string): Promise<T | null>;
  /** Stores a workbook-scoped setting. */
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** Recalculates the workbook, so ASSESS formulas pick up new default settings. */
  recalculate(): Promise<void>;
  /**
   * 保存设置: keeps the monthly settings in the workbook — in the document settings under
   * {@link monthlySettingsKey} (`monthlySettingCells`), and on the 设置 sheet as
   * `planSettingsSheet` plans it from the sheet as it is now: on an existing sheet only the
   * values of `changed` settings change and missing rows are appended; a new sheet only with
   * `createSheet`. Then recalculates when asked. Read and write checked like the others.
   */
  saveSettings(request: SettingsSave): Promise<SettingsSaveReport>;
  /**
   * 写入单元格: writes the cells of a plan (figures and dates: a cell with `date` set holds an ISO
   * date, written as a date cell "yyyy-mm-dd"), adding `newSheet` first. Before anything is
   * written every cell not on the new sheet is checked to hold its `previous` value (as the
   * readers read it: blank = null); if one does not — the clerk typed since the plan was made —
   * nothing is written and a WorkbookError / AssessError `returnLedgerChanged` names the cell.
   * Nothing else of the workbook changes.
   */
  writeCells(request: CellWrites): Promise<CellWriteReport>;
  /**
   * 交付文件: gives the clerk a workbook file — Excel opens it as a new workbook
   * (`Excel.createWorkbook`, ExcelApi 1.8), the browser preview downloads it.
   */
  deliverFile(file: OutgoingFile): Promise<FileDelivery>;
}
