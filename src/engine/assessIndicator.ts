import { arrears } from "./arrears";
import { ceilingMargin } from "./ceilingMargin";
import { checkMonth } from "./checkMonth";
import { completion } from "./completion";
import { Dec, dec } from "./decimal";
import { AssessError, assert } from "./errors";
import { newArrears } from "./newArrears";
import { paceGap } from "./paceGap";
import { paceTarget as paceTargetOf } from "./paceTarget";
import { remainingMonthly } from "./remainingMonthly";
import { sortCheckpoints } from "./sortCheckpoints";
import { statusOf } from "./statusOf";
import { CheckpointTarget, Direction, Measure, PaceSettings, Status } from "./types";

/** One indicator in one month, as the monthly summary and the STATUS function see it. */
export interface IndicatorInput {
  /** 方向: higher-is-better, or lower-is-better (a ceiling). */
  readonly direction: Direction;
  /** 口径: absolute value or growth rate in %. */
  readonly measure: Measure;
  /** The table's checkpoint targets (rates for growth, ceilings for lower-is-better), any order. */
  readonly checkpoints: readonly CheckpointTarget[];
  /** 年度目标; null = the checkpoint at month = periods, else the latest checkpoint. */
  readonly annualTarget: number | null;
  /** 累计完成 at `month` (the rate for growth, the measured value for a ceiling); null = 未报送. */
  readonly actual: number | null;
  /** 累计完成 at `month − 1`; null when unknown (ignored in month 1, where it is 0). */
  readonly previousActual: number | null;
  /** Cumulative month 1…periods. */
  readonly month: number;
}

/** Everything the progress bulletin (进度通报) shows for one indicator. Null = not applicable. */
export interface IndicatorResult {
  /** 目标: the annual target; for growth the rate in force, for a ceiling the ceiling in force. */
  readonly targetInForce: Dec | null;
  /** 进度目标 P(m); for growth the rate in force, for a ceiling the ceiling in force. */
  readonly paceTarget: Dec | null;
  /** P(m − 1) (0 in month 1); absolute higher-is-better only. */
  readonly previousPaceTarget: Dec | null;
  /** 完成率: A / T, or ceiling / A for a ceiling. */
  readonly completion: Dec | null;
  /** 进度差 as a fraction: (A − P) / T; (A − rate) / 100 for growth; margin / ceiling for a ceiling. */
  readonly paceGap: Dec | null;
  /** 欠账: P − A; for a ceiling A − ceiling (positive = over the limit). */
  readonly arrears: Dec | null;
  /** 新欠账 this month: (P(m) − P(m−1)) − (A(m) − A(m−1)). */
  readonly newArrears: Dec | null;
  /** 后N个月月均任务: (T − A) / (periods − m); null in the last month. */
  readonly remainingMonthly: Dec | null;
  /** 状态. */
  readonly status: Status;
}

/** Asserts that a figure, when given, is a finite number. */
function checkFigure(value: number | null, name: string): void {
  if (value !== null && !Number.isFinite(value)) {
    throw new AssessError("value", "notANumber", { name, text: String(value) });
  }
}

/** The checkpoint in force at `month`: the first at or after it, else the last. */
function inForce(sorted: readonly CheckpointTarget[], month: number): CheckpointTarget {
  const found = sorted.find((checkpoint) => checkpoint.month >= month) ?? sorted[sorted.length - 1];
  if (found === undefined) {
    throw new AssessError("value", "noTargets");
  }
  return found;
}

/** A result with every figure blank. */
const BLANK: Omit<IndicatorResult, "status"> = {
  targetInForce: null,
  paceTarget: null,
  previousPaceTarget: null,
  completion: null,
  paceGap: null,
  arrears: null,
  newArrears: null,
  remainingMonthly: null,
};

/**
 * 指标评估 (assess one indicator for one month): target in force, pace target, completion, pace gap,
 * arrears, new arrears, remaining monthly task and status, by the rules of DOMAIN.md.
 *
 * - Absolute, higher-is-better: P by `settings.method` (see {@link paceTargetOf}); completion A / T;
 *   pace gap (A − P) / T; arrears P − A; new arrears when the previous actual is known (month 1:
 *   previous pace target and actual 0); remaining monthly (T − A) / (periods − m), null in the last
 *   month. A given `annualTarget` is the year-end checkpoint and overrides the table's one.
 *   A zero target (削减比 0) computes no ratio: completion and pace gap null, status 正常 when A ≥ 0,
 *   else 严重滞后.
 * - Growth (增幅): the rate in force is that of the first checkpoint at or after the month (else the
 *   last); pace gap (A − rate) / 100, so the 0.05 band means 5 percentage points (for a
 *   lower-is-better rate (rate − A) / 100); no completion, arrears or remaining task.
 * - Lower-is-better (ceiling): the ceiling in force as above; pace gap = margin / ceiling; arrears
 *   A − ceiling (positive = over the limit); completion ceiling / A (null when A = 0). A zero
 *   ceiling computes no ratio: status 正常 when A ≤ 0, else 严重滞后.
 * - No actual: status 未报送, only the target in force and pace target filled.
 *
 * @throws AssessError from {@link checkMonth}, `value` / `noTargets` without any target,
 * `value` / `notANumber` for a non-finite figure, `value` / `invalidOption` for a bad method or band.
 */
export function assessIndicator(input: IndicatorInput, settings: PaceSettings): IndicatorResult {
  const { direction, measure, annualTarget, actual, month } = input;
  const { periods, method, band } = settings;
  checkMonth(month, periods);
  checkFigure(annualTarget, "annualTarget");
  checkFigure(actual, "actual");
  checkFigure(input.previousActual, "previousActual");
  assert(direction === "higher" || direction === "lower", "value", "invalidOption", {
    name: "direction",
    text: String(direction),
    allowed: "higher, lower",
  });
  assert(measure === "absolute" || measure === "growth", "value", "invalidOption", {
    name: "measure",
    text: String(measure),
    allowed: "absolute, growth",
  });
  assert(
    method === undefined || method === "linear" || method === "checkpoint",
    "value",
    "invalidOption",
    {
      name: "method",
      text: String(method),
      allowed: "linear, checkpoint",
    }
  );
  statusOf(null, band); // validates the band before any branch returns

  const checkpoints: readonly CheckpointTarget[] =
    annualTarget === null
      ? input.checkpoints
      : [...input.checkpoints, { month: periods, target: annualTarget }];
  const sorted = sortCheckpoints(checkpoints, periods);
  const last = sorted[sorted.length - 1];
  if (last === undefined) {
    throw new AssessError("value", "noTargets");
  }

  if (measure === "growth") {
    const rate = dec(inForce(sorted, month).target);
    if (actual === null) {
      return { ...BLANK, targetInForce: rate, paceTarget: rate, status: "not_reported" };
    }
    const lead = direction === "higher" ? dec(actual).minus(rate) : rate.minus(dec(actual));
    const gap = lead.div(100);
    return {
      ...BLANK,
      targetInForce: rate,
      paceTarget: rate,
      paceGap: gap,
      status: statusOf(gap, band),
    };
  }

  if (direction === "lower") {
    const ceiling = dec(inForce(sorted, month).target);
    if (actual === null) {
      return { ...BLANK, targetInForce: ceiling, paceTarget: ceiling, status: "not_reported" };
    }
    const measured = dec(actual);
    const common = {
      ...BLANK,
      targetInForce: ceiling,
      paceTarget: ceiling,
      arrears: arrears(measured, ceiling),
      completion: measured.isZero() ? null : completion(measured, ceiling, "lower"),
    };
    if (ceiling.isZero()) {
      return { ...common, status: measured.lte(0) ? "on_pace" : "serious" };
    }
    const gap = ceilingMargin(ceiling, measured).ratio;
    return { ...common, paceGap: gap, status: statusOf(gap, band) };
  }

  const target = dec(last.target);
  const plan = paceTargetOf(sorted, month, { method, periods });
  if (actual === null) {
    return { ...BLANK, targetInForce: target, paceTarget: plan, status: "not_reported" };
  }
  const done = dec(actual);
  const previousPlan = month === 1 ? dec(0) : paceTargetOf(sorted, month - 1, { method, periods });
  const previousDone =
    month === 1 ? dec(0) : input.previousActual === null ? null : dec(input.previousActual);
  const common = {
    ...BLANK,
    targetInForce: target,
    paceTarget: plan,
    previousPaceTarget: previousPlan,
    arrears: arrears(plan, done),
    newArrears: previousDone === null ? null : newArrears(plan, previousPlan, done, previousDone),
    remainingMonthly: month === periods ? null : remainingMonthly(target, done, month, periods),
  };
  if (target.isZero()) {
    return { ...common, status: done.gte(0) ? "on_pace" : "serious" };
  }
  const gap = paceGap(done, target, plan);
  return {
    ...common,
    completion: completion(done, target),
    paceGap: gap,
    status: statusOf(gap, band),
  };
}
