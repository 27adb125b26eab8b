import { Dec, Figure, dec } from "../kernel/decimal";

/**
 * 新欠账 / 按月进度要求欠账 (new arrears this month): the month's planned increment minus its actual
 * increment, (P(m) − P(m−1)) − (A(m) − A(m−1)) ("每个月都不能欠新账", seed 004). For month 1 pass
 * 0 as both previous figures.
 */
export function newArrears(
  paceTarget: Figure,
  previousPaceTarget: Figure,
  actual: Figure,
  previousActual: Figure
): Dec {
  const planned = dec(paceTarget).minus(dec(previousPaceTarget));
  const done = dec(actual).minus(dec(previousActual));
  return planned.minus(done);
}
