import { checkMonth } from "../kernel/checkMonth";
import { AssessError } from "../kernel/errors";
import { CheckpointTarget } from "../kernel/types";

/**
 * 时间节点整理: the checkpoints of one indicator in ascending month order, one per month. When two
 * share a month the LAST in the list wins (the table reader has already picked and reported it).
 * Every month must lie in 1…periods and every target must be a finite number.
 *
 * @throws AssessError `number` / `monthOutOfRange` or `periodsInvalid`, `value` / `notANumber`.
 */
export function sortCheckpoints(
  checkpoints: readonly CheckpointTarget[],
  periods = 12
): readonly CheckpointTarget[] {
  let ordered = true;
  let previous = 0;
  for (const checkpoint of checkpoints) {
    checkMonth(checkpoint.month, periods);
    if (!Number.isFinite(checkpoint.target)) {
      throw new AssessError("value", "notANumber", {
        name: "target",
        text: String(checkpoint.target),
      });
    }
    ordered &&= checkpoint.month >= previous;
    previous = checkpoint.month;
  }
  // The usual case (months already in order, as the table reader gives them, perhaps with the
  // annual target appended for month 12): no map and no sort; of equal months, the last wins.
  if (ordered) {
    const result: CheckpointTarget[] = [];
    for (const checkpoint of checkpoints) {
      const entry = { month: checkpoint.month, target: checkpoint.target };
      if (result.length > 0 && result[result.length - 1].month === entry.month) {
        result[result.length - 1] = entry;
      } else {
        result.push(entry);
      }
    }
    return result;
  }
  const byMonth = new Map<number, CheckpointTarget>();
  for (const checkpoint of checkpoints) {
    byMonth.set(checkpoint.month, { month: checkpoint.month, target: checkpoint.target });
  }
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}
