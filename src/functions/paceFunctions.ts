/* eslint-disable @typescript-eslint/no-explicit-any -- ranges hold mixed cells, and the metadata generator takes only any[][] for them */
/*
 * The pace custom functions (时序进度): CHECKPOINT, PACE, PACETARGET, PACEGAP, ARREARS, REMAINING,
 * COMPLETION and STATUS. Each is thin: read the arguments, call the engine, return a plain number
 * or text. The build generates functions.json from these JSDoc blocks.
 */
import {
  arrears as arrearsOf,
  assessIndicator,
  ceilingMargin,
  completion as completionOf,
  paceGap as paceGapOf,
  paceTarget as paceTargetOf,
  remainingMonthly,
  statusLabel,
  timePace,
} from "../engine";
import {
  assertSameLength,
  flatten,
  isBlank,
  optionalNumber,
  readActual,
  readNumber,
} from "./arguments";
import { displayLocale, evaluate } from "./excelError";
import {
  checkpointsOf,
  directionOf,
  linearPaceTarget,
  monthOf,
  paceArguments,
  periodsOf,
} from "./domainArguments";
import { getFunctionDefaults } from "./runtimeDefaults";

/**
 * Cumulative month of a checkpoint (倒排时间): "前三季度" → 9, "1—8月" → 8, "上半年" → 6.
 * @customfunction CHECKPOINT
 * @param text Checkpoint words such as 一季度, 上半年, 前三季度, 全年, 1-7月.
 * @returns The cumulative month.
 */
export function checkpoint(text: number | string | boolean): number {
  return evaluate(() => monthOf(text, getFunctionDefaults().periods));
}

/**
 * Time pace (时序进度): month ÷ periods, e.g. 7 → 0.5833.
 * @customfunction PACE
 * @param month The month (1–12) or checkpoint words such as 上半年.
 * @param [periods] Months in the year, 12 if omitted.
 * @returns The share of the year gone, a fraction.
 */
export function pace(
  month: number | string | boolean,
  periods?: number | string | boolean
): number {
  return evaluate(() => {
    const count = periodsOf(periods);
    return timePace(monthOf(month, count), count).toNumber();
  });
}

/**
 * Pace target (序时目标) for a month, interpolated between the checkpoint targets.
 * @customfunction PACETARGET
 * @param months Checkpoint months or words (上半年, 前三季度, 全年); blank for a single annual target.
 * @param targets The target at each checkpoint.
 * @param month The month to plan for.
 * @returns The cumulative target due by that month.
 */
export function paceTarget(
  months: any[][],
  targets: any[][],
  month: number | string | boolean
): number {
  return evaluate(() => {
    const periods = getFunctionDefaults().periods;
    const monthCells = flatten(months);
    const targetCells = flatten(targets);
    assertSameLength(monthCells, "months", targetCells, "targets");
    const checkpoints = checkpointsOf(monthCells, targetCells, periods);
    const allMonthsBlank = monthCells.every((cell) => isBlank(cell));
    return paceTargetOf(checkpoints, monthOf(month, periods), {
      periods,
      method: allMonthsBlank ? "linear" : undefined,
    }).toNumber();
  });
}

/**
 * Pace gap (进度差): completion minus time pace, a fraction; negative means behind pace.
 * For a ceiling (direction "lower") the margin (ceiling − actual) ÷ ceiling.
 * @customfunction PACEGAP
 * @param actual Cumulative actual (累计完成).
 * @param annualTarget Annual target, or the ceiling for a lower-is-better indicator.
 * @param month The month reported (1–12) or checkpoint words.
 * @param [periods] Months in the year, 12 if omitted.
 * @param [direction] "higher" (正向, default) or "lower" (逆向).
 * @returns The pace gap as a fraction.
 */
export function paceGap(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean,
  direction?: number | string | boolean
): number {
  return evaluate(() => {
    const args = paceArguments(actual, annualTarget, month, periods);
    if (directionOf(direction) === "lower") {
      return ceilingMargin(args.target, args.actual).ratio.toNumber();
    }
    const planned = linearPaceTarget(args.target, args.month, args.periods);
    return paceGapOf(args.actual, args.target, planned).toNumber();
  });
}

/**
 * Arrears (欠账): linear pace target minus the cumulative actual; negative means ahead.
 * @customfunction ARREARS
 * @param actual Cumulative actual (累计完成).
 * @param annualTarget Annual target.
 * @param month The month reported (1–12) or checkpoint words.
 * @param [periods] Months in the year, 12 if omitted.
 * @returns The amount owed against the pace.
 */
export function arrears(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean
): number {
  return evaluate(() => {
    const args = paceArguments(actual, annualTarget, month, periods);
    return arrearsOf(
      linearPaceTarget(args.target, args.month, args.periods),
      args.actual
    ).toNumber();
  });
}

/**
 * Remaining monthly task (后N个月月均任务): (target − actual) ÷ months left.
 * @customfunction REMAINING
 * @param actual Cumulative actual (累计完成).
 * @param annualTarget Annual target.
 * @param month The month reported (1–11) or checkpoint words.
 * @param [periods] Months in the year, 12 if omitted.
 * @returns The average still due per remaining month.
 */
export function remaining(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean
): number {
  return evaluate(() => {
    const args = paceArguments(actual, annualTarget, month, periods);
    return remainingMonthly(args.target, args.actual, args.month, args.periods).toNumber();
  });
}

/**
 * Completion rate (完成率): actual ÷ target, or target ÷ actual for a lower-is-better indicator.
 * @customfunction COMPLETION
 * @param actual Actual (完成值).
 * @param target Target (目标值).
 * @param [direction] "higher" (正向, default) or "lower" (逆向).
 * @returns The completion rate as a fraction.
 */
export function completion(
  actual: number | string | boolean,
  target: number | string | boolean,
  direction?: number | string | boolean
): number {
  return evaluate(() =>
    completionOf(
      readActual(actual, "actual"),
      readNumber(target, "target"),
      directionOf(direction)
    ).toNumber()
  );
}

/**
 * Status against the time pace: 正常, 滞后, 严重滞后 or 未报送.
 * @customfunction STATUS
 * @param actual Cumulative actual (累计完成); blank means not reported.
 * @param annualTarget Annual target, or the ceiling for a lower-is-better indicator.
 * @param month The month reported (1–12) or checkpoint words.
 * @param [periods] Months in the year, 12 if omitted.
 * @param [direction] "higher" (正向, default) or "lower" (逆向).
 * @param [band] Warning band as a fraction, 0.05 if omitted: behind by this or more is 严重滞后.
 * @returns The status word.
 */
export function status(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean,
  direction?: number | string | boolean,
  band?: number | string | boolean
): string {
  return evaluate(() => {
    const count = periodsOf(periods);
    const m = monthOf(month, count);
    const t = readNumber(annualTarget, "annualTarget");
    const result = assessIndicator(
      {
        direction: directionOf(direction),
        measure: "absolute",
        checkpoints: [{ month: count, target: t }],
        annualTarget: t,
        actual: isBlank(actual) ? null : readNumber(actual, "actual"),
        previousActual: null,
        month: m,
      },
      {
        periods: count,
        method: "linear",
        band: optionalNumber(band, "band", getFunctionDefaults().band),
      }
    );
    return statusLabel(result.status, displayLocale());
  });
}
