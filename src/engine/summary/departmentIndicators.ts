import { Dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { completion } from "../pace/completion";
import { DepartmentIndicator } from "../ranking/rankDepartments";
import { IndicatorResult } from "../status/assessIndicator";
import { IndicatorRecord } from "../table/tableModel";
import { actualAt } from "./actualAt";
import { LastMonthPace } from "./assessIndicators";

/**
 * A record's completion rate in a month (A / T; a ceiling's T / A), or null when it has none: no
 * actual, no target, or none to compute (a target of 0, a ceiling's actual of 0).
 */
function completionAt(record: IndicatorRecord, month: number): Dec | null {
  const actual = actualAt(record, month);
  if (actual === null || record.annualTarget === null) {
    return null;
  }
  try {
    return completion(actual, record.annualTarget, record.direction);
  } catch (error) {
    if (error instanceof AssessError) {
      return null;
    }
    throw error;
  }
}

/**
 * The completion rate of an absolute record in the month it was assessed in: the assessment's own
 * when it is the same division — a higher-is-better record with an annual target, whose target in
 * force is that annual target (`paceStatus` appends it as the year-end checkpoint), of the same
 * actual — else worked out by {@link completionAt}. A zero target gives null either way.
 */
function assessedCompletion(
  record: IndicatorRecord,
  result: IndicatorResult | null | undefined,
  month: number
): Dec | null {
  if (result === null || result === undefined || record.direction !== "higher") {
    return completionAt(record, month);
  }
  return record.annualTarget === null ? null : result.completion;
}

/**
 * 排名用指标 (the records as the ranking takes them, `rankDepartments`): each record's lead unit,
 * measure, status and pace gap in `month`, and for an absolute record its completion rate A / T
 * (a ceiling's T / A) against the table's annual target. `results` are the month's assessments
 * when the records were assessed in it (their completion is reused where it is the same figure);
 * `withCompletion` false leaves the completion out (null) — for a month whose ranking is read only
 * for its ranks and average gaps, on a measure that does not rank on completion.
 */
export function departmentIndicators(
  records: readonly IndicatorRecord[],
  paces: readonly LastMonthPace[],
  month: number,
  results: readonly (IndicatorResult | null)[] | null = null,
  withCompletion = true
): DepartmentIndicator[] {
  return records.map((record, position) => ({
    leadUnit: record.leadUnit,
    measure: record.measure,
    status: paces[position].status,
    paceGap: paces[position].paceGap,
    completion:
      record.measure !== "absolute" || !withCompletion
        ? null
        : results === null
          ? completionAt(record, month)
          : assessedCompletion(record, results[position], month),
  }));
}
