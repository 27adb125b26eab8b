import fc from "fast-check";
import { textLines } from "../../../src/engine/workbook/textLines";
import { wrappedRowHeight } from "../../../src/engine/workbook/wrappedRowHeight";

describe("textLines", () => {
  it.each([
    ["", 10, 11, 1],
    ["县统计局", 14, 11, 1],
    // 14 units = 97 px: six CJK glyphs of 14.7 px fit, the seventh wraps.
    ["保障性安居工程分配入住套数", 14, 11, 3],
    ["进度差（百分点）", 11, 11, 2],
    ["进度差（百分点）", 20, 11, 1],
    ["截至8月累计完成52套，落后序时进度14.7个百分点，欠账14.67套", 30, 11, 3],
    ["第一行\n第二行", 20, 11, 2],
    ["13600.00", 7, 11, 2],
    ["13600.00", 8, 11, 1],
    ["字".repeat(20), 10, 16, 7],
  ])("%p in %p units at %p pt: %p lines", (text, width, points, lines) => {
    expect(textLines(text, width, points)).toBe(lines);
  });

  it("never takes fewer lines for a narrower column, nor for more text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 2, max: 60 }),
        (text, more, width) => {
          expect(textLines(text, width)).toBeGreaterThanOrEqual(textLines(text, width + 1));
          expect(textLines(text + more, width)).toBeGreaterThanOrEqual(textLines(text, width));
        }
      )
    );
  });
});

describe("wrappedRowHeight", () => {
  it.each([
    [[], 11, 19],
    [[{ text: "县统计局", width: 14 }], 11, 19],
    [
      [
        { text: "进度差（百分点）", width: 11 },
        { text: "指标", width: 28 },
      ],
      11,
      35,
    ],
    [[{ text: "保障性安居工程分配入住套数", width: 14 }], 11, 51],
    [[{ text: "督办单", width: 100 }], 20, 32],
    [[{ text: "字".repeat(2000), width: 5 }], 11, 409],
  ])("%p at %p pt: %p points", (cells, points, height) => {
    expect(wrappedRowHeight(cells, points)).toBe(height);
  });
});
