import { Dec } from "../../kernel/decimal";
import { inPoints } from "./inPoints";

/**
 * 百分点（一次）: {@link inPoints} remembered by the Decimal it is given, for one summary — the
 * bulletin, the warnings sheet and the notices show the same exact gaps in points, and each
 * conversion is a multiplication and a print of 40 digits. Made per summary and dropped with it;
 * Decimals never change, so the memo changes no answer.
 */
export function pointsMemo(): (gap: Dec | null) => number | null {
  const known = new Map<Dec, number | null>();
  return (gap) => {
    if (gap === null) {
      return null;
    }
    let points = known.get(gap);
    if (points === undefined && !known.has(gap)) {
      points = inPoints(gap);
      known.set(gap, points);
    }
    return points ?? null;
  };
}
