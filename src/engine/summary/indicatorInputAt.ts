import { IndicatorInput } from "../status/indicatorInput";
import { IndicatorRecord } from "../table/tableModel";
import { actualAt } from "./actualAt";

/** A record in a month as `assessIndicator` and `paceStatus` take it. */
export function indicatorInputAt(record: IndicatorRecord, month: number): IndicatorInput {
  return {
    direction: record.direction,
    measure: record.measure,
    // As read (label and cell ride along): the assessment copies what it keeps.
    checkpoints: record.checkpoints,
    annualTarget: record.annualTarget,
    actual: actualAt(record, month),
    previousActual: month > 1 ? actualAt(record, month - 1) : null,
    month,
  };
}
