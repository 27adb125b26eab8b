import type { IndicatorInput } from "./indicatorInput";
import { ceilingMargin } from "../pace/ceilingMargin";
import { checkMonth } from "../kernel/checkMonth";
import { Dec, dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { paceGap } from "../pace/paceGap";
import { paceTarget as paceTargetOf } from "../pace/paceTarget";
import { sortCheckpoints } from "../pace/sortCheckpoints";
import { statusOf } from "./statusOf";
import { CheckpointTarget, PaceSettings, Status } from "../kernel/types";

/** What {@link paceStatus} finds: the status and pace gap, and what they were measured against. */
export interface PaceStatus {
  /** 状态. */
  readonly status: Status;
  /** 进度差 as a fraction (see `assessIndicator`); null when 未报送 or the target is 0. */
  readonly paceGap: Dec | null;
  /** 目标: the annual target; for growth the rate in force, for a ceiling the ceiling in force. */
  readonly targetInForce: Dec;
  /** 进度目标 P(m); for growth the rate in force, for a ceiling the ceiling in force. */
  readonly paceTarget: Dec;
  /** The checkpoints in month order, one per month, the annual target included. */
  readonly checkpoints: readonly CheckpointTarget[];
}

/** Throws when a figure is given but is not a finite number. */
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

/**
 * 进度状态 (pace status of one indicator in one month): the status and the pace gap alone, by the
 * rules `assessIndicator` applies (which builds on this), without completion, arrears, new arrears
 * or the remaining task — what the monthly summary needs of last month. Checks the input as
 * `assessIndicator` does and throws the same errors.
 *
 * @throws AssessError from `checkMonth`, `value` / `noTargets` without any target, `value` /
 * `notANumber` for a non-finite figure, `value` / `invalidOption` for a bad direction, measure,
 * method or band.
 */
export function paceStatus(input: IndicatorInput, settings: PaceSettings): PaceStatus {
  const { direction, measure, annualTarget, actual, month } = input;
  const { periods, method, band } = settings;
  checkMonth(month, periods);
  checkFigure(annualTarget, "annualTarget");
  checkFigure(actual, "actual");
  checkFigure(input.previousActual, "previousActual");
  // Checked before any message parameters are built: this runs twice for every indicator.
  if (direction !== "higher" && direction !== "lower") {
    throw invalidOption("direction", direction, "higher, lower");
  }
  if (measure !== "absolute" && measure !== "growth") {
    throw invalidOption("measure", measure, "absolute, growth");
  }
  if (method !== undefined && method !== "linear" && method !== "checkpoint") {
    throw invalidOption("method", method, "linear, checkpoint");
  }
  statusOf(null, band); // validates the band before any branch returns

  const checkpoints = sortCheckpoints(
    annualTarget === null
      ? input.checkpoints
      : [...input.checkpoints, { month: periods, target: annualTarget }],
    periods
  );
  const last = checkpoints[checkpoints.length - 1];
  if (last === undefined) {
    throw new AssessError("value", "noTargets");
  }

  if (measure === "growth" || direction === "lower") {
    // The rate (增幅) or the ceiling (限值) in force.
    const bound = dec(inForce(checkpoints, month).target);
    if (actual === null) {
      return {
        status: "not_reported",
        paceGap: null,
        targetInForce: bound,
        paceTarget: bound,
        checkpoints,
      };
    }
    let gap: Dec | null;
    let status: Status;
    if (measure === "growth") {
      const lead = direction === "higher" ? dec(actual).minus(bound) : bound.minus(dec(actual));
      gap = lead.div(100);
      status = statusOf(gap, band);
    } else if (bound.isZero()) {
      gap = null;
      status = dec(actual).lte(0) ? "on_pace" : "serious";
    } else {
      gap = ceilingMargin(bound, dec(actual)).ratio;
      status = statusOf(gap, band);
    }
    return { status, paceGap: gap, targetInForce: bound, paceTarget: bound, checkpoints };
  }

  const target = dec(last.target);
  const plan = paceTargetOf(checkpoints, month, { method, periods });
  if (actual === null) {
    return {
      status: "not_reported",
      paceGap: null,
      targetInForce: target,
      paceTarget: plan,
      checkpoints,
    };
  }
  const done = dec(actual);
  if (target.isZero()) {
    const status = done.gte(0) ? "on_pace" : "serious";
    return { status, paceGap: null, targetInForce: target, paceTarget: plan, checkpoints };
  }
  const gap = paceGap(done, target, plan);
  return {
    status: statusOf(gap, band),
    paceGap: gap,
    targetInForce: target,
    paceTarget: plan,
    checkpoints,
  };
}

/** The error of an option that is none of those allowed. */
function invalidOption(name: string, value: unknown, allowed: string): AssessError {
  return new AssessError("value", "invalidOption", { name, text: String(value), allowed });
}
