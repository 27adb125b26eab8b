import { isTotalRow } from "../../../src/engine/table/isTotalRow";

describe("isTotalRow", () => {
  it.each([
    ["合计", true],
    ["总计", true],
    ["小计", true],
    ["共计", true],
    ["合计数", false],
    ["全县合计", false],
    ["合計", false], // traditional: callers simplify first
    ["", false],
  ])("%s → %s", (name, expected) => {
    expect(isTotalRow(name)).toBe(expected);
  });
});
