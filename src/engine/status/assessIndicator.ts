import { arrears } from "../arrears/arrears";
import { completion } from "../pace/completion";
import { Dec, dec } from "../kernel/decimal";
import { newArrears } from "../arrears/newArrears";
import { paceStatus } from "./paceStatus";
import { paceTarget as paceTargetOf } from "../pace/paceTarget";
import { remainingMonthly } from "../arrears/remainingMonthly";
import { PaceSettings, Status } from "../kernel/types";
import type { IndicatorInput } from "./indicatorInput";

export type { IndicatorInput } from "./indicatorInput";

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
  const pace = paceStatus(input, settings);
  const { targetInForce, paceTarget: plan, paceGap: gap, status } = pace;
  const { actual, month } = input;
  const { periods, method } = settings;
  if (input.measure === "growth" || actual === null) {
    return {
      targetInForce,
      paceTarget: plan,
      previousPaceTarget: null,
      completion: null,
      paceGap: gap,
      arrears: null,
      newArrears: null,
      remainingMonthly: null,
      status,
    };
  }

  if (input.direction === "lower") {
    const measured = dec(actual);
    return {
      targetInForce,
      paceTarget: plan,
      previousPaceTarget: null,
      completion: measured.isZero() ? null : completion(measured, targetInForce, "lower"),
      paceGap: gap,
      arrears: arrears(measured, targetInForce),
      newArrears: null,
      remainingMonthly: null,
      status,
    };
  }

  const done = dec(actual);
  const previousPlan =
    month === 1 ? dec(0) : paceTargetOf(pace.checkpoints, month - 1, { method, periods });
  const previousDone =
    month === 1 ? dec(0) : input.previousActual === null ? null : dec(input.previousActual);
  return {
    targetInForce,
    paceTarget: plan,
    previousPaceTarget: previousPlan,
    completion: targetInForce.isZero() ? null : completion(done, targetInForce),
    paceGap: gap,
    arrears: arrears(plan, done),
    newArrears: previousDone === null ? null : newArrears(plan, previousPlan, done, previousDone),
    remainingMonthly:
      month === periods ? null : remainingMonthly(targetInForce, done, month, periods),
    status,
  };
}
