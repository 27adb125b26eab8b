/* eslint-disable @typescript-eslint/no-explicit-any -- ranges hold mixed cells, and the metadata generator takes only any[][] for them */
/*
 * The pace custom functions (时序进度): CHECKPOINT, PACE, PACETARGET, PACEGAP, ARREARS, REMAINING,
 * COMPLETION and STATUS. Each is thin: read the arguments, call the engine, return a plain number
 * or text. The build generates functions.json from these JSDoc blocks. Each asks Excel for its
 * arguments' addresses and runs through withBlankCells (blankCells.ts), naming the arguments where
 * an empty cell gives another result than 0 (a value, an error, or another error), so that an empty
 * cell passed as 0 still counts as blank; `@returns {number}` keeps the result type Excel sees when
 * the body has to read cells first.
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
  CellArgument,
  flatten,
  isBlank,
  optionalNumber,
  readActual,
  readNumber,
} from "./arguments";
import { withBlankCells } from "./blankCells";
import { displayLocale } from "./excelError";
import {
  checkpointsOf,
  directionOf,
  linearPaceTarget,
  monthOf,
  paceArguments,
  periodsOf,
} from "./domainArguments";
import { getFunctionDefaults } from "./runtimeDefaults";

function computeCheckpoint(text: CellArgument): number {
  return monthOf(text, getFunctionDefaults().periods);
}

/**
 * Cumulative month of a checkpoint (倒排时间): "前三季度" → 9, "1—8月" → 8, "上半年" → 6.
 * @customfunction CHECKPOINT
 * @param text Checkpoint words such as 一季度, 上半年, 前三季度, 全年, 1-7月.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The cumulative month.
 */
export function checkpoint(
  text: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // Blank text must not be blank (#VALUE!); month 0 is out of range (#NUM!).
  return withBlankCells(computeCheckpoint, [text], [0], invocation);
}

function computePace(month: CellArgument, periods?: CellArgument): number {
  const count = periodsOf(periods);
  return timePace(monthOf(month, count), count).toNumber();
}

/**
 * Time pace (时序进度): month ÷ periods, e.g. 7 → 0.5833.
 * @customfunction PACE
 * @param month The month (1–12) or checkpoint words such as 上半年.
 * @param [periods] Months in the year, 12 if omitted.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The share of the year gone, a fraction.
 */
export function pace(
  month: number | string | boolean,
  periods?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank month must not be blank, month 0 is out of range; a blank periods is the pane's setting.
  return withBlankCells(computePace, [month, periods], [0, 1], invocation);
}

function computePaceTarget(
  months: readonly (readonly CellArgument[])[],
  targets: readonly (readonly CellArgument[])[],
  month: CellArgument
): number {
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
}

/**
 * Pace target (序时目标) for a month, interpolated between the checkpoint targets.
 * @customfunction PACETARGET
 * @param months Checkpoint months or words (上半年, 前三季度, 全年); blank for a single annual target.
 * @param targets The target at each checkpoint.
 * @param month The month to plan for.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The cumulative target due by that month.
 */
export function paceTarget(
  months: any[][],
  targets: any[][],
  month: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank checkpoint month is the year end and a blank target is skipped; 0 is neither.
  return withBlankCells(computePaceTarget, [months, targets, month], [0, 1, 2], invocation);
}

function computePaceGap(
  actual: CellArgument,
  annualTarget: CellArgument,
  month: CellArgument,
  periods?: CellArgument,
  direction?: CellArgument
): number {
  const args = paceArguments(actual, annualTarget, month, periods);
  if (directionOf(direction) === "lower") {
    return ceilingMargin(args.target, args.actual).ratio.toNumber();
  }
  const planned = linearPaceTarget(args.target, args.month, args.periods);
  return paceGapOf(args.actual, args.target, planned).toNumber();
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
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The pace gap as a fraction.
 */
export function paceGap(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean,
  direction?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank actual is 未报送, a blank periods or direction the default; a 0 target divides by 0.
  return withBlankCells(
    computePaceGap,
    [actual, annualTarget, month, periods, direction],
    [0, 1, 2, 3, 4],
    invocation
  );
}

function computeArrears(
  actual: CellArgument,
  annualTarget: CellArgument,
  month: CellArgument,
  periods?: CellArgument
): number {
  const args = paceArguments(actual, annualTarget, month, periods);
  return arrearsOf(linearPaceTarget(args.target, args.month, args.periods), args.actual).toNumber();
}

/**
 * Arrears (欠账): linear pace target minus the cumulative actual; negative means ahead.
 * @customfunction ARREARS
 * @param actual Cumulative actual (累计完成).
 * @param annualTarget Annual target.
 * @param month The month reported (1–12) or checkpoint words.
 * @param [periods] Months in the year, 12 if omitted.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The amount owed against the pace.
 */
export function arrears(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank actual is 未报送, a blank target an error; a 0 target gives a number.
  return withBlankCells(
    computeArrears,
    [actual, annualTarget, month, periods],
    [0, 1, 2, 3],
    invocation
  );
}

function computeRemaining(
  actual: CellArgument,
  annualTarget: CellArgument,
  month: CellArgument,
  periods?: CellArgument
): number {
  const args = paceArguments(actual, annualTarget, month, periods);
  return remainingMonthly(args.target, args.actual, args.month, args.periods).toNumber();
}

/**
 * Remaining monthly task (后N个月月均任务): (target − actual) ÷ months left.
 * @customfunction REMAINING
 * @param actual Cumulative actual (累计完成).
 * @param annualTarget Annual target.
 * @param month The month reported (1–11) or checkpoint words.
 * @param [periods] Months in the year, 12 if omitted.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The average still due per remaining month.
 */
export function remaining(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  return withBlankCells(
    computeRemaining,
    [actual, annualTarget, month, periods],
    [0, 1, 2, 3],
    invocation
  );
}

function computeCompletion(
  actual: CellArgument,
  target: CellArgument,
  direction?: CellArgument
): number {
  return completionOf(
    readActual(actual, "actual"),
    readNumber(target, "target"),
    directionOf(direction)
  ).toNumber();
}

/**
 * Completion rate (完成率): actual ÷ target, or target ÷ actual for a lower-is-better indicator.
 * @customfunction COMPLETION
 * @param actual Actual (完成值).
 * @param target Target (目标值).
 * @param [direction] "higher" (正向, default) or "lower" (逆向).
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The completion rate as a fraction.
 */
export function completion(
  actual: number | string | boolean,
  target: number | string | boolean,
  direction?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank target is an error, a 0 target of a lower-is-better indicator gives 0.
  return withBlankCells(computeCompletion, [actual, target, direction], [0, 1, 2], invocation);
}

function computeStatus(
  actual: CellArgument,
  annualTarget: CellArgument,
  month: CellArgument,
  periods?: CellArgument,
  direction?: CellArgument,
  band?: CellArgument
): string {
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
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {string} The status word.
 */
export function status(
  actual: number | string | boolean,
  annualTarget: number | string | boolean,
  month: number | string | boolean,
  periods?: number | string | boolean,
  direction?: number | string | boolean,
  band?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank actual is 未报送 and a blank band the pane's setting; a band of 0 is no band.
  return withBlankCells(
    computeStatus,
    [actual, annualTarget, month, periods, direction, band],
    [0, 1, 2, 3, 4, 5],
    invocation
  );
}
