import { cellText } from "../kernel/cellText";
import { addTarget } from "./addTarget";
import { RecordDraft } from "./blockDraft";
import { checkpointPriority } from "./checkpointPriority";
import { MEASURE_LABELS } from "./measureLabels";
import { readCell } from "./readCell";
import { readFigure } from "./readFigure";
import { tableAddress } from "./tableAddress";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/**
 * 节点目标读取（种子格式）: reads the checkpoint (倒排时间) and target (考核任务) of a row of the seed
 * layout, one row per checkpoint. A blank checkpoint cell takes the checkpoint of the block's row
 * above, or, on the first target row, 全年 (`missing_checkpoint`). Reported as well: a checkpoint
 * that is not one (`unknown_checkpoint`, once per merged cell; the target rows under it are then
 * passed over) and a checkpoint without a target (`missing_target`); bad target cells as
 * `addTarget` reports them. Returns false when the row's checkpoint was unreadable (the rest of the
 * row's targets are not read).
 */
export function readSeedTarget(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft,
  row: number,
  checkpointColumn: number,
  targetColumn: number,
  unit: string
): boolean {
  const block = record.block;
  const checkpointText = cellText(readCell(context.index, row, checkpointColumn));
  const reading = readFigure(readCell(context.index, row, targetColumn), unit);
  let checkpoint: { readonly month: number; readonly label: string } | null = null;
  if (checkpointText !== "") {
    const month = context.checkpointMonthOf(checkpointText);
    if (month === undefined) {
      block.lastCheckpoint = "invalid";
      record.targetIssue = true;
      sink.reportOnce(
        row,
        checkpointColumn,
        "unknown_checkpoint",
        "error",
        "tableUnknownCheckpoint",
        { text: checkpointText }
      );
      return false;
    }
    checkpoint = { month, label: checkpointText };
    block.lastCheckpoint = checkpoint;
  } else if (reading.kind !== "blank") {
    if (block.lastCheckpoint === "invalid") {
      return false; // under a checkpoint already reported
    }
    checkpoint = block.lastCheckpoint;
    if (checkpoint === null) {
      checkpoint = { month: context.periods, label: "全年" };
      sink.report(
        "missing_checkpoint",
        "warning",
        tableAddress(context, row, checkpointColumn),
        "tableMissingCheckpoint",
        {
          name: block.name,
          measure: MEASURE_LABELS[record.measure].zh,
          measureEn: MEASURE_LABELS[record.measure].en,
        }
      );
    }
  }
  if (checkpoint === null) {
    return true;
  }
  const cell = tableAddress(context, row, targetColumn);
  if (reading.kind === "blank") {
    record.targetIssue = true;
    sink.report("missing_target", "warning", cell, "tableMissingTarget", {
      name: block.name,
      measure: MEASURE_LABELS[record.measure].zh,
      measureEn: MEASURE_LABELS[record.measure].en,
    });
  } else {
    addTarget(
      sink,
      record,
      reading,
      {
        month: checkpoint.month,
        label: checkpoint.label,
        priority: checkpointPriority(checkpoint.label),
      },
      cell
    );
  }
  return true;
}
