import { Diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { findSideSheets } from "../summary/findSideSheets";
import { summaryTitle } from "../summary/summaryTitle";
import { readTable } from "../table/readTable";
import { ColumnOverride, TableModel } from "../table/tableModel";

/** Options of {@link readLedger}: as the monthly summary reads the table. */
export interface LedgerOptions {
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
  /** The sheet holding the table (the clerk's choice); by default found by its header. */
  readonly sheet?: string;
  /** The clerk's column roles (列角色更正). */
  readonly columns?: readonly ColumnOverride[];
  /** The year, when the settings give it; else the table's title's. */
  readonly year?: number | null;
}

/** 台账: the ledger as returns are made from and collected into. */
export interface Ledger {
  /** Null when the workbook holds no decomposition table (the diagnostics say why). */
  readonly table: TableModel | null;
  readonly county: string | null;
  readonly year: number | null;
  /** The sheets that may hold the table and its 月度完成 sheet (side and output sheets left out). */
  readonly tableSheets: readonly GridSheet[];
  /** The 报送登记 sheet, when the workbook has one. */
  readonly reports: GridSheet | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 读取台账: reads a ledger workbook as the monthly summary does — its side sheets set apart
 * (`findSideSheets`), the decomposition table with its 月度完成 sheet joined (`readTable`), the
 * county and year of its title (`summaryTitle`, the given year first).
 */
export function readLedger(sheets: readonly GridSheet[], options: LedgerOptions = {}): Ledger {
  const list = Array.isArray(sheets) ? sheets : [];
  const side = findSideSheets(list, options.sheet);
  const read = readTable(side.tableSheets, {
    periods: options.periods ?? 12,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  });
  const title =
    read.table === null
      ? { county: null, year: options.year ?? null }
      : summaryTitle(read.table, list, { county: null, year: options.year ?? null });
  return {
    table: read.table,
    county: title.county,
    year: title.year,
    tableSheets: side.tableSheets,
    reports: side.reports,
    diagnostics: read.diagnostics,
  };
}
