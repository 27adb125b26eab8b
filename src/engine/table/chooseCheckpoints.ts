import { dec } from "../kernel/decimal";
import { sheetReference } from "../kernel/sheetReference";
import { RecordDraft, TargetCandidate } from "./blockDraft";
import { MEASURE_LABELS } from "./measureLabels";
import { TableContext } from "./tableContext";
import { CheckpointRecord } from "./tableModel";
import { TableSink } from "./tableSink";

/**
 * 节点目标选定: the checkpoints of a record, in month order, one per month, from the target
 * candidates read for it: of a month's candidates the one of the highest priority (a checkpoint
 * word over a month range, see `checkpointPriority`), else the first read. A candidate of another
 * cell whose target differs from the one chosen is reported (`checkpoint_conflict`, naming both).
 * Sorts the record's candidates.
 */
export function chooseCheckpoints(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft
): CheckpointRecord[] {
  const measureLabel = MEASURE_LABELS[record.measure];
  const candidates = record.candidates;
  if (!isSortedByMonth(candidates)) {
    candidates.sort((a, b) => a.month - b.month); // stable: equal months keep reading order
  }
  const checkpoints: CheckpointRecord[] = [];
  for (let start = 0; start < candidates.length;) {
    let end = start + 1;
    let chosen = candidates[start];
    while (end < candidates.length && candidates[end].month === chosen.month) {
      if (candidates[end].priority > chosen.priority) {
        chosen = candidates[end];
      }
      end++;
    }
    for (let other = start; other < end; other++) {
      const candidate = candidates[other];
      if (
        candidate !== chosen &&
        candidate.cell !== chosen.cell &&
        !dec(candidate.target).eq(dec(chosen.target))
      ) {
        sink.report("checkpoint_conflict", "warning", candidate.cell, "tableCheckpointConflict", {
          name: record.block.name,
          measure: measureLabel.zh,
          measureEn: measureLabel.en,
          label: candidate.label,
          value: candidate.target,
          otherRef: sheetReference(context.sheetName, chosen.cell),
          otherLabel: chosen.label,
          otherValue: chosen.target,
        });
      }
    }
    checkpoints.push({
      month: chosen.month,
      target: chosen.target,
      label: chosen.label,
      cell: chosen.cell,
    });
    start = end;
  }
  return checkpoints;
}

function isSortedByMonth(candidates: readonly TargetCandidate[]): boolean {
  for (let index = 1; index < candidates.length; index++) {
    if (candidates[index].month < candidates[index - 1].month) {
      return false;
    }
  }
  return true;
}
