import { cellText } from "../kernel/cellText";
import { BlockDraft } from "./blockDraft";
import { readActuals } from "./readActuals";
import { readCell } from "./readCell";
import { readDirection } from "./readDirection";
import { readLastYear } from "./readLastYear";
import { readMeasure } from "./readMeasure";
import { readPeople } from "./readPeople";
import { readTargets } from "./readTargets";
import { readUnit } from "./readUnit";
import { SeenNames, recordFor } from "./recordFor";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/**
 * 行读取: reads one row of a block into the record of its measure (see `readMeasure`,
 * `recordFor`; the row's unit is its 单位 cell, else the unit its name writes, 地方财政收入（万元））: the row's number, then its unit, people, direction, targets, actuals and 上年同期
 * figures, in this order (findings are reported in it). A row that repeats an indicator is not read.
 */
export function readRow(
  context: TableContext,
  sink: TableSink,
  seen: SeenNames,
  block: BlockDraft,
  row: number,
  hasData: boolean
): void {
  const unitText = cellText(readCell(context.index, row, context.column.unit)) || block.nameUnit;
  const measure = readMeasure(context, sink, row, block, unitText);
  const record = recordFor(context, sink, seen, block, measure, row);
  if (record === null) {
    return;
  }
  if (record.lastRow !== row) {
    record.rows.push(row + 1);
  }
  record.lastRow = row;
  if (hasData) {
    record.hasContent = true;
  }
  readUnit(context, sink, record, row, unitText);
  readPeople(context, block, row);
  readDirection(context, sink, record, row);
  readTargets(context, sink, record, row);
  readActuals(context, sink, record, row);
  readLastYear(context, sink, record, row);
}
