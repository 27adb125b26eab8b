import { cellText } from "../kernel/cellText";
import { CellValue } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { Measure } from "../kernel/types";

const GROWTH_WORDS = new Set([
  "增幅",
  "增速",
  "增长",
  "增长率",
  "增长速度",
  "同比增长",
  "同比增幅",
  "同比增速",
  "增减",
  "增长幅度",
  "growth",
  "rate",
  "%",
]);
const ABSOLUTE_WORDS = new Set([
  "绝对量",
  "绝对值",
  "绝对数",
  "总量",
  "总额",
  "数量",
  "数值",
  "完成数",
  "absolute",
  "value",
  "amount",
]);

/**
 * 口径: reads a measure cell — 绝对量 (absolute value) or 增幅/增速 (growth rate), in simplified or
 * traditional characters. Returns `null` for a blank cell and "unknown" for any other text, so the
 * caller can infer the measure from the unit and report the cell.
 */
export function parseMeasure(value: CellValue | undefined): Measure | "unknown" | null {
  const text = toSimplified(cellText(value)).replace(/\s+/g, "").toLowerCase();
  if (text === "") {
    return null;
  }
  if (GROWTH_WORDS.has(text)) {
    return "growth";
  }
  if (ABSOLUTE_WORDS.has(text)) {
    return "absolute";
  }
  return "unknown";
}
