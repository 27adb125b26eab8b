import { columnLetters, parseAreas, rangeAddress } from "../../src/excel/areaAddress";

describe("addresses", () => {
  it.each([
    [
      "分解表!A1:C1, 分解表!B5:B6",
      [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 4, left: 1, bottom: 5, right: 1 },
      ],
    ],
    [
      "'a,b'!$AA$10:$AB$12,'a,b'!D4",
      [
        { top: 9, left: 26, bottom: 11, right: 27 },
        { top: 3, left: 3, bottom: 3, right: 3 },
      ],
    ],
    ["'O''Brien'!C3:A1", [{ top: 0, left: 0, bottom: 2, right: 2 }]],
    ["Sheet1!A:A", []],
    ["", []],
  ])("%s → %j", (address, areas) => {
    expect(parseAreas(address)).toEqual(areas);
  });

  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [16383, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([
    [3, 0, 2, 3, "A4:C5"],
    [0, 0, 1, 1, "A1"],
  ])("block %i,%i %ix%i is %s", (top, left, rows, columns, address) => {
    expect(rangeAddress(top, left, rows, columns)).toBe(address);
  });
});
