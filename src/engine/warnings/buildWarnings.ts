import { Dec, dec } from "../kernel/decimal";
import { Measure } from "../kernel/types";
import { IndicatorResult } from "../status/assessIndicator";
import { IndicatorSummary, WarningNotice } from "../summary/summaryTypes";
import { warningReason } from "./warningReason";
import { remainingTask } from "../arrears/remainingTask";
import { boundedMemo } from "../table/boundedMemo";
import { isPercentUnit } from "../table/isPercentUnit";

/** One indicator of the month as the warnings see it: its bulletin line and exact figures. */
export interface WarningCandidate {
  readonly indicator: IndicatorSummary;
  /** 口径 of the figures: absolute value or growth rate. */
  readonly measure: Measure;
  /** This month's assessment; null when it could not be made. */
  readonly result: IndicatorResult | null;
  /** 绝对量欠账 of a growth rate (上年同期 given), in the line's `growthShortfallUnit`; null or absent when none. */
  readonly shortfall?: Dec | null;
}

/** The month's warning register, with the exact pace gaps the sheet shows. */
export interface BuiltWarnings {
  readonly warnings: readonly WarningNotice[];
  /** Per warning, the exact pace gap (fraction). */
  readonly gaps: readonly (Dec | null)[];
}

/** Whether a status is behind pace (滞后 or 严重滞后). */
const behind = (status: IndicatorSummary["status"] | null): boolean =>
  status === "lagging" || status === "serious";

/**
 * 预警提示单和督办单 (seed 001): a notice for every lagging indicator in arrears (欠账指标: arrears
 * above 0, or no arrears figure, as for growth rates), in the bulletin's order; a supervision order
 * (督办单) instead when it is seriously lagging or was lagging the month before too (连续两个月滞后).
 * Each names the indicator, its units and people, target, pace target, actual, gap, arrears,
 * remaining monthly task and the month, with the sentence of {@link warningReason} (a growth rate's
 * absolute shortfall included when 上年同期 is given).
 */
export function buildWarnings(
  candidates: readonly WarningCandidate[],
  month: number,
  periods: number
): BuiltWarnings {
  const warnings: WarningNotice[] = [];
  const gaps: (Dec | null)[] = [];
  // A table names a handful of units on all its rows: each tested once.
  const isPercent = boundedMemo(isPercentUnit);
  for (const { indicator, measure, result, shortfall } of candidates) {
    if (result === null || !behind(indicator.status)) {
      continue;
    }
    if (result.arrears !== null && !result.arrears.gt(0)) {
      continue;
    }
    const twoMonthsRunning = behind(indicator.previousStatus);
    warnings.push({
      kind: indicator.status === "serious" || twoMonthsRunning ? "supervision" : "notice",
      indicator: indicator.name,
      measure: indicator.measure,
      measureUnit: indicator.measureUnit,
      leadUnit: indicator.leadUnit,
      cooperatingUnits: indicator.units.filter((unit) => unit !== indicator.leadUnit),
      leader: indicator.leader,
      person: indicator.person,
      target: indicator.annualTarget,
      paceTarget: indicator.paceTarget,
      actual: indicator.actual,
      paceGap: indicator.paceGap,
      arrears: indicator.arrears,
      remainingMonthly: indicator.remainingMonthly,
      month,
      reason: warningReason({
        name: indicator.name,
        month,
        periods,
        direction: indicator.direction,
        measure,
        unit: indicator.measureUnit,
        annualTarget: indicator.annualTarget === null ? null : dec(indicator.annualTarget),
        paceTarget: result.paceTarget,
        actual: indicator.actual === null ? null : dec(indicator.actual),
        paceGap: result.paceGap,
        arrears: result.arrears,
        remainingMonthly: remainingTask(result.remainingMonthly, indicator.measureUnit, isPercent),
        twoMonthsRunning,
        shortfall: shortfall ?? null,
        shortfallUnit: indicator.growthShortfallUnit,
      }),
    });
    gaps.push(result.paceGap);
  }
  return { warnings, gaps };
}
