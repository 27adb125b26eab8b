/**
 * Range.format (RangeFormat): column width and row height in points (ExcelApi 1.2; Excel's row
 * height is at most 409 points), wrapText, horizontalAlignment, and its fill, font and borders.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
import { FakeObject, type Loadable, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import { FakeRangeBorderCollection } from "./fakeRangeBorderCollection";
import { FakeRangeFill } from "./fakeRangeFill";
import { FakeRangeFont } from "./fakeRangeFont";
import type { FakeRequestContext } from "./fakeRequestContext";
import { uniform, type RangeModel } from "./rangeModel";

export class FakeRangeFormat extends FakeObject<RangeModel> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  constructor(context: FakeRequestContext, resolver: () => RangeModel) {
    super(context, resolver);
    this.fill = new FakeRangeFill(context, () => this.model());
    this.font = new FakeRangeFont(context, () => this.model());
    this.borders = new FakeRangeBorderCollection(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      columnWidth: {
        get: (m) => {
          const widths = new Set<number>();
          for (
            let column = m.rect.left;
            column < m.rect.left + m.rect.columns && widths.size < 2;
            column++
          ) {
            widths.add(m.sheet.columnWidths.get(column) ?? 48);
          }
          return widths.size === 1 ? [...widths][0] : null;
        },
        requires: "1.2",
      },
      rowHeight: {
        get: (m) => {
          const heights = new Set<number>();
          for (let row = m.rect.top; row < m.rect.top + m.rect.rows && heights.size < 2; row++) {
            heights.add(m.sheet.rowHeights.get(row) ?? 15);
          }
          return heights.size === 1 ? [...heights][0] : null;
        },
        requires: "1.2",
      },
      wrapText: { get: (m) => uniform(m, (cell) => cell.wrapText) },
      horizontalAlignment: { get: (m) => uniform(m, (cell) => cell.horizontalAlignment) },
    };
  }
  protected override navigation(): Readonly<Record<string, () => Loadable>> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.enqueue("columnWidth", points, "1.2", (m) => {
      if (typeof points !== "number" || !(points >= 0 && points <= 1000)) {
        throw officeError("InvalidArgument", "columnWidth out of range");
      }
      for (let column = m.rect.left; column < m.rect.left + m.rect.columns; column++) {
        m.sheet.columnWidths.set(column, points);
      }
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.enqueue("rowHeight", points, "1.2", (m) => {
      if (typeof points !== "number" || !(points >= 0 && points <= 409)) {
        throw officeError("InvalidArgument", "rowHeight out of range");
      }
      for (let row = m.rect.top; row < m.rect.top + m.rect.rows; row++) {
        m.sheet.rowHeights.set(row, points);
      }
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.enqueue("wrapText", wrap, "1.1", (m) => {
      if (typeof wrap !== "boolean") {
        throw officeError("InvalidArgument", "wrapText must be a boolean");
      }
      m.sheet.update(m.rect, (cell) => (cell.wrapText = wrap));
    });
  }
  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(alignment: string) {
    this.enqueue("horizontalAlignment", alignment, "1.1", (m) => {
      if (
        ![
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ].includes(alignment)
      ) {
        throw officeError("InvalidArgument", `horizontalAlignment ${alignment}`);
      }
      m.sheet.update(m.rect, (cell) => (cell.horizontalAlignment = alignment));
    });
  }
}
