import { Dec, dec } from "../kernel/decimal";

/**
 * 通报数字: a figure as a sentence shows it — at most two decimals, rounded half up from the exact
 * value, no trailing zeros and no sign (16.25, 4.75, 31.7, 1200): the sentence says 增加/减少 or
 * 欠账 in words.
 */
export function figureShown(value: number): string {
  return dec(value).abs().toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString();
}
