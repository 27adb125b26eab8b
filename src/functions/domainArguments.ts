import {
  CheckpointTarget,
  checkMonth,
  Dec,
  Direction,
  paceTarget as paceTargetOf,
  parseCheckpoint,
  parseDirection,
  Sharing,
  TiesMethod,
} from "../engine";
import { CellArgument, isBlank, optionalNumber, readActual, readNumber } from "./arguments";
import { getFunctionDefaults } from "./runtimeDefaults";

/*
 * Argument rules of the domain that several custom functions share: periods and months (as a
 * number or as checkpoint words), direction, ties and sharing words, and the pace arguments.
 */

/** Words for the tie rule: competition 1,1,3 (like RANK.EQ) or dense 1,1,2 (中国式). */
export const tiesWords: Readonly<Record<string, TiesMethod>> = {
  competition: "competition",
  standard: "competition",
  "0": "competition",
  美式: "competition",
  dense: "dense",
  "1": "dense",
  中国式: "dense",
  密集: "dense",
};

/** Words for how a missing part's weight is shared: evenly (平均) or in proportion. */
export const sharingWords: Readonly<Record<string, Sharing>> = {
  even: "even",
  平均: "even",
  "0": "even",
  proportional: "proportional",
  按比例: "proportional",
  比例: "proportional",
  "1": "proportional",
};

/** Periods (期数): blank gives the pane's setting (12 months by default). */
export function periodsOf(value: CellArgument): number {
  const periods = optionalNumber(value, "期数", getFunctionDefaults().periods);
  checkMonth(1, periods);
  return periods;
}

/** A month given as a number (7) or as checkpoint words (“前三季度”, “1—8月”). */
export function monthOf(value: CellArgument, periods: number): number {
  const month =
    typeof value === "string" && !/^\s*[\d０-９.]+\s*$/.test(value)
      ? parseCheckpoint(value, periods)
      : readNumber(value, "月份");
  checkMonth(month, periods);
  return month;
}

/** Direction (方向): blank is higher-is-better. */
export function directionOf(value: CellArgument): Direction {
  return parseDirection(isBlank(value) ? null : String(value));
}

/** The arguments PACEGAP, ARREARS and REMAINING share, read in the order Excel shows errors. */
export function paceArguments(
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

/** The linear pace target T × m / periods. */
export function linearPaceTarget(annualTarget: number, month: number, periods: number): Dec {
  return paceTargetOf([{ month: periods, target: annualTarget }], month, {
    method: "linear",
    periods,
  });
}

/**
 * The checkpoint targets of PACETARGET's two ranges: a blank target is skipped, a blank month is
 * the year end (全年).
 */
export function checkpointsOf(
  monthCells: readonly CellArgument[],
  targetCells: readonly CellArgument[],
  periods: number
): CheckpointTarget[] {
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
  return checkpoints;
}
