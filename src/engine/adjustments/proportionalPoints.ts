import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";

/**
 * 按比例加分 (seed 003 B10: 最多的部门加2分,其他部门按比例加分): the unit with the largest quantity
 * gets `points`, every other unit points × quantity / largest. Blank (null) quantities stay null;
 * when the largest quantity is 0 every unit gets 0. Quantities cannot be negative.
 */
export function proportionalPoints(
  quantities: readonly (Figure | null)[],
  points: Figure
): (Dec | null)[] {
  const full = dec(points);
  const values = quantities.map((quantity) => {
    if (quantity === null || quantity === undefined) {
      return null;
    }
    const value = dec(quantity);
    assert(value.gte(0), "value", "negativeQuantity", { text: String(quantity) });
    return value;
  });
  let largest = new Dec(0);
  for (const value of values) {
    if (value !== null && value.gt(largest)) {
      largest = value;
    }
  }
  return values.map((value) => {
    if (value === null) {
      return null;
    }
    return largest.isZero() ? new Dec(0) : full.mul(value).div(largest);
  });
}
