import { cellAddress } from "../kernel/cellAddress";
import { CellValue, GridSheet } from "../kernel/grid";
import { findHeader } from "../table/findHeader";
import { isBlankCell } from "../table/isBlankCell";
import { mergeIndex } from "../table/mergeIndex";
import { readTable } from "../table/readTable";
import { ColumnMapping, TableModel } from "../table/tableModel";
import { longFormSheet } from "./longFormSheet";
import { LedgerOptions } from "./readLedger";

/** 台账单元格: where a month's figure of one indicator stands in the ledger, and what it holds. */
export interface LedgerCell {
  readonly sheet: string;
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
  /** A1 address. */
  readonly cell: string;
  /** The cell's value now (null when blank). */
  readonly existing: CellValue;
}

/** What {@link monthCells} finds. */
export interface MonthCells {
  /** By indicator key ("地方财政收入|绝对量"). */
  readonly cells: ReadonlyMap<string, LedgerCell>;
  /** Whether any sheet of the ledger has a column for the month. */
  readonly hasColumn: boolean;
  /** The sheet of that column (a 月度完成 sheet over the table's own), null when none. */
  readonly columnSheet: string | null;
}

/** A stand-in figure put into blank month cells, so that the reader names their cells. */
const PROBE = 0;

/** The A1 position of an address ("E12" → row 11, column 4). */
function positionOf(cell: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/**
 * 月份列定位: the ledger cell of every indicator's cumulative actual for `month`, found the way the
 * table reader finds the actual column of a month — the table sheet's month columns (ledger
 * layout) and a 月度完成 sheet's (month columns, or its long-form rows where they exist), the
 * 月度完成 sheet first as the reader joins it. Blank cells are found by reading the ledger once
 * more with a stand-in figure in every blank month cell of a row that holds anything else: the
 * reader's matching (names in simplified or traditional characters, bracketed parts, measures)
 * decides which row is whose. An indicator the ledger has no row for, in a long-form sheet a month
 * without its row, has no cell.
 */
export function monthCells(
  tableSheets: readonly GridSheet[],
  table: TableModel,
  month: number,
  options: LedgerOptions = {}
): MonthCells {
  const periods = options.periods ?? 12;
  let hasColumn = false;
  let columnSheet: string | null = null;
  const long = longFormSheet(tableSheets, table, periods);
  const probed = tableSheets.map((sheet): GridSheet => {
    const isTable = sheet.name === table.sheet;
    const header = isTable
      ? { columns: table.columns, dataStart: table.headerRows[1] }
      : findHeader(sheet, { periods, periodColumns: "actual" });
    const targets = (header?.columns ?? []).filter((mapping: ColumnMapping) =>
      sheet === long?.sheet
        ? mapping.column === long.actual
        : mapping.role === "actual" && mapping.month === month
    );
    if (header === null || targets.length === 0) {
      return sheet;
    }
    hasColumn = true;
    columnSheet = isTable ? (columnSheet ?? sheet.name) : sheet.name;
    const index = mergeIndex(sheet);
    const others = header.columns
      .map((mapping) => mapping.column)
      .filter((column) => !targets.some((target) => target.column === column));
    const values = sheet.values.map((cells, row) => {
      if (row < header.dataStart || others.every((column) => isBlankCell(index.own(row, column)))) {
        return cells;
      }
      const copy = [...cells];
      for (const target of targets) {
        if (!index.isCovered(row, target.column) && isBlankCell(index.own(row, target.column))) {
          while (copy.length <= target.column) {
            copy.push(null);
          }
          copy[target.column] = PROBE;
        }
      }
      return copy;
    });
    return { ...sheet, values };
  });

  const read = readTable(probed, {
    periods,
    sheet: table.sheet,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  });
  const cells = new Map<string, LedgerCell>();
  for (const record of read.table?.indicators ?? []) {
    const actual = record.actuals.find((candidate) => candidate.month === month);
    if (actual === undefined) {
      continue;
    }
    const sheetName = actual.sheet ?? table.sheet;
    const { row, column } = positionOf(actual.cell);
    const sheet = tableSheets.find((candidate) => candidate.name === sheetName);
    const existing = sheet?.values[row]?.[column] ?? null;
    cells.set(record.key, {
      sheet: sheetName,
      row,
      column,
      cell: cellAddress(row, column),
      existing: isBlankCell(existing) ? null : existing,
    });
  }
  return { cells, hasColumn: hasColumn || cells.size > 0, columnSheet };
}
