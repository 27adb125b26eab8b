import { CellValue } from "../kernel/grid";
import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";

/**
 * What a target or actual cell holds:
 * - `blank`: empty, or a dash / 无 that stands for "no figure";
 * - `number`: a figure, with `bound` when it was written as a ceiling (≤72, 不高于72, 控制在72以内)
 *   or a floor (≥5, 不低于5), and `percent` when it carried a % sign;
 * - `error`: an Excel error value (#N/A, #DIV/0! …);
 * - `text`: anything else ("约30").
 */
export type FigureReading =
  | { readonly kind: "blank" }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly bound?: "ceiling" | "floor";
      readonly percent: boolean;
    }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "text"; readonly text: string };

const BLANK: FigureReading = { kind: "blank" };
/** Global functions looked up once: global lookups are slow in some hosts (jest's sandbox). */
const isFiniteNumber = Number.isFinite;
const toNumber = Number;
const PLAIN_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACES = /\s+/g;
const NO_FIGURE = new Set(["-", "--", "—", "——", "―", "–", "/", "\\", "无", "空"]);
const CEILING_PREFIX = /^(?:≤|≦|<=|=<|<|不高于|不超过|不大于|不多于|小于|低于|控制在)/;
const CEILING_SUFFIX = /(?:以内|以下|之内)$/;
const FLOOR_PREFIX = /^(?:≥|≧|>=|=>|>|不低于|不少于|不小于|大于|高于|超过|达到)/;
const FLOOR_SUFFIX = /(?:以上)$/;

/**
 * 读数: reads a target or actual cell as a figure. Accepts numbers, numeric text with full-width
 * digits, thousands separators ("1,234.5"), surrounding spaces, a trailing "%" or the row's own unit
 * ("6800万元" when the unit is 万元), and ceilings/floors (`≤72`, `不高于72`, `控制在72以内`, `≥5`).
 * Never throws. The value is returned as the plain number the cell means: the model stores plain
 * numbers and the reader computes nothing with it.
 */
export function readFigure(value: CellValue | undefined, unit = ""): FigureReading {
  if (value === null || value === undefined) {
    return BLANK;
  }
  if (typeof value === "number") {
    return isFiniteNumber(value)
      ? { kind: "number", value, percent: false }
      : { kind: "error", text: `${value}` };
  }
  if (typeof value === "boolean") {
    return { kind: "text", text: value ? "TRUE" : "FALSE" };
  }
  if (typeof value !== "string") {
    return BLANK;
  }
  if (PLAIN_NUMBER.test(value)) {
    return { kind: "number", value: toNumber(value), percent: false };
  }
  const original = value.trim();
  if (original === "") {
    return BLANK;
  }
  if (original.startsWith("#")) {
    return { kind: "error", text: original };
  }
  let text = normalizeText(original)
    .replace(SPACES, "")
    .replace(/^\u2212/, "-");
  if (NO_FIGURE.has(text)) {
    return BLANK;
  }
  let bound: "ceiling" | "floor" | undefined;
  text = toSimplified(text);
  if (CEILING_PREFIX.test(text) || CEILING_SUFFIX.test(text)) {
    bound = "ceiling";
    text = text.replace(CEILING_PREFIX, "").replace(CEILING_SUFFIX, "");
  } else if (FLOOR_PREFIX.test(text) || FLOOR_SUFFIX.test(text)) {
    bound = "floor";
    text = text.replace(FLOOR_PREFIX, "").replace(FLOOR_SUFFIX, "");
  }
  const ownUnit = toSimplified(normalizeText(unit)).replace(SPACES, "");
  if (ownUnit !== "" && ownUnit !== "%" && text.endsWith(ownUnit) && text.length > ownUnit.length) {
    text = text.slice(0, -ownUnit.length);
  }
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1);
  }
  if (GROUPED.test(text)) {
    text = text.replace(/,/g, "");
  }
  if (!DECIMAL.test(text)) {
    return { kind: "text", text: original };
  }
  const number = toNumber(text);
  if (!isFiniteNumber(number)) {
    return { kind: "text", text: original };
  }
  return bound === undefined
    ? { kind: "number", value: number, percent }
    : { kind: "number", value: number, bound, percent };
}
