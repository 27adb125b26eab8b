import { Dec, Figure, dec } from "../kernel/decimal";

/**
 * 绝对量欠账 (growth shortfall): what a growth-rate gap costs in absolute terms, given the same period
 * of last year B: B × (target rate − actual rate) / 100 (positive = owed).
 */
export function growthShortfall(base: Figure, targetRate: Figure, actualRate: Figure): Dec {
  return dec(base)
    .times(dec(targetRate).minus(dec(actualRate)))
    .div(100);
}
