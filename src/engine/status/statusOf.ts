import { Dec, Figure, dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { Status } from "../kernel/types";

/**
 * 状态 (status) from a pace gap or ceiling ratio, as fractions: null → 未报送 `not_reported`;
 * gap ≥ 0 → 正常 `on_pace`; −band < gap < 0 → 滞后 `lagging`; gap ≤ −band → 严重滞后 `serious`.
 * The warning band defaults to 0.05 (5 percentage points).
 *
 * @throws AssessError `value` / `invalidOption` when the band is negative or not a finite number,
 * `value` / `notANumber` when the gap is NaN.
 */
export function statusOf(gap: Figure | null, band: Figure = 0.05): Status {
  const lowest = lowerEdge(band);
  if (gap === null) {
    return "not_reported";
  }
  const value = dec(gap);
  if (value.isNaN()) {
    throw new AssessError("value", "notANumber", { name: "gap", text: String(gap) });
  }
  if (value.gte(0)) {
    return "on_pace";
  }
  return value.gt(lowest) ? "lagging" : "serious";
}

/**
 * −band, after checking the band. A summary passes the same number for every indicator: it is
 * checked as a plain number and negated before converting, so that `dec` answers from its cache.
 */
function lowerEdge(band: Figure): Dec {
  if (typeof band === "number") {
    if (Number.isFinite(band) && band >= 0) {
      return dec(-band);
    }
  } else {
    const width = dec(band);
    if (width.isFinite() && width.gte(0)) {
      return width.negated();
    }
  }
  throw new AssessError("value", "invalidOption", {
    name: "band",
    text: String(band),
    allowed: "≥ 0",
  });
}
