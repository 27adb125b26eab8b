import { dec } from "../../kernel/decimal";
import { CellValue } from "../../kernel/grid";
import { Direction } from "../../kernel/types";

/** Thousands separators of the whole part: 1320.00 → 1,320.00. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * 欠账单元格: an arrears (欠账) or new arrears (新欠账) as the bulletin writes it. Owed (above 0) or
 * none (0): the number. Below 0 the indicator is ahead, and a bare negative number would read as a
 * debt: "超进度 182.00" (ahead of the pace target by 182), or for a ceiling "低于上限 4.00" (that far
 * under the limit) — the amount exact to two decimals, with the amount column's separators.
 */
export function arrearsCell(value: number | null, direction: Direction): CellValue {
  if (value === null || !(value < 0)) {
    return value;
  }
  const [whole, fraction] = dec(value).abs().toFixed(2).split(".");
  const amount = `${whole.replace(THOUSANDS, ",")}.${fraction}`;
  return direction === "lower" ? `低于上限 ${amount}` : `超进度 ${amount}`;
}
