import { RecordDraft } from "./blockDraft";
import { readFigure } from "./readFigure";
import { reportFigure } from "./reportFigure";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/**
 * 上年同期读取: reads a row's 上年同期 columns (last year's figure of the same period) into its
 * record, one per month: the figures a growth shortfall is measured against, never assessed here.
 * A figure belongs to the row it stands on (a covered cell is not read); read in the record's unit;
 * a cell that holds no figure is reported (see `reportFigure`) and left out; a second figure for a
 * month is left out.
 */
export function readLastYear(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft,
  row: number
): void {
  for (const column of context.lastYearColumns) {
    if (context.index.isCovered(row, column.column)) {
      continue;
    }
    const reading = readFigure(
      context.index.own(row, column.column),
      record.unit !== "" ? record.unit : context.unitHint
    );
    const cell = `${column.letters}${row + 1}`;
    if (
      !reportFigure(sink.report, cell, reading, "lastYear") ||
      reading.kind !== "number" ||
      record.lastYear.some((figure) => figure.month === column.month)
    ) {
      continue;
    }
    record.lastYear.push({ month: column.month, value: reading.value, cell });
  }
}
