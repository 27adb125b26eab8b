/**
 * Range: address and position, values and numberFormat (2-D arrays of the range's shape; see
 * storeInput.ts), valueTypes (read only: "Empty", "Double", "String", "Boolean" or "Error" per cell,
 * see valueTypeOf in fakeCell.ts), rowHidden (ExcelApi 1.2), getCell, getOffsetRange and
 * getResizedRange (ExcelApi 1.3), which must stay within the grid, merge, select, its format, its
 * conditional formats (fakeConditionalFormat.ts), getUsedRangeOrNullObject (ExcelApi 1.4), and the
 * cell-property methods (cellProperties.ts); a range on a deleted sheet fails with ItemNotFound.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range
 */
import {
  cellPropertiesOf,
  rowPropertiesOf,
  setCellPropertiesOn,
  type CellPropertiesInput,
  type CellPropertiesOptions,
  type RowProperties,
  type RowPropertiesOptions,
} from "./cellProperties";
import { valueTypeOf, type FakeValue, type FakeValueType } from "./fakeCell";
import { FakeConditionalFormatCollection } from "./fakeConditionalFormat";
import { FakeClientResult } from "./fakeClientResult";
import { FakeObject, type Loadable, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import { FakeRangeAreas, mergedAreasOf, mergeRange } from "./fakeRangeAreas";
import { FakeRangeFormat } from "./fakeRangeFormat";
import type { FakeRequestContext } from "./fakeRequestContext";
import { addressOf, MAX_COLUMNS, MAX_ROWS, quoteSheet, type Rect } from "./parseAddress";
import { grid, type RangeModel } from "./rangeModel";
import { responseBytesOf } from "./requestBytes";
import { requireApi } from "./requireApi";
import { checkShape, storeInput } from "./storeInput";

export class FakeRange extends FakeObject<RangeModel> {
  readonly format: FakeRangeFormat;
  private formats: FakeConditionalFormatCollection | undefined;
  constructor(context: FakeRequestContext, resolver: () => RangeModel | null, nullable = false) {
    super(context, resolver, nullable);
    this.format = new FakeRangeFormat(context, () => this.model());
  }
  protected override checkAlive(model: RangeModel): void {
    if (model.sheet.deleted) {
      throw officeError("ItemNotFound", "The worksheet of this range was deleted.");
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      address: { get: (m) => `${quoteSheet(m.sheet.name)}!${addressOf(m.rect)}` },
      rowIndex: { get: (m) => m.rect.top },
      columnIndex: { get: (m) => m.rect.left },
      rowCount: { get: (m) => m.rect.rows },
      columnCount: { get: (m) => m.rect.columns },
      cellCount: { get: (m) => m.rect.rows * m.rect.columns },
      values: { get: (m) => grid(m, (cell) => cell.value) },
      numberFormat: { get: (m) => grid(m, (cell) => cell.numberFormat) },
      // "Represents the formula in A1-style notation. If a cell has no formula, its value is
      // returned instead." (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member)
      formulas: { get: (m) => grid(m, (cell) => cell.formula ?? cell.value) },
      valueTypes: { get: (m) => grid(m, valueTypeOf) },
      rowHidden: {
        get: (m) => {
          let hidden = 0;
          for (let row = m.rect.top; row < m.rect.top + m.rect.rows; row++) {
            hidden += m.sheet.hiddenRows.has(row) ? 1 : 0;
          }
          return hidden === 0 ? false : hidden === m.rect.rows ? true : null;
        },
        requires: "1.2",
      },
    };
  }
  protected override navigation(): Readonly<Record<string, () => Loadable>> {
    return { format: () => this.format };
  }
  private child(label: string, requires: string, make: (m: RangeModel) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this.model();
      requireApi(label, requires, this.context.excel.apiVersion);
      const rect = make(m);
      if (
        rect.rows < 1 ||
        rect.columns < 1 ||
        rect.top < 0 ||
        rect.left < 0 ||
        rect.top + rect.rows > MAX_ROWS ||
        rect.left + rect.columns > MAX_COLUMNS
      ) {
        throw officeError("InvalidArgument", `${label}: the range is outside the worksheet.`);
      }
      return { sheet: m.sheet, rect };
    });
  }
  /** The conditional formats that meet this range (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.formats ??= new FakeConditionalFormatCollection(this.context, () => {
      const m = this.model();
      return { sheet: m.sheet, rects: [m.rect] };
    });
    return this.formats;
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  get values(): FakeValue[][] {
    return this.read("values");
  }
  set values(values: FakeValue[][]) {
    this.enqueue(
      "values",
      values,
      "1.1",
      (m) => {
        const rows = checkShape(values, m.rect, "values");
        m.sheet.update(m.rect, (cell, row, column) => {
          const raw = rows[row - m.rect.top][column - m.rect.left];
          if (raw !== null) {
            storeInput(cell, raw);
          }
        });
      },
      {
        sheet: () => this.model().sheet.name,
        address: () => addressOf(this.model().rect),
        property: "values",
      }
    );
  }
  get formulas(): FakeValue[][] {
    return this.read("formulas");
  }
  get valueTypes(): FakeValueType[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.enqueue(
      "numberFormat",
      formats,
      "1.1",
      (m) => {
        const rows = checkShape(formats, m.rect, "numberFormat");
        m.sheet.update(m.rect, (cell, row, column) => {
          const format = rows[row - m.rect.top][column - m.rect.left];
          if (format === null) {
            return;
          }
          if (typeof format !== "string") {
            throw officeError("InvalidArgument", "A number format must be text.");
          }
          cell.numberFormat = format === "" ? "General" : format;
        });
      },
      {
        sheet: () => this.model().sheet.name,
        address: () => addressOf(this.model().rect),
        property: "numberFormat",
      }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.child("getCell", "1.1", (m) => ({
      top: m.rect.top + row,
      left: m.rect.left + column,
      rows: 1,
      columns: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.child("getResizedRange", "1.3", (m) => ({
      top: m.rect.top,
      left: m.rect.left,
      rows: m.rect.rows + deltaRows,
      columns: m.rect.columns + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.child("getOffsetRange", "1.1", (m) => ({
      ...m.rect,
      top: m.rect.top + rowOffset,
      left: m.rect.left + columnOffset,
    }));
  }
  merge(across = false): void {
    this.enqueue("merge", { across }, "1.2", (m) => mergeRange(m, across));
  }
  select(): void {
    this.enqueue("select", null, "1.1", (m) => {
      this.context.excel.activeSheet = m.sheet;
      this.context.excel.selection = `${quoteSheet(m.sheet.name)}!${addressOf(m.rect)}`;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        requireApi("getMergedAreasOrNullObject", "1.13", this.context.excel.apiVersion);
        return mergedAreasOf(this.model(), this.context.excel.limits);
      },
      true
    );
  }
  /** The cells this range shares with another on the same sheet (ExcelApi 1.4), or a null object. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const m = this.model();
        requireApi("Range.getIntersectionOrNullObject", "1.4", this.context.excel.apiVersion);
        const o = other.model();
        if (o.sheet !== m.sheet) {
          throw officeError("InvalidArgument", "The ranges are on different worksheets.");
        }
        const top = Math.max(m.rect.top, o.rect.top);
        const left = Math.max(m.rect.left, o.rect.left);
        const bottom = Math.min(m.rect.top + m.rect.rows, o.rect.top + o.rect.rows);
        const right = Math.min(m.rect.left + m.rect.columns, o.rect.left + o.rect.columns);
        return top < bottom && left < right
          ? { sheet: m.sheet, rect: { top, left, rows: bottom - top, columns: right - left } }
          : null;
      },
      true
    );
  }
  /** The used part of this range (ExcelApi 1.4; valuesOnly: cells with a value), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const m = this.model();
        requireApi("Range.getUsedRangeOrNullObject", "1.4", this.context.excel.apiVersion);
        const rect = m.sheet.usedRect(valuesOnly, m.rect);
        return rect === null ? null : { sheet: m.sheet, rect };
      },
      true
    );
  }
  getCellProperties(options: CellPropertiesOptions): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.enqueue("getCellProperties", options, "1.9", (m) => {
      const rows = cellPropertiesOf(m, options, this.context.excel.limits.fillReport);
      this.context.respond(responseBytesOf(rows));
      this.context.afterSync(() => result.set(rows));
    });
    return result;
  }
  setCellProperties(properties: CellPropertiesInput[][]): void {
    this.enqueue("setCellProperties", properties, "1.9", (m) => setCellPropertiesOn(m, properties));
  }
  getRowProperties(options: RowPropertiesOptions): FakeClientResult<RowProperties[]> {
    const result = new FakeClientResult<RowProperties[]>();
    this.enqueue("getRowProperties", options, "1.9", (m) => {
      const rows = rowPropertiesOf(m, options);
      this.context.respond(responseBytesOf(rows));
      this.context.afterSync(() => result.set(rows));
    });
    return result;
  }
}
