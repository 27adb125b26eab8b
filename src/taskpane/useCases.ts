import {
  ActualMonth,
  actualMonths,
  buildMonthlySummary,
  findHeader,
  GridSheet,
  readTable,
  MonthlySummary,
  SummarySettings,
  ColumnRole,
  Diagnostic,
  TableModel,
  formatDiagnostic,
  savedMonthlySettings,
} from "../engine";
import {
  monthlySettingsKey,
  SheetInfo,
  WorkbookPort,
  WorkbookRead,
  WriteReport,
} from "../excel/port";
import { CorrectionEffect, columnChanges } from "./columnChanges";
import { savedMonthOf } from "./monthMemory";
import { PaneError } from "./paneError";
import { ColumnCorrection, TableColumn, tableColumns } from "./tableColumns";

/**
 * The clerk's monthly job (月度工作) as plain async functions over a {@link WorkbookPort}: no React,
 * no Office. The task pane's components call these; tests call them with an in-memory port.
 * Failures of the port are never caught here: they reach the pane, which shows them.
 */

/** The document setting under which the clerk's column corrections are kept. */
export const savedTableKey = "assess.table";

/** 保存的分解表设置: the table's sheet and the column roles the clerk corrected there. */
export interface SavedTable {
  readonly sheet: string;
  readonly columns: readonly ColumnCorrection[];
}

/** The steps of the pane's work, shown while it runs. */
export type WorkStep =
  | "start"
  | "detect"
  | "read"
  | "compute"
  | "write"
  | "mark"
  | "clear"
  | "defaults"
  | "save"
  | "settings"
  | "saveMonth"
  | "reset"
  | "select";

/** 识别结果: the workbook's sheets and the table found in them (null when none). */
export interface Detection {
  readonly sheets: readonly SheetInfo[];
  readonly table: TableModel | null;
  readonly diagnostics: readonly Diagnostic[];
  /** The header's columns with their roles, for the table card (empty without a table). */
  readonly columns: readonly TableColumn[];
  /** The corrections in force for the table found (null when there are none). */
  readonly saved: SavedTable | null;
  /** Corrections the reader did not follow (invalid, or a once-only role another correction took). */
  readonly unapplied: readonly ColumnCorrection[];
  /** The monthly settings the workbook keeps (设置 sheet, else document settings; `savedMonthlySettings`). */
  readonly savedSettings: Partial<SummarySettings>;
  /** The latest month with actuals in the table, with how many indicators have one (null: none). */
  readonly latestActual: ActualMonth | null;
  /** The data month the clerk chose for this workbook before (`assess.month`), or null. */
  readonly savedMonth: number | null;
  /** After a correction: the correction and the other columns it changed; else null. */
  readonly effect: CorrectionEffect | null;
}

/** Options of the reading use cases. */
export interface ReadOptions {
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
  /** Called as each step begins. */
  readonly onStep?: (step: WorkStep) => void;
}

/** Whether a stored setting has the shape of a {@link SavedTable}. */
function isSavedTable(value: unknown): value is SavedTable {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const record = value as { sheet?: unknown; columns?: unknown };
  return (
    typeof record.sheet === "string" &&
    Array.isArray(record.columns) &&
    record.columns.every(
      (item: unknown) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as { column?: unknown }).column === "number" &&
        typeof (item as { role?: unknown }).role === "string"
    )
  );
}

/** 保存的更正: the corrections stored in the workbook's settings, or null (none, or not readable). */
export function savedTableOf(settings: Readonly<Record<string, unknown>>): SavedTable | null {
  const value = settings[savedTableKey];
  return isSavedTable(value) ? value : null;
}

/**
 * The saved corrections when they apply: their sheet is among the clerk's sheets and has a table
 * header (else the table is looked for afresh, without them).
 */
function savedInForce(
  grids: readonly GridSheet[],
  saved: SavedTable | null,
  periods: number
): SavedTable | null {
  if (saved === null) {
    return null;
  }
  const grid = grids.find((candidate) => candidate.name === saved.sheet);
  return grid !== undefined && findHeader(grid, { periods }) !== null ? saved : null;
}

/** Whether the table read gives a column the role a correction asked for. */
function follows(table: TableModel, correction: ColumnCorrection): boolean {
  const mapping = table.columns.find((item) => item.column === correction.column);
  if (correction.role === "ignore") {
    return mapping === undefined;
  }
  return (
    mapping !== undefined &&
    mapping.role === correction.role &&
    (correction.month === undefined || mapping.month === correction.month)
  );
}

/**
 * 识别分解表: reads the workbook once (`WorkbookPort.readWorkbook`: the sheets, the clerk's sheets'
 * contents and the settings together) and finds the decomposition table, with the column roles
 * the clerk corrected (the workbook setting {@link savedTableKey} unless `saved` is given; null =
 * none) given to the reader (`ReadTableOptions.columns`). Corrections saved for a sheet that is
 * gone, or has no table header any more, are not used.
 */
export async function detectTable(
  port: WorkbookPort,
  saved?: SavedTable | null,
  options: ReadOptions = {}
): Promise<Detection> {
  const periods = options.periods ?? 12;
  options.onStep?.("detect");
  const { sheets, grids, settings } = await port.readWorkbook();
  const corrections = saved === undefined ? savedTableOf(settings) : saved;
  const inForce = savedInForce(grids, corrections, periods);
  const result = readTable(grids, {
    periods,
    ...(inForce === null ? {} : { sheet: inForce.sheet, columns: inForce.columns }),
  });
  const table = result.table;
  const savedSettings = savedMonthlySettings(grids, settings[monthlySettingsKey]);
  const savedMonth = savedMonthOf(settings, periods);
  if (table === null) {
    return {
      sheets,
      table: null,
      diagnostics: result.diagnostics,
      columns: [],
      saved: inForce,
      unapplied: [],
      savedSettings,
      latestActual: null,
      savedMonth,
      effect: null,
    };
  }
  const months = actualMonths(table);
  const original = grids.find((grid) => grid.name === table.sheet);
  const ownCorrections = inForce !== null && inForce.sheet === table.sheet ? inForce.columns : [];
  return {
    sheets,
    table,
    diagnostics: result.diagnostics,
    columns: original === undefined ? [] : tableColumns(original, table, ownCorrections, periods),
    saved: inForce,
    unapplied: ownCorrections.filter((correction) => !follows(table, correction)),
    savedSettings,
    latestActual: months.length === 0 ? null : months[months.length - 1],
    savedMonth,
    effect: null,
  };
}

/** Roles a table has at most once (a second column named so is ignored by the reader). */
const MULTIPLE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["checkpointTarget", "actual"]);

/**
 * 更正列角色: records the clerk's role for one column of the detected table — a role that a table
 * has only once is taken from any other column that had it — saves the corrections in the workbook
 * ({@link savedTableKey}) and reads the table again with them. The detection it gives names the
 * other columns whose role changed with it (`effect`), so that none changes silently.
 *
 * @throws PaneError `noTableToCorrect` when the detection found no table.
 */
export async function correctColumnRole(
  port: WorkbookPort,
  detection: Detection,
  correction: ColumnCorrection,
  options: ReadOptions = {}
): Promise<Detection> {
  const table = detection.table;
  if (table === null) {
    throw new PaneError("noTableToCorrect");
  }
  const previous =
    detection.saved !== null && detection.saved.sheet === table.sheet
      ? detection.saved.columns
      : [];
  const byColumn = new Map<number, ColumnCorrection>(previous.map((item) => [item.column, item]));
  byColumn.set(correction.column, correction);
  if (correction.role !== "ignore" && !MULTIPLE_ROLES.has(correction.role)) {
    for (const column of detection.columns) {
      if (column.column !== correction.column && column.role === correction.role) {
        byColumn.set(column.column, { column: column.column, role: "ignore" });
      }
    }
  }
  const saved: SavedTable = {
    sheet: table.sheet,
    columns: [...byColumn.values()].sort((a, b) => a.column - b.column),
  };
  options.onStep?.("save");
  await port.saveSetting(savedTableKey, saved);
  const after = await detectTable(port, saved, options);
  const changes = columnChanges(detection.columns, after.columns, correction.column);
  return { ...after, effect: { correction, changes } };
}

/** What {@link generateSummary} produced: the summary, the run it was written for, the write report. */
export interface SummaryOutcome {
  readonly summary: MonthlySummary;
  readonly run: string;
  readonly report: WriteReport;
}

/** Options of {@link computeSummary} and {@link generateSummary}. */
export interface SummaryOptions extends ReadOptions {
  /** The clerk's column corrections (from the detection); read from the workbook when omitted. */
  readonly saved?: SavedTable | null;
  /** Also read the add-in's marks, so that marking after it needs no further read. */
  readonly marks?: boolean;
}

/** A summary and the one read it was made from (which a write after it can build on). */
export interface ReadSummary {
  readonly summary: MonthlySummary;
  readonly read: WorkbookRead;
  /** The settings the summary was built with: the table's sheet and corrections resolved. */
  readonly settings: SummarySettings;
}

/**
 * 分解表设置: `settings` with the table's sheet and column roles resolved as every job on the
 * read workbook resolves them — the settings' own first, else the clerk's corrections saved in
 * the workbook ({@link savedTableKey}, or `saved` when given; null = none) when their sheet still
 * holds a table header.
 */
export function tableSettingsOf(
  read: WorkbookRead,
  settings: SummarySettings,
  saved?: SavedTable | null
): SummarySettings {
  const periods = settings.periods ?? 12;
  const corrections = saved === undefined ? savedTableOf(read.settings) : saved;
  const inForce = savedInForce(read.grids, corrections, periods);
  const sheet = settings.sheet ?? inForce?.sheet;
  const columns =
    settings.columns ?? (inForce !== null && sheet === inForce.sheet ? inForce.columns : undefined);
  return {
    ...settings,
    ...(sheet === undefined ? {} : { sheet }),
    ...(columns === undefined ? {} : { columns }),
  };
}

/**
 * 读取并计算月度汇总: reads the workbook once and builds the monthly summary (`buildMonthlySummary`)
 * with the column corrections applied, without writing anything; gives the read too.
 *
 * @throws PaneError `summaryEmpty` when no summary could be made (no table, invalid month), with
 *   the engine's first error as the detail.
 */
export async function readSummary(
  port: WorkbookPort,
  settings: SummarySettings,
  options: SummaryOptions = {}
): Promise<ReadSummary> {
  options.onStep?.("read");
  const read = await port.readWorkbook(options.marks === true ? { marks: true } : {});
  const { grids } = read;
  options.onStep?.("compute");
  const used = tableSettingsOf(read, settings, options.saved);
  const summary = buildMonthlySummary(grids, used);
  if (summary.sheets.length === 0) {
    const reason =
      summary.diagnostics.find((diagnostic) => diagnostic.severity === "error") ??
      summary.diagnostics[0];
    throw new PaneError(
      "summaryEmpty",
      {},
      reason === undefined
        ? null
        : { zh: formatDiagnostic(reason, "zh-CN"), en: formatDiagnostic(reason, "en-US") }
    );
  }
  return { summary, read, settings: used };
}

/**
 * 计算月度汇总: the monthly summary of the workbook as {@link readSummary} makes it.
 *
 * @throws PaneError `summaryEmpty` as {@link readSummary}.
 */
export async function computeSummary(
  port: WorkbookPort,
  settings: SummarySettings,
  options: SummaryOptions = {}
): Promise<MonthlySummary> {
  return (await readSummary(port, settings, options)).summary;
}

/**
 * 生成月度通报 (one click): builds the monthly summary from the workbook (进度通报, 排名, 加减分汇总,
 * 预警, 迟报) and writes its sheets for the run the engine returns with it (`summary.run`) — one
 * read and one write, the write building on what the read saw.
 */
export async function generateSummary(
  port: WorkbookPort,
  settings: SummarySettings,
  options: SummaryOptions = {}
): Promise<SummaryOutcome> {
  return writeSummaryOf(port, await readSummary(port, settings, options), options);
}

/**
 * 写入月度通报: writes the sheets of a summary made by {@link readSummary} for its run, the write
 * building on the read it was made from.
 */
export async function writeSummaryOf(
  port: WorkbookPort,
  { summary, read }: ReadSummary,
  options: ReadOptions = {}
): Promise<SummaryOutcome> {
  const run = summary.run.key;
  options.onStep?.("write");
  const report = await port.writeSummary(run, summary.sheets, read);
  return { summary, run, report };
}

export { markLagging, type MarkReport } from "./markLagging";

/** 清除标记: takes the marks away: the table looks as it was before them. */
export async function clearMarks(port: WorkbookPort): Promise<void> {
  await port.clearMarks();
}
