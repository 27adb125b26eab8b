import {
  cellAddress,
  cellText,
  classifyHeader,
  GridSheet,
  mergeIndex,
  ColumnOverride,
  MergeIndex,
  readFigure,
  TableModel,
} from "../engine";

/** A column's role as the clerk may set it: a reader role, or not used (`ignore`). */
export type ColumnChoice = ColumnOverride["role"];

/**
 * 列角色更正: the role the clerk gave one column (0-based) of the table; `month` for period
 * columns. The reader applies it (`ReadTableOptions.columns`, `SummarySettings.columns`).
 */
export type ColumnCorrection = ColumnOverride;

/** 表格列: one column of the table's header as the task pane lists it. */
export interface TableColumn {
  /** 0-based column. */
  readonly column: number;
  /** Column letters: "B". */
  readonly letter: string;
  /** The header as the clerk wrote it ("" when blank). */
  readonly header: string;
  /** The role the reader gave it (`ignore` when it reads nothing there). */
  readonly role: ColumnChoice;
  /** For checkpointTarget / actual: the cumulative month. */
  readonly month?: number;
  /** The month the header names, if any ("上半年" → 6), so period roles can be offered. */
  readonly headerMonth?: number;
  /** True when the clerk set this column's role. */
  readonly corrected: boolean;
  /** What the column's cells below the header mostly hold. */
  readonly content: ColumnContent;
}

/** Longest text read as a header in the first header row; longer ones are titles. */
const MAX_HEADER_LENGTH = 12;

/**
 * 列内容: what the cells under a column's header mostly hold — `numbers` (figures, also "25亿元",
 * "≤72"), `text` (names, words, "约30"), or `empty` (nothing, or as many of each).
 */
export type ColumnContent = "numbers" | "text" | "empty";

/** What the cells of `column` from row `from` (0-based) down mostly hold (merged cells once). */
function columnContent(index: MergeIndex, column: number, from: number): ColumnContent {
  let numbers = 0;
  let text = 0;
  for (let row = from; row < index.rows; row++) {
    if (index.isCovered(row, column)) {
      continue;
    }
    const kind = readFigure(index.own(row, column)).kind;
    if (kind === "number") {
      numbers++;
    } else if (kind === "text") {
      text++;
    }
  }
  return numbers > text ? "numbers" : text > numbers ? "text" : "empty";
}

/**
 * 表头列清单: every column of the table's header with its text (from the clerk's own sheet), the
 * role the reader gave it and what its cells mostly hold, for the table card. Columns with neither
 * a header nor a role are left out.
 */
export function tableColumns(
  sheet: GridSheet,
  table: TableModel,
  corrections: readonly ColumnCorrection[] = [],
  periods = 12
): TableColumn[] {
  const index = mergeIndex(sheet);
  const top = table.headerRows[0] - 1;
  const bottom = table.headerRows[1] - 1;
  const width = Math.max(index.columns, ...table.columns.map((mapping) => mapping.column + 1));
  const columns: TableColumn[] = [];
  for (let column = 0; column < width; column++) {
    const mapping = table.columns.find((item) => item.column === column);
    const below = cellText(index.filled(bottom, column));
    const above = top < bottom ? cellText(index.filled(top, column)) : "";
    const header = below !== "" ? below : above.length <= MAX_HEADER_LENGTH ? above : "";
    if (header === "" && mapping === undefined) {
      continue;
    }
    const headerMonth = classifyHeader(header, periods)?.month ?? mapping?.month;
    columns.push({
      column,
      letter: cellAddress(0, column).replace(/\d+$/, ""),
      header,
      role: mapping?.role ?? "ignore",
      ...(mapping?.month === undefined ? {} : { month: mapping.month }),
      ...(headerMonth === undefined ? {} : { headerMonth }),
      corrected: corrections.some((correction) => correction.column === column),
      content: columnContent(index, column, bottom + 1),
    });
  }
  return columns;
}
