import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";

const PERCENT_UNITS = new Set([
  "%",
  "百分比",
  "百分点",
  "个百分点",
  "百分率",
  "percent",
  "pct",
  "pp",
]);

/** 百分比单位: true when a unit means percent (%, ％, 百分点, 個百分點). */
export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.has(toSimplified(normalizeText(unit)).replace(/\s+/g, "").toLowerCase());
}
