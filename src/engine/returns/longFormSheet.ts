import { GridSheet } from "../kernel/grid";
import { findHeader } from "../table/findHeader";
import { isActualsSheet } from "../table/isActualsSheet";
import { actualsColumns } from "../table/actualsColumns";
import { HeaderMatch, TableModel } from "../table/tableModel";

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
 * no month columns (`actualsColumns`, the reader's own rule). Null for any other ledger.
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
  const { column, longForm } = actualsColumns(header);
  if (longForm === null || column.indicator === undefined) {
    return null;
  }
  return {
    sheet,
    header,
    indicator: column.indicator,
    measure: column.measure ?? null,
    month: longForm.month,
    actual: longForm.actual,
    unit: column.unit ?? null,
  };
}
