/**
 * One cell of the workbook state: its value as Range.values returns it ("" when empty), formula,
 * number format, fill, font, wrap and alignment; and colours as Excel takes them (#RRGGBB or an
 * HTML colour name) and gives them back (#RRGGBB).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill#excel-excel-rangefill-color-member
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
