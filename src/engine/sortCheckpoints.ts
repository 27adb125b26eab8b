import { checkMonth } from "./checkMonth";
import { assert } from "./errors";
import { CheckpointTarget } from "./types";

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
  const byMonth = new Map<number, CheckpointTarget>();
  for (const checkpoint of checkpoints) {
    checkMonth(checkpoint.month, periods);
    assert(Number.isFinite(checkpoint.target), "value", "notANumber", {
      name: "target",
      text: String(checkpoint.target),
    });
    byMonth.set(checkpoint.month, { month: checkpoint.month, target: checkpoint.target });
  }
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}
