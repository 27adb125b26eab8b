import { Figure, dec } from "./decimal";
import { assert } from "./errors";
import { Status } from "./types";

/**
 * 状态 (status) from a pace gap or ceiling ratio, as fractions: null → 未报送 `not_reported`;
 * gap ≥ 0 → 正常 `on_pace`; −band < gap < 0 → 滞后 `lagging`; gap ≤ −band → 严重滞后 `serious`.
 * The warning band defaults to 0.05 (5 percentage points).
 *
 * @throws AssessError `value` / `invalidOption` when the band is negative or not a finite number,
 * `value` / `notANumber` when the gap is NaN.
 */
export function statusOf(gap: Figure | null, band: Figure = 0.05): Status {
  const width = dec(band);
  assert(width.isFinite() && width.gte(0), "value", "invalidOption", {
    name: "band",
    text: String(band),
    allowed: "≥ 0",
  });
  if (gap === null) {
    return "not_reported";
  }
  const value = dec(gap);
  assert(!value.isNaN(), "value", "notANumber", { name: "gap", text: String(gap) });
  if (value.gte(0)) {
    return "on_pace";
  }
  return value.gt(width.negated()) ? "lagging" : "serious";
}
