import { IndicatorRecord } from "../table/tableModel";
import { unitKey } from "../yearEnd/unitKey";

/** One lead unit and the indicators it leads, in the table's order. */
export interface UnitIndicators {
  /** The unit as the table first writes it. */
  readonly unit: string;
  readonly records: readonly IndicatorRecord[];
}

/**
 * 牵头单位指标: the indicators of each lead unit (牵头单位), units in the order they first appear,
 * keyed by `unitKey` (simplified, no spaces). Indicators without a lead unit belong to none.
 */
export function unitIndicators(records: readonly IndicatorRecord[]): Map<string, UnitIndicators> {
  const units = new Map<string, { unit: string; records: IndicatorRecord[] }>();
  for (const record of records) {
    const key = unitKey(record.leadUnit);
    if (key === "") {
      continue;
    }
    const known = units.get(key);
    if (known === undefined) {
      units.set(key, { unit: record.leadUnit.trim(), records: [record] });
    } else {
      known.records.push(record);
    }
  }
  return units;
}
