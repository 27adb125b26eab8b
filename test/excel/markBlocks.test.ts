import { markBlocks } from "../../src/excel/markBlocks";
import { WorkbookError } from "../../src/excel/workbookError";

describe("markBlocks", () => {
  it("groups consecutive rows with the same status and columns, in row order", () => {
    expect(
      markBlocks([
        { row: 5, firstColumn: 1, lastColumn: 6, status: "serious" },
        { row: 2, firstColumn: 1, lastColumn: 6, status: "lagging" },
        { row: 3, firstColumn: 1, lastColumn: 6, status: "lagging" },
        { row: 4, firstColumn: 1, lastColumn: 8, status: "lagging" },
        { row: 6, firstColumn: 1, lastColumn: 6, status: "serious" },
        { row: 8, firstColumn: 1, lastColumn: 6, status: "serious" },
      ])
    ).toEqual([
      { top: 1, left: 0, rows: 2, columns: 6, status: "lagging" },
      { top: 3, left: 0, rows: 1, columns: 8, status: "lagging" },
      { top: 4, left: 0, rows: 2, columns: 6, status: "serious" },
      { top: 7, left: 0, rows: 1, columns: 6, status: "serious" },
    ]);
  });

  it.each([
    [0, 1, 2],
    [3, 0, 2],
    [3, 4, 2],
    [1.5, 1, 2],
    [3, 1, 16385],
  ])("rejects row %s, columns %s to %s", (row, firstColumn, lastColumn) => {
    expect(() => markBlocks([{ row, firstColumn, lastColumn, status: "lagging" }])).toThrow(
      WorkbookError
    );
  });
});
