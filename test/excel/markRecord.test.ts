import fc from "fast-check";
import {
  addToMarkRecord,
  parseMarkRecord,
  recordedFillOf,
  RecordedFill,
  restoreBlocks,
  settableFillOf,
} from "../../src/excel/markRecord";
import { WorkbookError } from "../../src/excel/workbookError";

const none: RecordedFill = { pattern: "None" };
const yellow: RecordedFill = { pattern: "Solid", color: "#FFFF00" };
const hatched: RecordedFill = { pattern: "Gray25", color: "#DDEBF7", patternColor: "#FF0000" };
const sheet = { id: "{1}", name: "分解表" };

/** Every recorded cell of a record's first sheet, via restoreBlocks: "row,column" → fill. */
function restored(record: ReturnType<typeof addToMarkRecord>): Map<string, RecordedFill> {
  const cells = new Map<string, RecordedFill>();
  for (const block of restoreBlocks(record.sheets[0])) {
    block.fills.forEach((row, r) =>
      row.forEach((fill, c) => cells.set(`${block.top + r},${block.left + c}`, fill))
    );
  }
  return cells;
}

describe("the record of marks", () => {
  it("keeps the first fill of a cell marked twice", () => {
    const first = addToMarkRecord(parseMarkRecord(null), sheet, [
      { top: 1, left: 0, fills: [[none, yellow, hatched]] },
    ]);
    const second = addToMarkRecord(parseMarkRecord(JSON.parse(JSON.stringify(first))), sheet, [
      { top: 1, left: 0, fills: [[yellow, yellow, yellow, yellow]] },
    ]);
    expect(restoreBlocks(second.sheets[0])).toEqual([
      { top: 1, left: 0, rows: 1, columns: 4, fills: [[none, yellow, hatched, yellow]] },
    ]);
    expect(second.sheets[0].fills).toEqual([none, yellow, hatched]);
  });

  it("stacks rows with the same columns into one block", () => {
    const record = addToMarkRecord(parseMarkRecord(null), sheet, [
      {
        top: 1,
        left: 0,
        fills: [
          [none, none],
          [yellow, none],
        ],
      },
      { top: 5, left: 0, fills: [[none, none]] },
    ]);
    expect(
      restoreBlocks(record.sheets[0]).map(({ top, left, rows, columns }) => [
        top,
        left,
        rows,
        columns,
      ])
    ).toEqual([
      [1, 0, 2, 2],
      [5, 0, 1, 2],
    ]);
  });

  it("gives back exactly the cells it recorded, whatever the blocks", () => {
    const fill = fc.constantFrom(none, yellow, hatched);
    const block = fc.record({
      top: fc.integer({ min: 0, max: 20 }),
      left: fc.integer({ min: 0, max: 6 }),
      fills: fc.integer({ min: 1, max: 4 }).chain((width) =>
        fc.array(fc.array(fill, { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 4,
        })
      ),
    });
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const expected = new Map<string, RecordedFill>();
        for (const b of blocks) {
          b.fills.forEach((row, r) =>
            row.forEach((f, c) => {
              const key = `${b.top + r},${b.left + c}`;
              if (!expected.has(key)) {
                expected.set(key, f);
              }
            })
          );
        }
        let record = parseMarkRecord(null);
        for (const b of blocks) {
          record = parseMarkRecord(JSON.parse(JSON.stringify(addToMarkRecord(record, sheet, [b]))));
        }
        expect(restored(record)).toEqual(expected);
      })
    );
  });

  it.each([
    { version: 2, sheets: [] },
    { version: 1, sheets: [{ sheetId: "x" }] },
    "text",
    { version: 1, sheets: [{ sheetId: "x", sheetName: "y", fills: [], runs: [[0, 0, 1, 0]] }] },
  ])("refuses a damaged record %j", (value) => {
    expect(() => parseMarkRecord(value)).toThrow(WorkbookError);
  });

  it.each([
    [
      { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0 },
      { pattern: "None" },
      null,
    ],
    [
      {
        color: "#FFFF00",
        pattern: "Solid",
        patternColor: "#000000",
        tintAndShade: 0,
        patternTintAndShade: 0,
      },
      {
        pattern: "Solid",
        color: "#FFFF00",
        patternColor: "#000000",
        tintAndShade: 0,
        patternTintAndShade: 0,
      },
      { color: "#FFFF00", pattern: "Solid" },
    ],
    [
      { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
      { pattern: "Solid", color: "#4472C4", tintAndShade: 0.6 },
      { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
    ],
    [
      { color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" },
      hatched,
      { color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" },
    ],
  ])("records %j as %j and restores it with %j", (read, recorded, settable) => {
    expect(recordedFillOf(read)).toEqual(recorded);
    expect(settableFillOf(recordedFillOf(read))).toEqual(settable);
  });
});
