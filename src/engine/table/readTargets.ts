import { addTarget } from "./addTarget";
import { RecordDraft } from "./blockDraft";
import { readCell } from "./readCell";
import { readFigure } from "./readFigure";
import { readSeedTarget } from "./readSeedTarget";
import { tableAddress } from "./tableAddress";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/** Looked up once: global lookups are slow in some hosts (jest's sandbox) and this runs per cell. */
const isFiniteNumber = Number.isFinite;

/**
 * 目标读取: reads the targets of a row into its record, as candidates for their months (one per
 * month is chosen by `chooseCheckpoints`). The seed layout gives a checkpoint and its target per
 * row (see `readSeedTarget`); a ledger's target column is the annual target (全年); checkpoint
 * target columns (上半年目标, 前三季度 …) give the target of their month. Figures are read in the
 * record's unit, else the unit of the target headers ("目标（万元）"); bad cells are reported (see
 * `addTarget`). When the row's checkpoint cannot be read, none of its targets is.
 */
export function readTargets(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft,
  row: number
): void {
  const unit = record.unit !== "" ? record.unit : context.unitHint;
  const checkpointColumn = context.column.checkpoint;
  const targetColumn = context.column.target;
  if (checkpointColumn !== undefined && targetColumn !== undefined) {
    if (!readSeedTarget(context, sink, record, row, checkpointColumn, targetColumn, unit)) {
      return;
    }
  } else if (targetColumn !== undefined) {
    const reading = readFigure(readCell(context.index, row, targetColumn), unit);
    if (reading.kind !== "blank") {
      addTarget(
        sink,
        record,
        reading,
        { month: context.periods, label: "全年", priority: 1 },
        tableAddress(context, row, targetColumn)
      );
    }
  }
  for (const target of context.targetColumns) {
    const value = readCell(context.index, row, target.column);
    if (typeof value === "number" && isFiniteNumber(value)) {
      record.candidates.push({
        month: target.month,
        target: value,
        label: target.label,
        cell: `${target.letters}${row + 1}`,
        priority: target.priority,
      });
      continue;
    }
    const reading = readFigure(value, unit);
    if (reading.kind !== "blank") {
      addTarget(sink, record, reading, target, `${target.letters}${row + 1}`);
    }
  }
}
