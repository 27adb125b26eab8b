import { Dec } from "../kernel/decimal";
import { isPercentUnit } from "../table/isPercentUnit";

/**
 * 后N个月月均任务（通报）: the remaining monthly task a bulletin or a notice shows — none for a rate
 * (a unit of %: "后5个月月均需完成0.02%" means nothing; a rate is not split over months) and none
 * once the annual target is reached (a task of 0 or below). Otherwise the task as worked out
 * (`remainingMonthly`). `isPercent` is the test of the unit: `isPercentUnit`, or the same remembered
 * by a caller that asks it of every row.
 */
export function remainingTask(
  remaining: Dec | null,
  unit: string,
  isPercent: (unit: string) => boolean = isPercentUnit
): Dec | null {
  if (remaining === null || isPercent(unit) || !remaining.gt(0)) {
    return null;
  }
  return remaining;
}
