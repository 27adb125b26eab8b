import { CellValue } from "../../../src/engine/kernel/grid";
import { mergeIndex } from "../../../src/engine/table/mergeIndex";
import { readCell } from "../../../src/engine/table/readCell";
import { sheet } from "../fixtures/sheet";

describe("readCell", () => {
  const index = mergeIndex(
    sheet(
      "表",
      [
        ["地方财政收入", "绝对量", "上半年"],
        [null, "增幅", null],
        ["一、经济指标", null, null],
        ["税收收入"],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 }, // the name over two rows
        { top: 2, left: 0, bottom: 2, right: 2 }, // a heading across the table
      ]
    )
  );

  it.each<[number, number | undefined, CellValue]>([
    [0, 0, "地方财政收入"],
    [1, 0, "地方财政收入"], // filled from the merge above
    [1, 1, "增幅"],
    [1, 2, null],
    [2, 0, "一、经济指标"],
    [2, 1, null], // inside a merge that starts in another column
    [2, 2, null],
    [3, 2, null], // past the end of a ragged row
    [9, 0, null], // past the last row
    [0, undefined, null], // a column the table does not have
  ])("row %i, column %p → %j", (row, column, value) => {
    expect(readCell(index, row, column)).toBe(value);
  });
});
