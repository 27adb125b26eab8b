import { Dec, Figure, dec } from "../kernel/decimal";

/**
 * 增速差 (growth gap): actual growth rate minus target rate, both in %, so the result is in
 * percentage points (seed 004 "与目标增速相差5.4个百分点": 12.6 against 18 → −5.4).
 */
export function growthGap(actualRate: Figure, targetRate: Figure): Dec {
  return dec(actualRate).minus(dec(targetRate));
}
