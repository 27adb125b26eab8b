import fc from "fast-check";
import { cellAddress } from "../../../src/engine/kernel/cellAddress";

describe("cellAddress", () => {
  it.each([
    [0, 0, "A1"],
    [11, 5, "F12"],
    [0, 25, "Z1"],
    [0, 26, "AA1"],
    [0, 27, "AB1"],
    [0, 51, "AZ1"],
    [0, 52, "BA1"],
    [0, 701, "ZZ1"],
    [0, 702, "AAA1"],
    [1048575, 16383, "XFD1048576"],
  ])("(%d, %d) → %s", (row, column, address) => {
    expect(cellAddress(row, column)).toBe(address);
  });

  it.each([
    [-1, 0],
    [0, -1],
    [1.5, 0],
    [0, Number.NaN],
  ])("rejects (%d, %d) as value/invalidCellPosition", (row, column) => {
    expect(() => cellAddress(row, column)).toThrow(
      expect.objectContaining({ kind: "value", key: "invalidCellPosition" })
    );
  });

  it("gives every column its own letters, in spreadsheet order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), (column) => {
        const letters = cellAddress(0, column).slice(0, -1);
        const next = cellAddress(0, column + 1).slice(0, -1);
        expect(letters).toMatch(/^[A-Z]+$/);
        expect(
          next.length > letters.length || (next.length === letters.length && next > letters)
        ).toBe(true);
      })
    );
  });
});
