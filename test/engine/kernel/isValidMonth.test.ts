import { isValidMonth, isValidPeriods } from "../../../src/engine/kernel/isValidMonth";

describe("isValidMonth", () => {
  it.each([
    [1, 12, true],
    [12, 12, true],
    [7, 12, true],
    [0, 12, false],
    [13, 12, false],
    [7.5, 12, false],
    [Number.NaN, 12, false],
    [4, 4, true],
    [5, 4, false],
    [1, 0, false],
    [1, 2.5, false],
  ])("month %s of %s periods → %s", (month, periods, valid) => {
    expect(isValidMonth(month, periods)).toBe(valid);
  });

  it.each([
    [12, true],
    [1, true],
    [0, false],
    [-12, false],
    [12.5, false],
  ])("periods %s → %s", (periods, valid) => {
    expect(isValidPeriods(periods)).toBe(valid);
  });
});
