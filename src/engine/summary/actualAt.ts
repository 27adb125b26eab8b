import { IndicatorRecord } from "../table/tableModel";

/** 累计完成 of a record in a month: null when the month has none or its figure is not finite. */
export function actualAt(record: IndicatorRecord, month: number): number | null {
  const found = record.actuals.find((actual) => actual.month === month);
  return found === undefined || found.value === null || !Number.isFinite(found.value)
    ? null
    : found.value;
}
