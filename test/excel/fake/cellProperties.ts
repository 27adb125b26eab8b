/**
 * Range.getCellProperties, Range.setCellProperties and Range.getRowProperties (ExcelApi 1.9): for
 * each cell (or row) just the properties asked for, as plain data; setCellProperties takes a 2-D
 * array of the range's shape.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)
 */
import { normaliseColor } from "./fakeCell";
import { applyFillProperty, hostFill } from "./fakeRangeFill";
import type { HostLimits } from "./hostLimits";
import { addressOf, quoteSheet } from "./parseAddress";
import type { RangeModel } from "./rangeModel";
import { checkShape } from "./storeInput";

export interface CellPropertiesOptions {
  address?: boolean;
  format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
}

export interface CellPropertiesInput {
  format?: { fill?: Record<string, unknown>; font?: Record<string, unknown> };
}

export interface RowPropertiesOptions {
  rowHidden?: boolean;
  rowIndex?: boolean;
}

export interface RowProperties {
  rowIndex?: number;
  rowHidden?: boolean;
}

/** What getCellProperties answers for the range, row by row. */
export function cellPropertiesOf(
  m: RangeModel,
  options: CellPropertiesOptions,
  fillReport: HostLimits["fillReport"]
): unknown[][] {
  const rows: unknown[][] = [];
  m.sheet.forEach(m.rect, (cell, row, column) => {
    const props: Record<string, unknown> = {};
    if (options.address === true) {
      props.address = `${quoteSheet(m.sheet.name)}!${addressOf({ top: row, left: column, rows: 1, columns: 1 })}`;
    }
    if (options.format !== undefined) {
      const format: Record<string, unknown> = {};
      if (options.format.fill !== undefined) {
        const fill: Record<string, unknown> = {};
        const source: Record<string, unknown> = { ...hostFill(cell.fill, fillReport) };
        for (const [key, wanted] of Object.entries(options.format.fill)) {
          if (wanted) {
            fill[key] = source[key];
          }
        }
        format.fill = fill;
      }
      if (options.format.font !== undefined) {
        const font: Record<string, unknown> = {};
        const source: Record<string, unknown> = { ...cell.font };
        for (const [key, wanted] of Object.entries(options.format.font)) {
          if (wanted) {
            font[key] = source[key];
          }
        }
        format.font = font;
      }
      props.format = format;
    }
    const offset = row - m.rect.top;
    (rows[offset] ??= []).push(JSON.parse(JSON.stringify(props)));
  });
  return rows;
}

/** What setCellProperties does to the range's cells. */
export function setCellPropertiesOn(m: RangeModel, properties: CellPropertiesInput[][]): void {
  const rows = checkShape(properties, m.rect, "setCellProperties") as CellPropertiesInput[][];
  m.sheet.update(m.rect, (cell, row, column) => {
    const props = rows[row - m.rect.top][column - m.rect.left];
    const fill = props?.format?.fill;
    if (fill !== undefined) {
      for (const [key, value] of Object.entries(fill)) {
        applyFillProperty(cell.fill, key, value);
      }
    }
    const font = props?.format?.font;
    if (font !== undefined) {
      if (typeof font.bold === "boolean") {
        cell.font.bold = font.bold;
      }
      if (font.color !== undefined) {
        cell.font.color = normaliseColor(font.color, "font.color");
      }
    }
  });
}

/** What getRowProperties answers for the range's rows. */
export function rowPropertiesOf(m: RangeModel, options: RowPropertiesOptions): RowProperties[] {
  const rows: RowProperties[] = [];
  for (let row = m.rect.top; row < m.rect.top + m.rect.rows; row++) {
    rows.push({
      ...(options.rowIndex === true ? { rowIndex: row } : {}),
      ...(options.rowHidden === true ? { rowHidden: m.sheet.hiddenRows.has(row) } : {}),
    });
  }
  return rows;
}
