import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { columnLetters } from "./columnLetters";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";
import { ColumnMapping } from "./tableModel";

/**
 * 表头列检查: reports the header cells the table reader will not read, in header order — first
 * each cell repeating a role a column to its left already has (a second 目标 column,
 * `duplicate_column`, naming the column read instead), then each actual or 上年同期 column whose
 * header names no month (`actual_without_month`), then each header cell merged down into the data
 * rows (`header_merge_spill`: those rows are read as blank in its columns). Each at the cell
 * holding the header text.
 */
export function reportHeaderColumns(context: TableContext, sink: TableSink): void {
  const { header } = context;
  for (const duplicate of header.duplicates ?? []) {
    const first = header.columns.find((mapping) => mapping.role === duplicate.role);
    if (first !== undefined) {
      sink.report(
        "duplicate_column",
        "warning",
        headerCell(context, duplicate),
        "tableDuplicateColumn",
        { text: duplicate.header, first: columnLetters(first.column), firstText: first.header }
      );
    }
  }
  for (const mapping of header.columns) {
    if ((mapping.role === "actual" || mapping.role === "lastYear") && mapping.month === undefined) {
      sink.report(
        "actual_without_month",
        "warning",
        headerCell(context, mapping),
        mapping.role === "actual" ? "tableActualWithoutMonth" : "tableLastYearWithoutMonth",
        { text: mapping.header }
      );
    }
  }
  for (const spill of header.spills ?? []) {
    sink.report(
      "header_merge_spill",
      "warning",
      cellAddress(spill.top, spill.left),
      "tableHeaderMergeSpill",
      { text: cellText(context.index.own(spill.top, spill.left)), lastRow: spill.bottom + 1 }
    );
  }
}

/** The cell of a column's header text (the second header row for period sub-headers). */
function headerCell(context: TableContext, mapping: ColumnMapping): string {
  const [first, last] = context.header.headerRows;
  for (let row = last - 1; row >= first - 1; row--) {
    if (cellText(context.index.filled(row, mapping.column)) === mapping.header) {
      return cellAddress(row, mapping.column);
    }
  }
  return cellAddress(first - 1, mapping.column);
}
