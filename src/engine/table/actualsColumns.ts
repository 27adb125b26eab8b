import { ColumnMapping, ColumnRole, HeaderMatch } from "./tableModel";

/** The columns of an actuals sheet's header, as the reader takes them. */
export interface ActualsColumns {
  /** The first column of each role that is not a month's (0-based). */
  readonly column: Partial<Record<ColumnRole, number>>;
  /** The month columns of cumulative actuals ("7月" …). */
  readonly monthColumns: readonly ColumnMapping[];
  /**
   * Long form (one row per indicator and month): no month columns, a 月份 column (or a checkpoint
   * column standing for it) and a 累计完成 column — their columns; null for any other header.
   */
  readonly longForm: { readonly month: number; readonly actual: number } | null;
}

/**
 * 完成表列: how an actuals sheet's header is read — the first column of each role, the month
 * columns, and whether the sheet is in long form. One rule for the reader (`joinActuals`) and for
 * collecting returns into the sheet (`longFormSheet`), so a row written is a row read.
 */
export function actualsColumns(header: HeaderMatch | null): ActualsColumns {
  const column: Partial<Record<ColumnRole, number>> = {};
  for (const mapping of header?.columns ?? []) {
    if (mapping.month === undefined && column[mapping.role] === undefined) {
      column[mapping.role] = mapping.column;
    }
  }
  const monthColumns = (header?.columns ?? []).filter(
    (mapping) => mapping.role === "actual" && mapping.month !== undefined
  );
  const month = column.month ?? column.checkpoint;
  const actual = column.actual;
  return {
    column,
    monthColumns,
    longForm:
      monthColumns.length === 0 && month !== undefined && actual !== undefined
        ? { month, actual }
        : null,
  };
}
