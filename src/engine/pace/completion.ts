import { Dec, Figure, dec } from "../kernel/decimal";
import { AssessError, assert } from "../kernel/errors";
import { quotient } from "../kernel/quotient";
import { Direction } from "../kernel/types";

/** The directions a caller may name. */
const DIRECTIONS: readonly Direction[] = ["higher", "lower"];

/**
 * 完成率 (completion rate): A / T for a higher-is-better indicator; T / A for a lower-is-better one
 * (逆向指标, a ceiling: ≤ 60 with 50 measured is 1.2).
 *
 * @throws AssessError `divisionByZero` / `zeroTarget` (higher, T = 0), `divisionByZero` /
 * `zeroActual` (lower, A = 0), `value` / `invalidOption` for an unknown direction.
 */
export function completion(actual: Figure, target: Figure, direction: Direction = "higher"): Dec {
  if (!DIRECTIONS.includes(direction)) {
    throw new AssessError("value", "invalidOption", {
      name: "direction",
      text: String(direction),
      allowed: DIRECTIONS.join(", "),
    });
  }
  const a = dec(actual);
  const t = dec(target);
  if (direction === "lower") {
    assert(!a.isZero(), "divisionByZero", "zeroActual");
    return quotient(t, a);
  }
  assert(!t.isZero(), "divisionByZero", "zeroTarget");
  return quotient(a, t);
}
