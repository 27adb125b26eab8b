import fc from "fast-check";
import { gridSheetOf } from "../../src/excel/gridSheetOf";

describe("gridSheetOf", () => {
  it("pads to A1, turns blanks to null and date serials to ISO, keeps errors as text", () => {
    expect(
      gridSheetOf({
        name: "分解表",
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
        mergedAddress: "分解表!B2:C2, 分解表!Z99",
        hiddenRows: [3, 2],
      })
    ).toEqual({
      name: "分解表",
      values: [[], [null, "指标", "日期", null], [null, "地方财政收入", "2016-07-31", "#DIV/0!"]],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      hiddenRows: [2, 3],
    });
  });

  it("gives an empty sheet no rows and no hidden-row list when none was read", () => {
    expect(
      gridSheetOf({
        name: "Sheet1",
        rowIndex: 0,
        columnIndex: 0,
        values: [[""]],
        mergedAddress: null,
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
            rowIndex,
            columnIndex,
            values,
            mergedAddress: null,
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
