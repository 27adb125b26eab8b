import { arrearsCell } from "../../../../src/engine/summary/sheets/arrearsCell";

describe("arrearsCell", () => {
  it.each([
    [700, "higher", 700],
    [0, "higher", 0],
    [null, "higher", null],
    [-182, "higher", "超进度 182.00"],
    [-1320.5, "higher", "超进度 1,320.50"],
    [-0.1 - 0.2, "higher", "超进度 0.30"],
    [-1234567.891, "higher", "超进度 1,234,567.89"],
    [-4, "lower", "低于上限 4.00"],
    [5, "lower", 5],
  ] as const)("%p (%s) → %p", (value, direction, expected) => {
    expect(arrearsCell(value, direction)).toBe(expected);
  });
});
