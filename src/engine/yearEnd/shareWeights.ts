import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";
import { Sharing } from "../kernel/types";

/**
 * 权重分配 (seed 003 四(一)1: 如不承担上述三个权重中的某项任务，该任务权重平均到其他指标权重中): the
 * weights actually applied at one level when some parts are missing — the weights `compositeScore`
 * applies, for the clerk to see. A missing part gets 0; its weight goes, "even" (default), in equal
 * shares to the present parts with a positive weight (60/30/10 without the 30 → 75/0/25), or,
 * "proportional", to the present parts in proportion to their weights (→ 85.71/0/14.29). When no
 * present part has a positive weight, the present parts share it evenly. With no part present
 * every weight is 0. The weights keep their total, so Σ score × weight is the composite.
 *
 * @throws AssessError `value` / `lengthMismatch` when the lists differ in length, `negativeWeight`.
 */
export function shareWeights(
  weights: readonly Figure[],
  present: readonly boolean[],
  sharing: Sharing = "even"
): Dec[] {
  assert(weights.length === present.length, "value", "lengthMismatch", {
    first: "weights",
    second: "present",
    firstCount: weights.length,
    secondCount: present.length,
  });
  const values = weights.map((weight) => {
    const value = dec(weight);
    assert(value.gte(0), "value", "negativeWeight", { text: String(weight) });
    return value;
  });
  let missing = new Dec(0);
  let presentWeight = new Dec(0);
  values.forEach((value, index) => {
    if (present[index]) {
      presentWeight = presentWeight.plus(value);
    } else {
      missing = missing.plus(value);
    }
  });
  if (!present.some(Boolean)) {
    return values.map(() => new Dec(0));
  }
  if (missing.isZero()) {
    return values.map((value, index) => (present[index] ? value : new Dec(0)));
  }
  if (sharing === "proportional" && presentWeight.gt(0)) {
    const total = presentWeight.plus(missing);
    return values.map((value, index) =>
      present[index] ? value.mul(total).div(presentWeight) : new Dec(0)
    );
  }
  const positive = values.map((value, index) => present[index] && value.gt(0));
  const recipients = positive.some(Boolean) ? positive : present;
  const share = missing.div(recipients.filter(Boolean).length);
  return values.map((value, index) =>
    !present[index] ? new Dec(0) : recipients[index] ? value.plus(share) : value
  );
}
