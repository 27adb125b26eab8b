import { dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";
import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { CURRENCY_FACTORS, UNIT_WORDS } from "./headerVocabulary";

/**
 * What a target or actual cell holds:
 * - `blank`: empty, or a dash / 无 that stands for "no figure";
 * - `number`: a figure, with `bound` when it was written as a ceiling (≤72, 不高于72, 控制在72以内)
 *   or a floor (≥5, 不低于5), `percent` when it carried a % sign, `growth` when it was worded as a
 *   growth rate (增长10%, 同比增长10%), `unit` when the cell wrote a unit of its own ("25亿元"), and
 *   `converted` when that unit was converted into the row's (1.2亿元 in a 万元 row → 12000);
 * - `error`: an Excel error value (#N/A, #DIV/0! …);
 * - `formula`: a formula whose result the workbook does not hold (never calculated: "=SUM(B2:B5)");
 * - `outOfRange`: numeric text that no figure can hold exactly (309 digits, 20 significant digits);
 * - `text`: anything else ("约30").
 */
export type FigureReading =
  | { readonly kind: "blank" }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly bound?: "ceiling" | "floor";
      readonly percent: boolean;
      readonly growth?: true;
      readonly unit?: string;
      readonly converted?: { readonly from: string; readonly to: string; readonly written: string };
    }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "formula"; readonly text: string }
  | { readonly kind: "outOfRange"; readonly text: string }
  | { readonly kind: "text"; readonly text: string };

const BLANK: FigureReading = { kind: "blank" };
/** Global functions looked up once: global lookups are slow in some hosts (jest's sandbox). */
const isFiniteNumber = Number.isFinite;
const toNumber = Number;
const PLAIN_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;
/** Plain numbers this long or shorter hold at most 15 significant digits: always exact. */
const SHORT_PLAIN = 15;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACES = /\s+/g;
const NO_FIGURE = new Set(["-", "--", "—", "——", "―", "–", "/", "\\", "无", "空"]);
const CEILING_PREFIX = /^(?:≤|≦|<=|=<|<|不高于|不超过|不大于|不多于|小于|低于|控制在)/;
const CEILING_SUFFIX = /(?:以内|以下|之内)$/;
const FLOOR_PREFIX = /^(?:≥|≧|>=|=>|>|不低于|不少于|不小于|大于|高于|超过|达到)/;
const FLOOR_SUFFIX = /(?:以上)$/;
/** A growth rate in words: 增长10%, 同比增长10%, 增速10%, 增幅10%. */
const GROWTH_PREFIX = /^(?:同比增长|同比增幅|同比增速|同比增|增长|增幅|增速|增)(?=[+-]?[\d.])/;
/** The units a cell may end with, longest first (万元 before 元). */
const CELL_UNITS = [...UNIT_WORDS]
  .filter((unit) => unit !== "%")
  .sort((a, b) => b.length - a.length);

/**
 * 读数: reads a target or actual cell as a figure. Accepts numbers, numeric text with full-width
 * digits, thousands separators ("1,234.5"), surrounding spaces, a trailing "%", a unit ("25亿元",
 * "1,234.5万元"), ceilings/floors (`≤72`, `不高于72`, `控制在72以内`, `≥5`) and growth wording
 * (增长10%). A unit in the cell is checked against `unit`, the row's (or column's) unit: the same
 * unit is dropped; 元/千元/万元/亿元 convert into one another exactly (`converted` says so); with no
 * row unit the number is kept and `unit` notes the cell's; another unit makes the cell text.
 * Numeric text that no figure holds exactly is `outOfRange`, never Infinity or a rounded figure;
 * a formula without a result is `formula`. Never throws. The value is returned as the plain number
 * the cell means: the model stores plain numbers and the reader computes nothing with it.
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
  if (value.length <= SHORT_PLAIN && PLAIN_NUMBER.test(value)) {
    return { kind: "number", value: toNumber(value), percent: false };
  }
  const original = value.trim();
  if (original === "") {
    return BLANK;
  }
  if (original.startsWith("#")) {
    return { kind: "error", text: original };
  }
  if (original.startsWith("=")) {
    return { kind: "formula", text: original };
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
  const growth = GROWTH_PREFIX.test(text);
  if (growth) {
    text = text.replace(GROWTH_PREFIX, "");
  }
  const ownUnit = toSimplified(normalizeText(unit)).replace(SPACES, "");
  // the longest unit the cell ends with: 亿元 rather than the row's 元
  let cellUnit = CELL_UNITS.find(
    (candidate) => text.length > candidate.length && text.endsWith(candidate)
  );
  if (
    ownUnit !== "" &&
    ownUnit !== "%" &&
    text.length > ownUnit.length &&
    text.endsWith(ownUnit) &&
    ownUnit.length >= (cellUnit?.length ?? 0)
  ) {
    cellUnit = undefined;
    text = text.slice(0, -ownUnit.length);
  } else if (cellUnit !== undefined) {
    text = text.slice(0, -cellUnit.length);
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
  if (!isFiniteNumber(number) || !dec(text).eq(dec(number))) {
    return { kind: "outOfRange", text: original };
  }
  let figure = number;
  let converted: { from: string; to: string; written: string } | undefined;
  let noted: string | undefined;
  if (cellUnit !== undefined) {
    const from = CURRENCY_FACTORS[cellUnit];
    const to = CURRENCY_FACTORS[ownUnit];
    if (ownUnit === "") {
      noted = cellUnit; // no unit to check it against: the cell's own is the figure's
    } else if (from !== undefined && to !== undefined) {
      figure = dec(text).times(from).div(to).toNumber();
      converted = { from: cellUnit, to: ownUnit, written: original };
    } else {
      return { kind: "text", text: original };
    }
  }
  return {
    kind: "number",
    value: figure,
    ...(bound === undefined ? {} : { bound }),
    percent: percent || growth,
    ...(growth ? { growth: true as const } : {}),
    ...(noted === undefined ? {} : { unit: noted }),
    ...(converted === undefined ? {} : { converted }),
  };
}
