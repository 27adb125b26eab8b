import { Dec, Figure, dec } from "../kernel/decimal";
import { AssessError, assert } from "../kernel/errors";
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

/** The last band checked and its negation: a summary passes the same band for every indicator. */
let lastBand: { readonly band: Figure; readonly lowest: Dec } | null = null;

/** −band, after checking the band; remembered for the next call with the same band. */
function lowerEdge(band: Figure): Dec {
  if (lastBand !== null && lastBand.band === band) {
    return lastBand.lowest;
  }
  const width = dec(band);
  assert(width.isFinite() && width.gte(0), "value", "invalidOption", {
    name: "band",
    text: String(band),
    allowed: "≥ 0",
  });
  const lowest = width.negated();
  lastBand = { band, lowest };
  return lowest;
}
