import { Dec } from "./decimal";

/**
 * 输出数值: a Decimal as the plain number the summary holds, converted once on the way out; null
 * when absent, or when the value has no finite number (it never reaches a cell as NaN or ±∞).
 */
export function finiteNumber(value: Dec | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const number = value.toNumber();
  return Number.isFinite(number) ? number : null;
}
