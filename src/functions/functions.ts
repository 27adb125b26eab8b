/* eslint-disable @typescript-eslint/no-explicit-any -- ranges hold mixed cells, and the metadata generator takes only any[][] for them */
/*
 * The ASSESS custom functions. Each is thin: read the arguments, call the engine, return a plain
 * number or text. The build generates functions.json from these JSDoc blocks and appends the
 * CustomFunctions.associate calls; the zh-CN names and descriptions come from ./zh-CN.json.
 */
import {
  adjustmentTotals,
  arrears as arrearsOf,
  assessIndicator,
  ceilingMargin,
  checkMonth,
  completion as completionOf,
  completionScore as completionScoreOf,
  CompositePart,
  compositeScore as compositeScoreOf,
  Dec,
  efficacyScore as efficacyScoreOf,
  assert,
  grade as gradeOf,
  gradeLabel,
  paceGap as paceGapOf,
  paceTarget as paceTargetOf,
  parseCheckpoint,
  parseDirection,
  rank as rankOf,
  rankScore as rankScoreOf,
  remainingMonthly,
  statusLabel,
  timePace,
  CheckpointTarget,
  Direction,
  Sharing,
  TiesMethod,
} from "../engine";
import {
  CellArgument,
  flatten,
  isBlank,
  numbersOrBlanks,
  optionalNumber,
  optionalNumberOrNull,
  readActual,
  readFlag,
  readNumber,
  readOption,
} from "./arguments";
import { displayLocale, evaluate } from "./excelError";
import { getFunctionDefaults } from "./runtimeDefaults";

const tiesWords: Readonly<Record<string, TiesMethod>> = {
  competition: "competition",
  standard: "competition",
  "0": "competition",
  美式: "competition",
  dense: "dense",
  "1": "dense",
  中国式: "dense",
  密集: "dense",
};

const sharingWords: Readonly<Record<string, Sharing>> = {
  even: "even",
  平均: "even",
  "0": "even",
  proportional: "proportional",
  按比例: "proportional",
  比例: "proportional",
  "1": "proportional",
};

function periodsOf(value: CellArgument): number {
  const periods = optionalNumber(value, "期数", getFunctionDefaults().periods);
  checkMonth(1, periods);
  return periods;
}

/** A month given as a number (7) or as checkpoint words (“前三季度”, “1—8月”). */
function monthOf(value: CellArgument, periods: number): number {
  const month =
    typeof value === "string" && !/^\s*[\d０-９.]+\s*$/.test(value)
      ? parseCheckpoint(value, periods)
      : readNumber(value, "月份");
  checkMonth(month, periods);
  return month;
}

function directionOf(value: CellArgument): Direction {
  return parseDirection(isBlank(value) ? null : String(value));
}

/** The arguments PACEGAP, ARREARS and REMAINING share, read in the order Excel shows errors. */
function paceArguments(
  actual: CellArgument,
  annualTarget: CellArgument,
  month: CellArgument,
  periods: CellArgument
): { periods: number; month: number; actual: number; target: number } {
  const count = periodsOf(periods);
  const m = monthOf(month, count);
  return {
    periods: count,
    month: m,
    actual: readActual(actual, "actual"),
    target: readNumber(annualTarget, "annualTarget"),
  };
}

function linearPaceTarget(annualTarget: number, month: number, periods: number): Dec {
  return paceTargetOf([{ month: periods, target: annualTarget }], month, {
    method: "linear",
    periods,
  });
}

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
    assert(monthCells.length === targetCells.length, "value", "lengthMismatch", {
      first: "months",
      second: "targets",
      firstCount: monthCells.length,
      secondCount: targetCells.length,
    });
    const checkpoints: CheckpointTarget[] = [];
    monthCells.forEach((cell, index) => {
      const target = targetCells[index];
      if (isBlank(target)) {
        return;
      }
      checkpoints.push({
        month: isBlank(cell) ? periods : monthOf(cell, periods),
        target: readNumber(target, "targets"),
      });
    });
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

/**
 * Completion-ratio score (完成比例法): full score × completion, capped; below the floor it is 0.
 * @customfunction COMPLETIONSCORE
 * @param actual Actual (完成值).
 * @param target Target (目标值).
 * @param fullScore Full score (满分).
 * @param [direction] "higher" (正向, default) or "lower" (逆向).
 * @param [floor] Completion below which the score is 0; 0.7 if omitted.
 * @param [cap] Highest completion counted; 1 if omitted.
 * @returns The score.
 */
export function completionScore(
  actual: number | string | boolean,
  target: number | string | boolean,
  fullScore: number | string | boolean,
  direction?: number | string | boolean,
  floor?: number | string | boolean,
  cap?: number | string | boolean
): number {
  return evaluate(() =>
    completionScoreOf(
      readActual(actual, "actual"),
      readNumber(target, "target"),
      readNumber(fullScore, "fullScore"),
      {
        direction: directionOf(direction),
        floor: optionalNumber(floor, "floor", 0.7),
        cap: optionalNumber(cap, "cap", 1),
      }
    ).toNumber()
  );
}

/**
 * Composite score (综合得分): Σ score × weight; the weight of a blank score is shared out among the others.
 * @customfunction COMPOSITESCORE
 * @param scores The part scores; blank where a unit has no such part.
 * @param weights The weights, as fractions (0.6) or percentages (60).
 * @param [sharing] "even" (平均, default, seed 003) or "proportional" (按比例).
 * @returns The weighted score.
 */
export function compositeScore(
  scores: any[][],
  weights: any[][],
  sharing?: number | string | boolean
): number {
  return evaluate(() => {
    const scoreValues = numbersOrBlanks(scores, "scores");
    const weightValues = numbersOrBlanks(weights, "weights");
    assert(scoreValues.length === weightValues.length, "value", "lengthMismatch", {
      first: "scores",
      second: "weights",
      firstCount: scoreValues.length,
      secondCount: weightValues.length,
    });
    const parts: CompositePart[] = scoreValues.map((score, index) => ({
      score,
      weight: weightValues[index] ?? 0,
    }));
    return compositeScoreOf(parts, readOption(sharing, "sharing", sharingWords, "even")).toNumber();
  });
}

/**
 * Net bonus and deduction (加减分): Σ count × points, each rule under its cap, bonuses under the total cap.
 * @customfunction ADJUSTMENT
 * @param counts Number of events per rule (次数).
 * @param points Points per event per rule; negative for deductions.
 * @param [caps] Each rule's cumulative cap (累计不超过); blank for none.
 * @param [bonusCap] Cap on all bonuses together (seed 003: 3); none if omitted.
 * @returns Net points: capped bonus plus deductions.
 */
export function adjustment(
  counts: any[][],
  points: any[][],
  caps?: any[][],
  bonusCap?: number | string | boolean
): number {
  return evaluate(() => {
    const countValues = numbersOrBlanks(counts, "counts");
    const pointValues = numbersOrBlanks(points, "points");
    const capValues = caps ? numbersOrBlanks(caps, "caps") : [];
    assert(countValues.length === pointValues.length, "value", "lengthMismatch", {
      first: "counts",
      second: "points",
      firstCount: countValues.length,
      secondCount: pointValues.length,
    });
    const entries = countValues.map((count, index) => ({
      count: count ?? 0,
      points: pointValues[index] ?? 0,
      cap: capValues[index] ?? null,
    }));
    return adjustmentTotals(entries, optionalNumberOrNull(bonusCap, "bonusCap")).net.toNumber();
  });
}

/**
 * Grade (等次): 优秀, 良好, 一般 or 较差, with seed 002's overrides: ≥ 3 city bonus points → 优秀;
 * ≥ 1 city deduction point → no better than 一般; a veto → 较差.
 * @customfunction GRADE
 * @param score The unit's score.
 * @param [cityBonus] Bonus points the unit won the county in the city's assessment.
 * @param [cityDeduction] Points the unit cost the county in the city's assessment.
 * @param [veto] TRUE or 是 when a one-vote veto (一票否决) applies.
 * @returns The grade word.
 */
export function grade(
  score: number | string | boolean,
  cityBonus?: number | string | boolean,
  cityDeduction?: number | string | boolean,
  veto?: number | string | boolean
): string {
  return evaluate(() => {
    const result = gradeOf(isBlank(score) ? null : readNumber(score, "score"), {
      cityBonus: optionalNumber(cityBonus, "cityBonus", 0),
      cityDeduction: optionalNumber(cityDeduction, "cityDeduction", 0),
      veto: readFlag(veto),
    });
    return gradeLabel(result, displayLocale());
  });
}

/**
 * Rank (排名) of a value among values; ties share a rank; blanks and text are ignored.
 * @customfunction RANK
 * @param value The value to rank.
 * @param values The values to rank among.
 * @param [order] 0 (default): the largest is 1st; 1: the smallest is 1st.
 * @param [ties] "competition" (1,1,3, default) or "dense" (1,1,2, 中国式).
 * @returns The rank.
 */
export function rank(
  value: number | string | boolean,
  values: any[][],
  order?: number | string | boolean,
  ties?: number | string | boolean
): number {
  return evaluate(() => {
    const candidates = flatten(values).map((cell) => (typeof cell === "number" ? cell : null));
    return rankOf(readNumber(value, "value"), candidates, {
      order: optionalNumber(order, "order", 0) === 0 ? "descending" : "ascending",
      ties: readOption(ties, "ties", tiesWords, "competition"),
    });
  });
}

/**
 * Rank score (争先进位计分): full × (1 − step × (rank − 1)), not below 0.
 * @customfunction RANKSCORE
 * @param rank The rank (1 = first).
 * @param fullScore Full score (满分).
 * @param [step] Share of the full score lost per place, 0.05 if omitted.
 * @returns The score.
 */
export function rankScore(
  rank: number | string | boolean,
  fullScore: number | string | boolean,
  step?: number | string | boolean
): number {
  return evaluate(() =>
    rankScoreOf(
      readNumber(rank, "rank"),
      readNumber(fullScore, "fullScore"),
      optionalNumber(step, "step", 0.05)
    ).toNumber()
  );
}

/**
 * Efficacy coefficient score (功效系数法): 60 + 40 × (value − unacceptable) ÷ (satisfactory − unacceptable).
 * @customfunction EFFICACYSCORE
 * @param value The value achieved.
 * @param satisfactory The satisfactory value (满意值), worth 100.
 * @param unacceptable The unacceptable value (不允许值), worth 60.
 * @returns The score.
 */
export function efficacyScore(
  value: number | string | boolean,
  satisfactory: number | string | boolean,
  unacceptable: number | string | boolean
): number {
  return evaluate(() =>
    efficacyScoreOf(
      readNumber(value, "value"),
      readNumber(satisfactory, "satisfactory"),
      readNumber(unacceptable, "unacceptable")
    ).toNumber()
  );
}
