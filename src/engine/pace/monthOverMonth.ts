import { Dec, Figure, dec } from "../kernel/decimal";
import { quotient } from "../kernel/quotient";

/**
 * 环比 (month-over-month change) of a monthly (not cumulative) figure: delta = v(m) − v(m−1) and
 * ratio = delta / |v(m−1)| (seed 004: 7月 5025 against 6月 16208 → −11183, −69%). The ratio is
 * null when the previous month is 0; dividing by the absolute value keeps a rise positive when the
 * previous month was negative. The division is `quotient`'s: the same 40 digits as `div`, faster
 * for a monthly figure with decimals (1209.36).
 */
export function monthOverMonth(
  current: Figure,
  previous: Figure
): { delta: Dec; ratio: Dec | null } {
  const base = dec(previous);
  const delta = dec(current).minus(base);
  return { delta, ratio: base.isZero() ? null : quotient(delta, base.abs()) };
}
