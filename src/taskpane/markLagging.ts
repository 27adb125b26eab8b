import { MonthlySummary, Status, TableModel } from "../engine";
import { StatusMark, WorkbookPort, WorkbookRead } from "../excel/port";
import { splitReference } from "./splitReference";

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
