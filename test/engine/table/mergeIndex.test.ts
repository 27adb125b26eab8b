import { mergeIndex } from "../../../src/engine/table/mergeIndex";
import { sheet } from "../fixtures/sheet";

describe("mergeIndex", () => {
  const grid = sheet(
    "表",
    [
      ["地方财政收入", "绝对量", "上半年"],
      [null, "增幅"],
      [null, "绝对量", "全年", "extra"],
    ],
    [
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 0, bottom: 0, right: 1 }, // overlaps the first at A1 (the first listed wins there)
      { top: -5, left: 3, bottom: 100, right: 100 }, // clipped to D1:D3
      { top: 2, left: 2, bottom: 1, right: 2 }, // inverted: ignored
      { top: Number.NaN, left: 0, bottom: 1, right: 1 }, // not numeric: ignored
    ]
  );
  const index = mergeIndex(grid);

  it("measures the sheet by its longest row", () => {
    expect([index.rows, index.columns]).toEqual([3, 4]);
  });

  it.each([
    [2, 0, "地方财政收入", true],
    [1, 2, "上半年", true],
    [2, 2, "全年", false],
    [0, 0, "地方财政收入", false],
    [0, 1, "地方财政收入", true],
    [1, 1, "增幅", false],
    [0, 3, null, false],
    [2, 3, null, true],
    [1, 3, null, true],
  ])("(%d, %d) is filled with %j (covered: %s)", (row, column, value, covered) => {
    expect(index.filled(row, column)).toBe(value);
    expect(index.isCovered(row, column)).toBe(covered);
  });

  it("clips areas to the sheet and keeps the first of overlapping areas", () => {
    expect(index.area(0, 0)).toEqual({ top: 0, left: 0, bottom: 2, right: 0 });
    expect(index.area(0, 1)).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(index.area(1, 3)).toEqual({ top: 0, left: 3, bottom: 2, right: 3 });
    expect(index.own(5, 5)).toBeNull();
  });
});
