import { isPercentUnit } from "../../../src/engine/table/isPercentUnit";

describe("isPercentUnit", () => {
  it.each([
    ["%", true],
    ["％", true],
    [" % ", true],
    ["百分点", true],
    ["個百分點", true],
    ["万元", false],
    ["μg/m3", false],
    ["", false],
  ])("%j → %s", (unit, percent) => {
    expect(isPercentUnit(unit)).toBe(percent);
  });
});
