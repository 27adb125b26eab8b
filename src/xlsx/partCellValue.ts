import type { CellValue } from "../engine";
import { isoDateOf } from "./isoDateOf";
import { unescapeOoxml } from "./readSharedStrings";
import { decodeXml } from "./xmlScanner";

/** One `<c>` element of a sheet part as the reader met it. */
export interface PartCell {
  /** Its `t` attribute ("s", "str", "b", "e", "inlineStr", "d", or undefined for a number). */
  readonly type: string | undefined;
  /** Its `s` attribute: the index of its cell style. */
  readonly style: number;
  /** Whether it has an `<f>` element, and that element's raw text ("" for a shared formula's follower). */
  readonly formula: boolean;
  readonly formulaText: string;
  /** Whether it has a `<v>` element, and that element's raw text. */
  readonly hasValue: boolean;
  readonly valueText: string;
  /** The raw text of an inline string's runs. */
  readonly inlineText: string;
}

/** What the cell values depend on beyond the cell itself. */
export interface PartCellContext {
  readonly sharedStrings: readonly string[];
  /** For each cell style, whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** A serial date as exceljs reads it (milliseconds rounded), then as ISO text. */
function serialDate(serial: number, date1904: boolean): string {
  const milliseconds = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  return isoDateOf(new Date(milliseconds));
}

/** A number's cell value: non-finite numbers are Excel's #NUM!. */
function numberValue(text: string): CellValue {
  const number = parseFloat(text);
  return Number.isFinite(number) ? number : "#NUM!";
}

/**
 * 单元格值 (a cell's value) in a sheet part, by `cellValueOf`'s rules: shared and inline strings
 * (rich text joined), numbers, booleans, errors as "#N/A"…, numbers in a date format as ISO dates.
 * A formula gives its cached result; a formula the workbook holds no result for (saved without
 * recalculating) gives its text "=…", which the engine reports as not calculated. Returns null
 * for a blank cell ("" included).
 */
export function partCellValue(cell: PartCell, context: PartCellContext): CellValue {
  const { type, style, formula, hasValue, valueText, inlineText } = cell;
  let value: CellValue = null;
  if (formula) {
    if (!hasValue) {
      value = `=${decodeXml(cell.formulaText).trim()}`;
    } else {
      value =
        type === "str"
          ? decodeXml(valueText)
          : type === "b"
            ? valueText.trim() !== "0"
            : type === "e"
              ? decodeXml(valueText).trim()
              : numberValue(valueText);
    }
  } else if (type === "s") {
    if (hasValue) {
      const index = Number(valueText);
      value = context.sharedStrings[index] ?? null;
    }
  } else if (type === "inlineStr") {
    value = unescapeOoxml(decodeXml(inlineText));
  } else if (hasValue) {
    if (type === "str") {
      value = decodeXml(valueText);
    } else if (type === "b") {
      value = valueText.trim() !== "0";
    } else if (type === "e") {
      value = decodeXml(valueText).trim();
    } else if (type === "d") {
      const text = valueText.trim();
      value = isoDateOf(new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`));
    } else {
      value = numberValue(valueText);
    }
  }
  if (typeof value === "number" && context.dateStyles[style] === true) {
    value = serialDate(value, context.date1904);
  }
  return value === "" ? null : value;
}
