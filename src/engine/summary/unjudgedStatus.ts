import { Status } from "../kernel/types";
import { annualTargetProblem } from "../table/annualTargetProblem";
import { IndicatorRecord } from "../table/tableModel";

/**
 * 无法判断的状态: the status of a record in a month whose figures cannot be judged, before any
 * pace is worked out — 目标缺失或为零 `target_missing` when its annual target is missing or an
 * unusable 0 (see `annualTargetProblem`: a checkpoint target is never put in its place), else
 * 实际值无法识别 `actual_unreadable` when the month's actual cell was reported but could not be read
 * ("约16", #N/A, a formula never calculated). Null when the record can be judged (a blank actual is
 * 未报送, which the assessment itself says). The reader has named the cell of each problem.
 */
export function unjudgedStatus(
  record: IndicatorRecord,
  month: number
): Extract<Status, "target_missing" | "actual_unreadable"> | null {
  if (annualTargetProblem(record) !== null) {
    return "target_missing";
  }
  const actual = record.actuals.find((found) => found.month === month);
  return actual !== undefined && actual.value === null ? "actual_unreadable" : null;
}
