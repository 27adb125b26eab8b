import fc from "fast-check";
import { printScale } from "../../../src/engine/workbook/printScale";

/** The 进度通报's printed columns (the 来源 column left out). */
const bulletin = [6, 28, 8, 8, 12, 12, 12, 9, 11, 12, 12, 14, 10, 14, 22, 10, 10];

describe("printScale", () => {
  it.each([
    [
      "the ranking",
      [6, 16, 12, 10, 10, 9, 8, 8],
      2,
      { scalePercent: 100, pagesWide: 1, firstPageColumns: 8 },
    ],
    [
      "a table just too wide for 100 %",
      [60, 60],
      1,
      { scalePercent: 95, pagesWide: 1, firstPageColumns: 2 },
    ],
    [
      "the bulletin: two pages wide, not below 82 %",
      bulletin,
      2,
      { scalePercent: 85, pagesWide: 2, firstPageColumns: 11 },
    ],
    ["no columns", [], 0, { scalePercent: 100, pagesWide: 1, firstPageColumns: 0 }],
  ])("%s", (_case, widths, titleColumns, expected) => {
    expect(printScale(widths, titleColumns)).toEqual(expected);
  });

  it("keeps 10 pt text at 9 pt or more when told the smallest font is 10 pt", () => {
    expect(printScale(bulletin, 2, { smallestFontPoints: 10 }).scalePercent).toBeGreaterThanOrEqual(
      90
    );
  });

  it("never prints the 11 pt text below 9 pt nor above 100 %", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4, max: 60 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        (widths, title) => {
          const { scalePercent, pagesWide } = printScale(widths, Math.min(title, widths.length));
          expect((11 * scalePercent) / 100).toBeGreaterThanOrEqual(9);
          expect(scalePercent).toBeLessThanOrEqual(100);
          expect(pagesWide).toBeGreaterThanOrEqual(1);
        }
      )
    );
  });
});
