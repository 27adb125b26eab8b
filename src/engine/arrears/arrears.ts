import { Dec, Figure, dec } from "../kernel/decimal";

/** 欠账 (arrears): pace target minus actual, P(m) − A(m) (positive = owed, negative = ahead). */
export function arrears(paceTarget: Figure, actual: Figure): Dec {
  return dec(paceTarget).minus(dec(actual));
}
