import { GridSheet } from "../kernel/grid";
import { findHeader } from "../table/findHeader";
import { isActualsSheet } from "../table/isActualsSheet";
import { ColumnRole, HeaderMatch, TableModel } from "../table/tableModel";

/** 长表: the ledger's 月度完成 sheet in long form (one row per indicator and month), its columns. */
export interface LongFormSheet {
  readonly sheet: GridSheet;
  readonly header: HeaderMatch;
  /** 0-based columns: 指标, 口径 (when there is one), 月份, 累计完成, 计量单位 (when there is one). */
  readonly indicator: number;
  readonly measure: number | null;
  readonly month: number;
  readonly actual: number;
  readonly unit: number | null;
}

/**
 * 长表查找: the actuals sheet `readTable` joins (the first sheet named 月度完成 … that is not the
 * table's, see `isActualsSheet`) when `joinActuals` reads it in long form — a header with an
 * indicator column, a 月份 column (or a checkpoint column standing for it), a 累计完成 column and
 * no month columns; the first column of each role counts, as there. Null for any other ledger.
 */
export function longFormSheet(
  tableSheets: readonly GridSheet[],
  table: TableModel,
  periods = 12
): LongFormSheet | null {
  const sheet = tableSheets.find(
    (candidate) => candidate.name !== table.sheet && isActualsSheet(candidate)
  );
  const header =
    sheet === undefined ? null : findHeader(sheet, { periods, periodColumns: "actual" });
  if (sheet === undefined || header === null) {
    return null;
  }
  const column: Partial<Record<ColumnRole, number>> = {};
  for (const mapping of header.columns) {
    if (mapping.month === undefined && column[mapping.role] === undefined) {
      column[mapping.role] = mapping.column;
    }
  }
  const monthColumns = header.columns.filter(
    (mapping) => mapping.role === "actual" && mapping.month !== undefined
  );
  const month = column.month ?? column.checkpoint;
  if (
    monthColumns.length > 0 ||
    column.indicator === undefined ||
    month === undefined ||
    column.actual === undefined
  ) {
    return null;
  }
  return {
    sheet,
    header,
    indicator: column.indicator,
    measure: column.measure ?? null,
    month,
    actual: column.actual,
    unit: column.unit ?? null,
  };
}
