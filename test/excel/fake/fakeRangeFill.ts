/**
 * Range.format.fill (RangeFill: color; pattern from ExcelApi 1.9; clear) and the fill properties
 * Range.setCellProperties takes (CellPropertiesFill: color, pattern, patternColor, tintAndShade,
 * patternTintAndShade); how the host reports a cell's fill to both.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesfill
 */
import { defaultFill, normaliseColor, type FakeFill } from "./fakeCell";
import type { HostLimits } from "./hostLimits";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import { addressOf } from "./parseAddress";
import { uniform, type RangeModel } from "./rangeModel";

const fillPatterns = new Set([
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
]);

/**
 * A cell's fill as the host reports it (Range.format.fill, getCellProperties). A real host
 * (hostLimits.ts, fillReport) gives `pattern` null for no fill and for a solid fill alike, #FFFFFF
 * for no fill, and `tintAndShade` null for no fill only (office-js #4900, #6218).
 */
export function hostFill(
  fill: FakeFill,
  report: HostLimits["fillReport"]
): {
  color: string;
  pattern: string | null;
  patternColor: string;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
} {
  const none = fill.pattern === "None";
  const realHost = report === "realHost";
  return {
    color: fill.color ?? "#FFFFFF",
    pattern: realHost && (none || fill.pattern === "Solid") ? null : fill.pattern,
    patternColor: fill.patternColor ?? "#000000",
    tintAndShade: realHost && none ? null : fill.tintAndShade,
    patternTintAndShade: realHost && none ? null : fill.patternTintAndShade,
  };
}

export class FakeRangeFill extends FakeObject<RangeModel> {
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {
      color: { get: (m) => uniform(m, (cell) => hostFill(cell.fill, this.report()).color) },
      pattern: {
        get: (m) => uniform(m, (cell) => hostFill(cell.fill, this.report()).pattern),
        requires: "1.9",
      },
    };
  }
  private report(): HostLimits["fillReport"] {
    return this.context.excel.limits.fillReport;
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.enqueue(
      "fill.color",
      color,
      "1.1",
      (m) => {
        const value = normaliseColor(color, "color");
        m.sheet.update(m.rect, (cell) => setFillColor(cell.fill, value));
      },
      {
        sheet: () => this.model().sheet.name,
        address: () => addressOf(this.model().rect),
        property: `fill.color ${color}`,
      }
    );
  }
  get pattern(): string {
    return this.read("pattern");
  }
  clear(): void {
    this.enqueue("fill.clear", null, "1.1", (m) =>
      m.sheet.update(m.rect, (cell) => (cell.fill = defaultFill()))
    );
  }
}

function setFillColor(fill: FakeFill, color: string): void {
  fill.color = color;
  fill.tintAndShade = 0;
  if (fill.pattern === "None") {
    fill.pattern = "Solid";
  }
}

export function applyFillProperty(fill: FakeFill, key: string, value: unknown): void {
  switch (key) {
    case "color":
      setFillColor(fill, normaliseColor(value, "fill.color"));
      return;
    case "pattern":
      if (typeof value !== "string" || !fillPatterns.has(value)) {
        throw officeError("InvalidArgument", `fill.pattern ${String(value)}`);
      }
      if (value === "None") {
        Object.assign(fill, defaultFill());
      } else {
        fill.pattern = value;
        fill.color ??= "#FFFFFF";
      }
      return;
    case "patternColor":
      fill.patternColor = normaliseColor(value, "fill.patternColor");
      return;
    case "tintAndShade":
    case "patternTintAndShade":
      if (typeof value !== "number" || value < -1 || value > 1) {
        throw officeError("InvalidArgument", `fill.${key} must be between -1 and 1`);
      }
      fill[key] = value;
      return;
    default:
      throw officeError("InvalidArgument", `Unknown fill property ${key}`);
  }
}
