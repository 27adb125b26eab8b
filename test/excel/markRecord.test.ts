import fc from "fast-check";
import {
  freshMarkRecord,
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
const red: RecordedFill = { pattern: "Solid", color: "#FFC7CE" };
const sheet = { id: "{1}", name: "分解表" };

/** Every recorded cell of a record's first sheet, via restoreBlocks: "row,column" → fill. */
function restored(record: ReturnType<typeof freshMarkRecord>): Map<string, RecordedFill> {
  const cells = new Map<string, RecordedFill>();
  for (const block of restoreBlocks(record.sheets[0])) {
    block.fills.forEach((row, r) =>
      row.forEach((fill, c) => cells.set(`${block.top + r},${block.left + c}`, fill))
    );
  }
  return cells;
}

describe("the record of marks", () => {
  it("keeps the original fill of a cell marked again and leaves out cells no longer marked", () => {
    const first = freshMarkRecord(parseMarkRecord(null), sheet, [
      { top: 1, left: 0, fills: [[none, yellow, hatched]] },
    ]);
    // Read again, the marked cells show the first marks' colour (red here).
    const second = freshMarkRecord(parseMarkRecord(JSON.parse(JSON.stringify(first))), sheet, [
      { top: 1, left: 1, fills: [[red, red, yellow]] },
    ]);
    expect(restoreBlocks(second.sheets[0])).toEqual([
      { top: 1, left: 1, rows: 1, columns: 3, fills: [[yellow, hatched, yellow]] },
    ]);
    expect(second.sheets[0].fills).toEqual([yellow, hatched]);
  });

  it("records only the sheet marked now; nothing marked is an empty record", () => {
    const other = freshMarkRecord(parseMarkRecord(null), { id: "{2}", name: "月度完成" }, [
      { top: 0, left: 0, fills: [[yellow]] },
    ]);
    const record = freshMarkRecord(other, sheet, [{ top: 3, left: 2, fills: [[hatched]] }]);
    expect(record.sheets.map((item) => item.sheetName)).toEqual(["分解表"]);
    expect(freshMarkRecord(record, sheet, [])).toEqual({ version: 1, sheets: [] });
  });

  it("finds the sheet's previous record by name when the id changed (a reopened workbook)", () => {
    const first = freshMarkRecord(parseMarkRecord(null), { id: "{old}", name: "分解表" }, [
      { top: 0, left: 0, fills: [[hatched]] },
    ]);
    const again = freshMarkRecord(first, sheet, [{ top: 0, left: 0, fills: [[red]] }]);
    expect(restored(again)).toEqual(new Map([["0,0", hatched]]));
    expect(again.sheets[0].sheetId).toBe("{1}");
  });

  it("stacks rows with the same columns into one block", () => {
    const record = freshMarkRecord(parseMarkRecord(null), sheet, [
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

  it("gives back the original of every cell marked now, whatever the blocks and earlier marks", () => {
    const fill = fc.constantFrom(none, yellow, hatched, red);
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
    const firstSeen = (
      blocks: readonly { top: number; left: number; fills: RecordedFill[][] }[]
    ) => {
      const cells = new Map<string, RecordedFill>();
      for (const b of blocks) {
        b.fills.forEach((row, r) =>
          row.forEach((f, c) => {
            const key = `${b.top + r},${b.left + c}`;
            if (!cells.has(key)) {
              cells.set(key, f);
            }
          })
        );
      }
      return cells;
    };
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 6 }),
        fc.array(block, { minLength: 1, maxLength: 6 }),
        (before, now) => {
          const first = parseMarkRecord(
            JSON.parse(JSON.stringify(freshMarkRecord(parseMarkRecord(null), sheet, before)))
          );
          expect(restored(first)).toEqual(firstSeen(before));
          const originals = firstSeen(before);
          const expected = new Map(
            [...firstSeen(now)].map(([key, read]) => [key, originals.get(key) ?? read])
          );
          expect(restored(freshMarkRecord(first, sheet, now))).toEqual(expected);
        }
      )
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
