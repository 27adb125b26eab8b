import fc from "fast-check";
import { gridSheetOf } from "../../src/excel/gridSheetOf";

describe("gridSheetOf", () => {
  it("pads to A1, turns blanks to null and date serials to ISO, keeps errors as text", () => {
    expect(
      gridSheetOf({
        name: "分解表",
        blocks: [
          {
            rowIndex: 1,
            columnIndex: 1,
            values: [
              ["指标", "日期", ""],
              ["地方财政收入", 42582, "#DIV/0!"],
            ],
            numberFormats: [
              ["@", "General", "General"],
              ["@", "yyyy/m/d", "0.00"],
            ],
          },
        ],
        mergedAddresses: ["分解表!B2:C2, 分解表!Z99"],
        hiddenRows: [3, 2],
      })
    ).toEqual({
      name: "分解表",
      values: [[], [null, "指标", "日期", null], [null, "地方财政收入", "2016-07-31", "#DIV/0!"]],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      hiddenRows: [2],
    });
  });

  it("joins blocks read in bands, and merged areas read in blocks, each area once", () => {
    const grid = gridSheetOf({
      name: "分解表",
      blocks: [
        { rowIndex: 2, columnIndex: 0, values: [["第三行", 3]] },
        {
          rowIndex: 0,
          columnIndex: 0,
          values: [
            ["标题", ""],
            ["指标", "目标"],
          ],
        },
      ],
      mergedAddresses: ["分解表!A1:B1", "分解表!A1:B1, 分解表!A2:A3", ""],
    });
    expect(grid.values).toEqual([
      ["标题", null],
      ["指标", "目标"],
      ["第三行", 3],
    ]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
  });

  it("keeps data far apart without the rectangle between: one value at XFD1048576", () => {
    const grid = gridSheetOf({
      name: "分解表",
      blocks: [
        { rowIndex: 0, columnIndex: 0, values: [["指标", "目标"]] },
        { rowIndex: 1048575, columnIndex: 16383, values: [["误填"]] },
      ],
      mergedAddresses: [],
    });
    expect(grid.values).toHaveLength(1048576);
    expect(grid.values[0]).toEqual(["指标", "目标"]);
    expect(grid.values[1]).toEqual([]);
    // Every row between is the one shared empty row: nothing is allocated per cell.
    expect(new Set(grid.values.slice(1, 1048575)).size).toBe(1);
    expect(grid.values[1048575]).toHaveLength(16384);
    expect(grid.values[1048575][16383]).toBe("误填");
  });

  it("gives an empty sheet no rows and no hidden-row list when none was read", () => {
    expect(
      gridSheetOf({
        name: "Sheet1",
        blocks: [{ rowIndex: 0, columnIndex: 0, values: [[""]] }],
        mergedAddresses: [],
      })
    ).toEqual({
      name: "Sheet1",
      values: [],
      merges: [],
    });
  });

  it("never throws and only yields engine cell values", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.object());
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
        fc.nat(3),
        fc.nat(3),
        (values, rowIndex, columnIndex) => {
          const grid = gridSheetOf({
            name: "x",
            blocks: [{ rowIndex, columnIndex, values }],
            mergedAddresses: [],
          });
          for (const row of grid.values) {
            for (const value of row) {
              expect(value === null || ["string", "number", "boolean"].includes(typeof value)).toBe(
                true
              );
              expect(value).not.toBe("");
              expect(typeof value !== "number" || Number.isFinite(value)).toBe(true);
            }
          }
        }
      )
    );
  });
});
