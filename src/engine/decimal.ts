import Decimal from "decimal.js";

/**
 * The one configured Decimal class of the engine. Every figure is converted to it on the way in
 * and back to a plain number once, on the way out.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof Dec>;

/** A figure the engine accepts: a number, a numeric string or a Decimal. */
export type Figure = number | string | Dec;

/** Converts a figure to the engine's Decimal. The caller has already checked it is numeric. */
export function dec(value: Figure): Dec {
  return value instanceof Dec ? value : new Dec(value);
}

/** Converts a Decimal result to a plain number for Excel, JSON or the screen. */
export function toNumber(value: Dec): number {
  return value.toNumber();
}
