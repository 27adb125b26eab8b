import { Dec } from "./decimal";

/** 10^k for k = 0 … 6 (a divisor with more decimal places is divided as it is). */
const POWERS_OF_TEN: readonly Dec[] = Array.from({ length: 7 }, (_, k) => new Dec(10).pow(k));

/**
 * 商 (quotient): `dividend ÷ divisor`, exactly the `Dec` that `dividend.div(divisor)` gives —
 * rounded once to the configured 40 significant digits — but faster for the usual divisor of a
 * table: a figure such as 1209.36 is first made a whole number below 10^7 (120936), which decimal.js
 * divides by in one short loop instead of its long division (several times the work and garbage).
 * Rounding to significant digits does not depend on powers of ten, so
 * round(dividend ÷ 120936) × 100 = round(dividend ÷ 1209.36), and × 100 is exact.
 * The caller checks the divisor is not zero.
 */
export function quotient(dividend: Dec, divisor: Dec): Dec {
  const places = divisor.decimalPlaces();
  if (places > 0 && places < POWERS_OF_TEN.length && dividend.isFinite()) {
    const scale = POWERS_OF_TEN[places];
    const whole = divisor.times(scale);
    // A whole number below 10^7 in size (its decimal exponent, a documented property, under 7).
    if (whole.e < 7) {
      return dividend.div(whole).times(scale);
    }
  }
  return dividend.div(divisor);
}
