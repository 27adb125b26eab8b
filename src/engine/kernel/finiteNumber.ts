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
 * same nearest double the parse finds (Clinger's fast path). A longer one is parsed from its digits
 * and exponent (`longToDouble`); zero, NaN and ±∞ go through `toNumber()`. Reads decimal.js's
 * documented digits (`d`), exponent (`e`) and sign (`s`).
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
  if (digits !== null && digits !== undefined && digits[0] !== 0) {
    return longToDouble(value, digits);
  }
  return value.toNumber();
}

/** Seven zeros: a digit word after the first is padded to seven digits. */
const ZEROS = "0000000";

/**
 * A nonzero finite Decimal of any length as the nearest double: its digits as one whole number and
 * its power of ten, "1216276160145586897179253867151956323931e-69", parsed once — the same exact
 * value `toNumber()` prints (in positional or exponential notation) and parses, so the same double
 * (−0 for a negative one too small for a double, as there).
 */
function longToDouble(value: Dec, digits: readonly number[]): number {
  let text = String(digits[0]);
  for (let index = 1; index < digits.length; index++) {
    const word = String(digits[index]);
    text += ZEROS.slice(word.length) + word;
  }
  const power = value.e - (text.length - 1);
  return Number(`${value.s < 0 ? "-" : ""}${text}e${power}`);
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
