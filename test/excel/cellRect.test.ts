import fc from "fast-check";
import { cellCount, halveRect, subtractRect, within } from "../../src/excel/cellRect";

const rect = fc.record({
  top: fc.nat(20),
  left: fc.nat(20),
  rows: fc.integer({ min: 1, max: 12 }),
  columns: fc.integer({ min: 1, max: 12 }),
});

/** Whether a cell lies in a block. */
const holds = (
  r: { top: number; left: number; rows: number; columns: number },
  row: number,
  column: number
): boolean =>
  row >= r.top && row < r.top + r.rows && column >= r.left && column < r.left + r.columns;

describe("cell blocks", () => {
  it.each([
    [
      "no overlap",
      { top: 0, left: 0, rows: 2, columns: 2 },
      { top: 5, left: 5, rows: 1, columns: 1 },
      1,
    ],
    [
      "covered",
      { top: 1, left: 1, rows: 2, columns: 2 },
      { top: 0, left: 0, rows: 5, columns: 5 },
      0,
    ],
    [
      "rows read, grown wider",
      { top: 0, left: 0, rows: 10, columns: 8 },
      { top: 0, left: 0, rows: 10, columns: 6 },
      1,
    ],
    [
      "a hole in the middle",
      { top: 0, left: 0, rows: 9, columns: 9 },
      { top: 3, left: 3, rows: 3, columns: 3 },
      4,
    ],
  ])("subtracts: %s", (_case, from, cut, parts) => {
    expect(subtractRect(from, cut)).toHaveLength(parts);
  });

  it("leaves exactly the cells outside the cut, each once", () => {
    fc.assert(
      fc.property(rect, rect, (from, cut) => {
        const parts = subtractRect(from, cut);
        for (let row = from.top; row < from.top + from.rows; row++) {
          for (let column = from.left; column < from.left + from.columns; column++) {
            const count = parts.filter((part) => holds(part, row, column)).length;
            expect(count).toBe(holds(cut, row, column) ? 0 : 1);
          }
        }
        expect(parts.every((part) => within(part, from))).toBe(true);
      })
    );
  });

  it("halves along the longer side, the halves making the whole", () => {
    fc.assert(
      fc.property(rect, (whole) => {
        const [a, b] = halveRect({ ...whole, rows: whole.rows + 1 });
        expect(cellCount(a) + cellCount(b)).toBe(cellCount({ ...whole, rows: whole.rows + 1 }));
      })
    );
    expect(halveRect({ top: 0, left: 0, rows: 1048576, columns: 16384 })[0].rows).toBe(524288);
    expect(halveRect({ top: 0, left: 0, rows: 40, columns: 16384 })[0].columns).toBe(8192);
  });
});
