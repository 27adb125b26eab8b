import { CellValue } from "../../../src/engine/kernel/grid";
import { isBlankCell } from "../../../src/engine/table/isBlankCell";

describe("isBlankCell", () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    ["", true],
    ["  \n\t", true],
    ["\u3000", true],
    ["-", false],
    [0, false],
    [false, false],
    ["x", false],
  ])("%j → %s", (value, expected) => {
    expect(isBlankCell(value)).toBe(expected);
  });
});
