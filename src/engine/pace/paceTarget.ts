import { checkMonth } from "../kernel/checkMonth";
import { Dec, dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { sortCheckpoints } from "./sortCheckpoints";
import { CheckpointTarget, PaceMethod } from "../kernel/types";

/** Month 0's target, where interpolation starts (one Decimal for every call). */
const ZERO = new Dec(0);

/** The pace methods a caller may name. */
const METHODS: readonly PaceMethod[] = ["linear", "checkpoint"];

/** Options of {@link paceTarget}. */
export interface PaceTargetOptions {
  /** 均衡 (linear) or 倒排 (checkpoint); undefined = checkpoint when a checkpoint falls before year end. */
  readonly method?: PaceMethod;
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
}

/**
 * The checkpoints in month order, one per month: the list itself when it already is so (as
 * `assessIndicator` passes it, twice per indicator), else checked and sorted by `sortCheckpoints`.
 */
function inOrder(
  checkpoints: readonly CheckpointTarget[],
  periods: number
): readonly CheckpointTarget[] {
  let previous = 0;
  for (const checkpoint of checkpoints) {
    if (
      !Number.isInteger(checkpoint.month) ||
      checkpoint.month <= previous ||
      checkpoint.month > periods ||
      !Number.isFinite(checkpoint.target)
    ) {
      return sortCheckpoints(checkpoints, periods);
    }
    previous = checkpoint.month;
  }
  return checkpoints;
}

/**
 * 进度目标 (pace target): the plan for cumulative month `month`.
 *
 * - `linear` (均衡): T × m / periods, T being the target at month = periods; when no checkpoint
 *   reaches the year end, the latest checkpoint (month L, target T_L) gives T_L × m / L.
 * - `checkpoint` (倒排, seed 000): the checkpoint target at a checkpoint month; between month 0
 *   (value 0) and the first checkpoint, and between two checkpoints, linear interpolation; after
 *   the last checkpoint T_L × m / L. 上半年 6800, 前三季度 9500, 全年 13600 → P(7) = 7700.
 * - undefined: `checkpoint` when some checkpoint falls before month = periods, else `linear`.
 *
 * Checkpoints may be unsorted; of two sharing a month the last in the list wins.
 *
 * @throws AssessError `value` / `noTargets` without checkpoints, `value` / `invalidOption` for an
 * unknown method, and the errors of {@link checkMonth} for the month or a checkpoint's month.
 */
export function paceTarget(
  checkpoints: readonly CheckpointTarget[],
  month: number,
  options: PaceTargetOptions = {}
): Dec {
  const periods = options.periods ?? 12;
  const method = options.method;
  checkMonth(month, periods);
  if (method !== undefined && !METHODS.includes(method)) {
    throw new AssessError("value", "invalidOption", {
      name: "method",
      text: String(method),
      allowed: METHODS.join(", "),
    });
  }
  const sorted = inOrder(checkpoints, periods);
  const last = sorted[sorted.length - 1];
  if (last === undefined) {
    throw new AssessError("value", "noTargets");
  }
  const resolved: PaceMethod = method ?? (sorted[0].month < periods ? "checkpoint" : "linear");

  if (resolved === "linear") {
    return dec(last.target).times(month).div(last.month);
  }

  let previousMonth = 0;
  let previousTarget = ZERO;
  for (const checkpoint of sorted) {
    if (checkpoint.month === month) {
      return dec(checkpoint.target);
    }
    if (checkpoint.month > month) {
      const target = dec(checkpoint.target);
      // Multiply before dividing so that 2700 × 1 / 3 is exactly 900.
      return previousTarget.plus(
        target
          .minus(previousTarget)
          .times(month - previousMonth)
          .div(checkpoint.month - previousMonth)
      );
    }
    previousMonth = checkpoint.month;
    previousTarget = dec(checkpoint.target);
  }
  return dec(last.target).times(month).div(last.month);
}
