import { ColumnChoice, ColumnCorrection, TableColumn } from "./tableColumns";

/** A column's role and, for period roles, its month. */
export interface RoleOf {
  readonly role: ColumnChoice;
  readonly month?: number;
}

/** 连带改变的列: a column whose role changed when the clerk corrected another one. */
export interface ColumnChange {
  /** 0-based column. */
  readonly column: number;
  /** Column letters: "H". */
  readonly letter: string;
  /** The header as the clerk wrote it. */
  readonly header: string;
  readonly before: RoleOf;
  readonly after: RoleOf;
}

/** 更正的连带结果: the clerk's correction and the other columns it changed. */
export interface CorrectionEffect {
  readonly correction: ColumnCorrection;
  readonly changes: readonly ColumnChange[];
}

function roleOf(column: TableColumn | undefined): RoleOf {
  if (column === undefined) {
    return { role: "ignore" };
  }
  return column.month === undefined
    ? { role: column.role }
    : { role: column.role, month: column.month };
}

/**
 * 连带改变: the columns, other than the one the clerk corrected (`corrected`, 0-based), whose role
 * or month differs between the table card's columns before and after the correction — a role a
 * table has once taken from another column, or a column the reader now reads otherwise. A column
 * missing from one list had no role there (`ignore`). In column order.
 */
export function columnChanges(
  before: readonly TableColumn[],
  after: readonly TableColumn[],
  corrected: number
): ColumnChange[] {
  const numbers = [...new Set([...before, ...after].map((column) => column.column))]
    .filter((column) => column !== corrected)
    .sort((a, b) => a - b);
  const changes: ColumnChange[] = [];
  for (const number of numbers) {
    const old = before.find((column) => column.column === number);
    const now = after.find((column) => column.column === number);
    const was = roleOf(old);
    const is = roleOf(now);
    if (was.role !== is.role || was.month !== is.month) {
      const shown = now ?? old;
      changes.push({
        column: number,
        letter: shown?.letter ?? "",
        header: shown?.header ?? "",
        before: was,
        after: is,
      });
    }
  }
  return changes;
}
