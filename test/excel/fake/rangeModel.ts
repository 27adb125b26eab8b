/**
 * What a Range proxy stands for (a sheet and a rect), and how Excel reports a property over many
 * cells: cell-level properties (values, numberFormat) as a 2-D array; format properties as one
 * value, or null when the cells differ.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values#null-property-values-in-the-response
 */
import type { FakeCell } from "./fakeCell";
import type { FakeSheet } from "./fakeSheet";
import type { Rect } from "./parseAddress";

export interface RangeModel {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

/** One value for all the cells of the range, or null when they differ. */
export function uniform(m: RangeModel, pick: (cell: FakeCell) => unknown): unknown {
  let first: unknown;
  let seen = false;
  let same = true;
  m.sheet.forEach(m.rect, (cell) => {
    const value = pick(cell);
    if (!seen) {
      first = value;
      seen = true;
    } else if (value !== first) {
      same = false;
    }
  });
  return same ? first : null;
}

/** A property of each cell of the range, row by row. */
export function grid<T>(m: RangeModel, pick: (cell: FakeCell) => T): T[][] {
  const rows: T[][] = [];
  m.sheet.forEach(m.rect, (cell, row) => {
    (rows[row - m.rect.top] ??= []).push(pick(cell));
  });
  return rows;
}
