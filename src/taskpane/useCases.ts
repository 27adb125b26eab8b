import {
  buildMonthlySummary,
  findHeader,
  GridSheet,
  readTable,
  MonthlySummary,
  SummarySettings,
  ColumnRole,
  Diagnostic,
  TableModel,
  Status,
  formatDiagnostic,
  savedMonthlySettings,
} from "../engine";
import {
  monthlySettingsKey,
  SheetInfo,
  StatusMark,
  WorkbookPort,
  WorkbookRead,
  WriteReport,
} from "../excel/port";
import { FunctionDefaults, setFunctionDefaults } from "../functions/runtimeDefaults";
import { PaneError } from "./paneError";
import { splitReference } from "./splitReference";
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
  if (table === null) {
    return {
      sheets,
      table: null,
      diagnostics: result.diagnostics,
      columns: [],
      saved: inForce,
      unapplied: [],
      savedSettings,
    };
  }
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
  };
}

/** Roles a table has at most once (a second column named so is ignored by the reader). */
const MULTIPLE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["checkpointTarget", "actual"]);

/**
 * 更正列角色: records the clerk's role for one column of the detected table — a role that a table
 * has only once is taken from any other column that had it — saves the corrections in the workbook
 * ({@link savedTableKey}) and reads the table again with them.
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
  return detectTable(port, saved, options);
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
  const periods = settings.periods ?? 12;
  options.onStep?.("read");
  const read = await port.readWorkbook(options.marks === true ? { marks: true } : {});
  const { grids } = read;
  const saved = options.saved === undefined ? savedTableOf(read.settings) : options.saved;
  options.onStep?.("compute");
  const inForce = savedInForce(grids, saved, periods);
  const sheet = settings.sheet ?? inForce?.sheet;
  const columns =
    settings.columns ?? (inForce !== null && sheet === inForce.sheet ? inForce.columns : undefined);
  const summary = buildMonthlySummary(grids, {
    ...settings,
    ...(sheet === undefined ? {} : { sheet }),
    ...(columns === undefined ? {} : { columns }),
  });
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
  return { summary, read };
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
  const { summary, read } = await readSummary(port, settings, options);
  const run = summary.run.key;
  options.onStep?.("write");
  const report = await port.writeSummary(run, summary.sheets, read);
  return { summary, run, report };
}

/**
 * Statuses that {@link markLagging} colours, gravest first; 正常 rows are left as they are. The two
 * that ask for a figure to be fixed (实际值无法识别, 目标缺失或为零) come after the lagging ones.
 */
const MARKED: readonly Status[] = [
  "serious",
  "lagging",
  "actual_unreadable",
  "target_missing",
  "not_reported",
];

/** What {@link markLagging} did: the sheet and the marks set (empty when nothing lags). */
export interface MarkReport {
  readonly sheet: string;
  readonly marks: readonly StatusMark[];
}

/**
 * 标记滞后指标: colours the table's rows by status — 严重滞后, 滞后, 实际值无法识别, 目标缺失或为零 and
 * 未报送 indicators, every row of each (`rows`: its first row and its checkpoint rows), across the
 * table's columns; where two indicators share a row the graver status wins (in that order). One
 * mark per row. The port takes the previous marks away first (see `WorkbookPort.markStatuses`), so
 * the colours are this month's only.
 *
 * @param table the table the summary was read from (its rows and columns).
 * @param read the read the summary was made from, with its marks (`readSummary` with `marks`):
 *   the port then marks without looking again.
 */
export async function markLagging(
  port: WorkbookPort,
  summary: MonthlySummary,
  table: TableModel,
  read?: WorkbookRead
): Promise<MarkReport> {
  const mapped = table.columns.map((mapping) => mapping.column);
  const firstColumn = mapped.length === 0 ? 1 : Math.min(...mapped) + 1;
  const lastColumn = mapped.length === 0 ? 1 : Math.max(...mapped) + 1;
  const byRow = new Map<number, Status>();
  for (const indicator of summary.indicators) {
    if (!MARKED.includes(indicator.status)) {
      continue;
    }
    const place = splitReference(indicator.source);
    if (place !== null && place.sheet !== table.sheet) {
      continue;
    }
    for (const row of indicator.rows) {
      const before = byRow.get(row);
      if (before === undefined || MARKED.indexOf(indicator.status) < MARKED.indexOf(before)) {
        byRow.set(row, indicator.status);
      }
    }
  }
  const marks: StatusMark[] = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, status]) => ({ row, firstColumn, lastColumn, status }));
  await port.markStatuses(table.sheet, marks, read);
  return { sheet: table.sheet, marks };
}

/** 清除标记: takes the marks away: the table looks as it was before them. */
export async function clearMarks(port: WorkbookPort): Promise<void> {
  await port.clearMarks();
}

/**
 * 函数默认值: makes the pane's periods and warning band (a fraction) the ASSESS functions' defaults
 * in the shared runtime, then recalculates so the formulas pick them up.
 */
export async function applyDefaults(port: WorkbookPort, defaults: FunctionDefaults): Promise<void> {
  setFunctionDefaults({ periods: defaults.periods, band: defaults.band });
  await port.recalculate();
}
