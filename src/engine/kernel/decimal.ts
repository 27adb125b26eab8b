import Decimal from "decimal.js";

/**
 * The one configured Decimal class of the engine. Every figure is converted to it on the way in
 * and back to a plain number once, on the way out.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof Dec>;

/** A figure the engine accepts: a number, a numeric string or a Decimal. */
export type Figure = number | string | Dec;

/** Slots of the cache of converted numbers (a power of two). */
const CACHE_SLOTS = 4096;
/** The number each slot holds the conversion of, and that conversion (Decimals never change). */
const cachedNumbers = new Float64Array(CACHE_SLOTS);
const cachedDecimals: (Dec | undefined)[] = new Array<Dec | undefined>(CACHE_SLOTS);
/** A number's bits, to pick its slot. */
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

/**
 * Converts a figure to the engine's Decimal. The caller has already checked it is numeric.
 * Numbers are converted through a small cache: a summary converts the same targets and actuals
 * several times (this month, last month, each pace target), and converting a fraction means
 * printing and parsing it. Zero is never cached (0 and −0 are different Decimals).
 */
export function dec(value: Figure): Dec {
  if (typeof value === "number") {
    if (value === 0) {
      return new Dec(value);
    }
    numberBits[0] = value;
    const slot = (numberWords[0] ^ numberWords[1] ^ (numberWords[1] >>> 12)) & (CACHE_SLOTS - 1);
    const cached = cachedDecimals[slot];
    if (cached !== undefined && cachedNumbers[slot] === value) {
      return cached;
    }
    const made = new Dec(value);
    cachedNumbers[slot] = value;
    cachedDecimals[slot] = made;
    return made;
  }
  return value instanceof Dec ? value : new Dec(value);
}

/** Converts a Decimal result to a plain number for Excel, JSON or the screen. */
export function toNumber(value: Dec): number {
  return value.toNumber();
}
