import { isAfterMonth } from "../../../src/engine/kernel/isAfterMonth";

describe("isAfterMonth", () => {
  it.each([
    ["2016-08-03", 7, 2016, true],
    ["2016-07-31", 7, 2016, false],
    ["2015-12-01", 7, 2016, false],
    ["2017-01-05", 12, 2016, true],
    ["--08-03", 7, 2016, true],
    ["--07-03", 7, null, false],
    ["2016-09-01", 8, null, true],
    ["八月初", 7, 2016, false],
    [undefined, 7, 2016, false],
  ])("%s after month %d of %s → %s", (date, month, year, after) => {
    expect(isAfterMonth(date, month, year)).toBe(after);
  });
});
