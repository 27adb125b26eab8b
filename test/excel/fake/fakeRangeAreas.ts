/**
 * RangeAreas as Range.getMergedAreasOrNullObject returns it (ExcelApi 1.13: the merged areas of
 * the range, or a null object when there are none; address and areaCount) — on a real host only
 * those whose top-left cell is in the range (office-js #3611), and a failure above 512 of them
 * (its TSDoc), see hostLimits.ts — and Range.merge (ExcelApi 1.2), which records merged areas on
 * the sheet; a merge that partly overlaps a merged area fails.
 * https://github.com/OfficeDev/office-js/issues/3611
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas
 */
import { FakeConditionalFormatCollection } from "./fakeConditionalFormat";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeSheet } from "./fakeSheet";
import type { HostLimits } from "./hostLimits";
import { addressOf, contains, intersects, quoteSheet, type Rect } from "./parseAddress";
import type { RangeModel } from "./rangeModel";
import { requireApi } from "./requireApi";

export class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; areas: Rect[] }> {
  private formats: FakeConditionalFormatCollection | undefined;
  /** The conditional formats that meet any of the areas (ExcelApi 1.9). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.formats ??= new FakeConditionalFormatCollection(this.context, () => {
      const m = this.model();
      requireApi("RangeAreas.conditionalFormats", "1.9", this.context.excel.apiVersion);
      return { sheet: m.sheet, rects: m.areas };
    });
    return this.formats;
  }
  protected properties(): Readonly<
    Record<string, PropertySpec<{ sheet: FakeSheet; areas: Rect[] }>>
  > {
    return {
      address: {
        get: (m) =>
          m.areas.map((area) => `${quoteSheet(m.sheet.name)}!${addressOf(area)}`).join(", "),
        requires: "1.9",
      },
      areaCount: { get: (m) => m.areas.length, requires: "1.9" },
    };
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/**
 * The merged areas of the range as the host returns them (see the file's TSDoc); null (a null
 * object) when there are none.
 */
export function mergedAreasOf(
  m: RangeModel,
  limits: HostLimits
): { sheet: FakeSheet; areas: Rect[] } | null {
  const areas = m.sheet.merges.filter((area) =>
    limits.mergedAreasReturned === "topLeft"
      ? contains(m.rect, { top: area.top, left: area.left, rows: 1, columns: 1 })
      : intersects(area, m.rect)
  );
  if (limits.mergedAreaLimit !== null && areas.length > limits.mergedAreaLimit) {
    throw officeError(
      "GeneralException",
      `getMergedAreasOrNullObject: ${areas.length} merged areas, more than ${limits.mergedAreaLimit}.`
    );
  }
  return areas.length === 0 ? null : { sheet: m.sheet, areas };
}

/** Range.merge(across) applied to the sheet: one area, or one per row when `across`. */
export function mergeRange(m: RangeModel, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: m.rect.rows }, (_, offset) => ({
        top: m.rect.top + offset,
        left: m.rect.left,
        rows: 1,
        columns: m.rect.columns,
      }))
    : [m.rect];
  for (const area of areas) {
    if (area.rows * area.columns === 1) {
      continue;
    }
    for (let index = m.sheet.merges.length - 1; index >= 0; index--) {
      const existing = m.sheet.merges[index];
      if (contains(area, existing)) {
        m.sheet.merges.splice(index, 1);
      } else if (intersects(area, existing)) {
        throw officeError(
          "InvalidOperation",
          "Cannot merge a range that partly overlaps a merged cell."
        );
      }
    }
    m.sheet.merges.push(area);
  }
}
