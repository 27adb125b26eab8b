/**
 * Range.format.font (RangeFont): bold, colour and size (1 to 409 points, Excel's largest font).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefont
 */
import { normaliseColor } from "./fakeCell";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import { uniform, type RangeModel } from "./rangeModel";

export class FakeRangeFont extends FakeObject<RangeModel> {
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      bold: { get: (m) => uniform(m, (cell) => cell.font.bold) },
      color: { get: (m) => uniform(m, (cell) => cell.font.color) },
      size: { get: (m) => uniform(m, (cell) => cell.font.size) },
    };
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.enqueue("font.bold", bold, "1.1", (m) => {
      if (typeof bold !== "boolean") {
        throw officeError("InvalidArgument", "font.bold must be a boolean");
      }
      m.sheet.update(m.rect, (cell) => (cell.font.bold = bold));
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.enqueue("font.color", color, "1.1", (m) => {
      const value = normaliseColor(color, "font.color");
      m.sheet.update(m.rect, (cell) => (cell.font.color = value));
    });
  }
  get size(): number {
    return this.read("size");
  }
  set size(size: number) {
    this.enqueue("font.size", size, "1.1", (m) => {
      if (typeof size !== "number" || !(size >= 1 && size <= 409)) {
        throw officeError("InvalidArgument", "font.size must be between 1 and 409");
      }
      m.sheet.update(m.rect, (cell) => (cell.font.size = size));
    });
  }
}
