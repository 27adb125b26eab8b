/**
 * One cell of the workbook state: its value as Range.values returns it ("" when empty), formula,
 * number format, fill, font, wrap and alignment; and colours as Excel takes them (#RRGGBB or an
 * HTML colour name) and gives them back (#RRGGBB).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill#excel-excel-rangefill-color-member
 * And the type Range.valueTypes reports for a cell's value (valueTypeOf).
 */
import { officeError } from "./fakeOfficeError";

/** A cell's value as Excel returns it: "" when empty. */
export type FakeValue = string | number | boolean;

export interface FakeFill {
  /** null: no fill. */
  color: string | null;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
}

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
  fill: FakeFill;
  font: FakeFont;
  wrapText: boolean;
  horizontalAlignment: string;
}

/** A type Range.valueTypes reports (Excel.RangeValueType), of the ones the fake's cells can hold. */
export type FakeValueType = "Empty" | "Double" | "String" | "Boolean" | "Error";

/** Excel's error values as Range.values returns them (a formula that fails shows one). */
const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/**
 * The type Range.valueTypes reports for a cell: "Empty" for a cell with no value and no formula
 * (Range.values gives ""), "Double" for any number, 0 included (the enum's "Integer" is not
 * modelled), "String" for text (a formula that gives "" too), "Boolean", and "Error" for an
 * error value. The fake keeps no separate error type, so a text equal to an error value (only
 * possible in Excel when typed after an apostrophe) reads as "Error" here. Sources: Excel.Range
 * `valueTypes` ("the type of data in each cell", ExcelApi 1.1) and the Excel.RangeValueType enum
 * (Boolean, Double, Empty, Error, Integer, RichValue, String, Unknown); the typings' CellValue
 * interfaces (ExcelApi 1.16) pair each value with the valueTypes it gets: EmptyCellValue ""/"Empty",
 * DoubleCellValue "Double", StringCellValue "String", BooleanCellValue "Boolean", the error
 * values "Error".
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-valuetypes-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangevaluetype
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.emptycellvalue
 */
export function valueTypeOf(cell: FakeCell): FakeValueType {
  if (typeof cell.value === "number") {
    return "Double";
  }
  if (typeof cell.value === "boolean") {
    return "Boolean";
  }
  if (cell.value === "") {
    return cell.formula === null ? "Empty" : "String";
  }
  return ERROR_VALUES.has(cell.value) ? "Error" : "String";
}

export function defaultFill(): FakeFill {
  return {
    color: null,
    pattern: "None",
    patternColor: null,
    tintAndShade: 0,
    patternTintAndShade: 0,
  };
}

export function defaultCell(): FakeCell {
  return {
    value: "",
    formula: null,
    numberFormat: "General",
    fill: defaultFill(),
    font: { bold: false, italic: false, color: "#000000", size: 11, name: "等线" },
    wrapText: false,
    horizontalAlignment: "General",
  };
}

const namedColors: Readonly<Record<string, string>> = {
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  gray: "#808080",
};

export function normaliseColor(color: unknown, property: string): string {
  if (typeof color !== "string") {
    throw officeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${property}`
    );
  }
  const named = namedColors[color.toLowerCase()];
  if (named !== undefined) {
    return named;
  }
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw officeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${property}=${color}`
    );
  }
  return color.toUpperCase();
}
