import { Dec, dec } from "../kernel/decimal";
import { growthShortfall } from "../pace/growthShortfall";
import { MonthlyChange, monthlyChange } from "../pace/monthlyChange";
import { isPercentUnit } from "../table/isPercentUnit";
import { IndicatorRecord } from "../table/tableModel";
import { actualAt } from "./actualAt";
import { AssessedIndicators } from "./assessIndicators";

/** One record's month-over-month change and growth shortfall, exact. */
export interface IndicatorChange {
  /** 环比 of an absolute, higher-is-better indicator; null for the rest or without the figures. */
  readonly change: MonthlyChange | null;
  /** 上年同期 B of the month (the record's own, or its absolute sibling's); null when not given. */
  readonly lastYear: Dec | null;
  /** 绝对量欠账 of a growth rate: B × (target rate − actual rate) / 100; null without B. */
  readonly shortfall: Dec | null;
  /** The unit of B and of the shortfall (亿元); "" when not known. */
  readonly shortfallUnit: string;
}

/** The 上年同期 figure of a record in a month, or null. */
function lastYearAt(record: IndicatorRecord, month: number): Dec | null {
  const found = (record.lastYear ?? []).find((figure) => figure.month === month);
  return found === undefined || found.value === null || !Number.isFinite(found.value)
    ? null
    : dec(found.value);
}

/**
 * 环比与绝对量欠账: per record in the table's order — for an absolute, higher-is-better indicator the
 * monthly figures of this month and last derived from the cumulative actuals and their change
 * (`monthlyChange`, seed 004 "较6月减少11183万元，降幅达69%"); for a growth rate with the same
 * period of last year B given (上年同期, on its own row or on the absolute row of the same indicator)
 * the absolute shortfall B × (target rate in force − actual rate) / 100 (seed 004 "绝对量欠账约11亿元";
 * negative = ahead).
 */
export function indicatorChanges(
  records: readonly IndicatorRecord[],
  assessed: AssessedIndicators,
  month: number
): IndicatorChange[] {
  // The first absolute record of each name that gives 上年同期 this month, found once: a search per
  // growth row would make the summary quadratic in the table's size.
  const absoluteWithLastYear = new Map<string, IndicatorRecord>();
  for (const record of records) {
    if (
      record.measure === "absolute" &&
      !absoluteWithLastYear.has(record.name) &&
      lastYearAt(record, month) !== null
    ) {
      absoluteWithLastYear.set(record.name, record);
    }
  }
  return records.map((record, position): IndicatorChange => {
    if (record.measure === "absolute") {
      // A(0) = 0: January's own figure is its cumulative one, with nothing before to compare.
      const at = (before: number): number | null =>
        month - before === 0 ? 0 : month - before < 0 ? null : actualAt(record, month - before);
      const change =
        record.direction === "higher" ? monthlyChange(actualAt(record, month), at(1), at(2)) : null;
      return { change, lastYear: lastYearAt(record, month), shortfall: null, shortfallUnit: "" };
    }
    const sibling = absoluteWithLastYear.get(record.name);
    const own = lastYearAt(record, month);
    const base = sibling === undefined ? own : lastYearAt(sibling, month);
    const unit =
      sibling !== undefined ? sibling.unit : isPercentUnit(record.unit) ? "" : record.unit;
    const target = assessed.current[position].result?.paceTarget ?? null;
    const actual = actualAt(record, month);
    const shortfall =
      base === null || target === null || actual === null
        ? null
        : growthShortfall(base, target, actual);
    return { change: null, lastYear: base, shortfall, shortfallUnit: unit };
  });
}
