/**
 * What a cell stores of the input Range.values gives it, as typing it would: "" clears it; a
 * leading "'" is dropped and the rest kept as text; other text in a cell formatted as text ("@")
 * stays text; "=" makes a formula; numbers, percentages, TRUE/FALSE and ISO dates are converted.
 * And the shape check every 2-D input shares (values, numberFormat, setCellProperties): the array
 * must have the range's shape, else InvalidArgument. A null in the array leaves its cell as it is
 * (fakeRange.ts).
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 */
import type { FakeCell } from "./fakeCell";
import { officeError } from "./fakeOfficeError";
import type { Rect } from "./parseAddress";

/** What one cell becomes when Excel is given `raw` (as typing it would). */
export function storeInput(cell: FakeCell, raw: unknown): void {
  if (raw === "") {
    cell.value = "";
    cell.formula = null;
    return;
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) {
      throw officeError("InvalidArgument", "A number must be finite.");
    }
    cell.value = raw;
    cell.formula = null;
    return;
  }
  if (typeof raw === "boolean") {
    cell.value = raw;
    cell.formula = null;
    return;
  }
  if (typeof raw !== "string") {
    throw officeError("InvalidArgument", `The argument is invalid: a value of type ${typeof raw}.`);
  }
  cell.formula = null;
  if (raw.startsWith("'")) {
    cell.value = raw.slice(1);
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = raw;
    return;
  }
  if (raw.startsWith("=")) {
    cell.formula = raw;
    cell.value = "#NAME?";
    return;
  }
  const trimmed = raw.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const number = Number(percent ? trimmed.slice(0, -1) : trimmed);
    cell.value = percent ? number / 100 : number;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    return;
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) {
    const [year, month, day] = trimmed.split("-").map(Number);
    cell.value = Date.UTC(year, month - 1, day) / 86400000 + 25569;
    cell.numberFormat = "yyyy/m/d";
    return;
  }
  cell.value = raw;
}

export function checkShape(values: unknown, rect: Rect, property: string): unknown[][] {
  if (
    !Array.isArray(values) ||
    values.length !== rect.rows ||
    values.some((row) => !Array.isArray(row) || row.length !== rect.columns)
  ) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`
    );
  }
  return values as unknown[][];
}
