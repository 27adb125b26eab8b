import { Dec } from "./decimal";

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Base of decimal.js's digit words (`d`: most significant first, seven digits each after the first). */
const WORD = 1e7;

/**
 * A Decimal as the nearest double, as `toNumber()` gives it (which prints the Decimal and parses
 * the text), without the text for a Decimal of at most two digit words (14 digits) within
 * 10^±22 of a whole number: its digits as a whole number C < 2^53 and a power of ten 10^k that
 * are both exact doubles, so that C × 10^k or C ÷ 10^−k is one correctly rounded operation — the
 * same nearest double the parse finds (Clinger's fast path). Anything else, zero included, goes
 * through `toNumber()`. Reads decimal.js's documented digits (`d`), exponent (`e`) and sign (`s`).
 */
function toDouble(value: Dec): number {
  const digits = value.d;
  if (digits !== null && digits !== undefined && digits.length <= 2 && digits[0] !== 0) {
    const first = digits[0];
    let firstDigits = 1;
    for (let bound = 10; bound <= first; bound *= 10) {
      firstDigits++;
    }
    const whole = digits.length === 1 ? first : first * WORD + digits[1];
    const count = firstDigits + 7 * (digits.length - 1);
    // The value is C × 10^(e − count + 1): e is the exponent of the first digit.
    const power = value.e - count + 1;
    if (power >= 0 && power <= 22) {
      const number = whole * EXACT_POWERS[power];
      return value.s < 0 ? -number : number;
    }
    if (power < 0 && power >= -22) {
      const number = whole / EXACT_POWERS[-power];
      return value.s < 0 ? -number : number;
    }
  }
  return value.toNumber();
}

/**
 * 输出数值: a Decimal as the plain number the summary holds, converted once on the way out; null
 * when absent, or when the value has no finite number (it never reaches a cell as NaN or ±∞).
 */
export function finiteNumber(value: Dec | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const number = toDouble(value);
  return Number.isFinite(number) ? number : null;
}
