import { remainingTask } from "../arrears/remainingTask";
import { finiteNumber } from "../kernel/finiteNumber";
import { boundedMemo } from "../table/boundedMemo";
import { isPercentUnit } from "../table/isPercentUnit";
import { IndicatorRecord } from "../table/tableModel";
import { actualAt } from "./actualAt";
import { AssessedIndicators } from "./assessIndicators";
import { IndicatorChange, indicatorChanges } from "./indicatorChanges";
import { IndicatorSummary } from "./summaryTypes";

/**
 * 进度通报行: the bulletin line of every record — the table's words and people, this month's
 * figures as plain numbers (`assessIndicators`' exact ones, converted once), the status and last
 * month's. The annual target is the table's (全年) only: a checkpoint target is never
 * shown in its place; an indicator that counts as 未报送 shows no actual; no remaining monthly task
 * is shown for a rate or once the target is reached (`remainingTask`).
 */
export function summarizeIndicators(
  records: readonly IndicatorRecord[],
  assessed: AssessedIndicators,
  month: number,
  changes: readonly IndicatorChange[] = indicatorChanges(records, assessed, month)
): IndicatorSummary[] {
  // A table names a handful of units on all its rows: each tested once.
  const isPercent = boundedMemo(isPercentUnit);
  return records.map((record, position) => {
    const { result, status } = assessed.current[position];
    const { change, lastYear, shortfall, shortfallUnit } = changes[position];
    return {
      name: record.name,
      measure: record.measureLabel,
      measureUnit: record.unit,
      direction: record.direction,
      annualTarget: record.annualTarget,
      paceTarget: finiteNumber(result?.paceTarget),
      actual: status === "not_reported" ? null : actualAt(record, month),
      completion: finiteNumber(result?.completion),
      paceGap: finiteNumber(result?.paceGap),
      arrears: finiteNumber(result?.arrears),
      newArrears: finiteNumber(result?.newArrears),
      remainingMonthly: finiteNumber(
        remainingTask(result?.remainingMonthly ?? null, record.unit, isPercent)
      ),
      monthly: finiteNumber(change?.current),
      monthOverMonth: finiteNumber(change?.delta),
      monthOverMonthRatio: finiteNumber(change?.ratio),
      lastYear: finiteNumber(lastYear),
      growthShortfall: finiteNumber(shortfall),
      growthShortfallUnit: shortfallUnit,
      status,
      previousStatus: assessed.previous === null ? null : assessed.previous[position].status,
      leadUnit: record.leadUnit,
      units: [...record.units],
      leader: record.leader,
      person: record.person,
      source: record.source,
      row: record.row,
      rows: [...record.rows],
    };
  });
}
