import fc from "fast-check";
import { readDate } from "../../../src/engine/kernel/readDate";

describe("readDate", () => {
  it.each([
    [42597, "2016-08-15"],
    [42598.75, "2016-08-16"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    ["2016-08-16", "2016-08-16"],
    ["2016-08-16T00:00:00.000Z", "2016-08-16"],
    ["2016-8-6", "2016-08-06"],
    ["2016/8/16", "2016-08-16"],
    ["2016.08.16", "2016-08-16"],
    ["2016年8月16日", "2016-08-16"],
    ["２０１６年８月１６日", "2016-08-16"],
    ["2016—08—16", "2016-08-16"],
    ["20160816", "2016-08-16"],
    ["8月16日", "--08-16"],
    ["8月16号", "--08-16"],
    ["2/29", "--02-29"],
  ])("reads %p as %s", (value, expected) => {
    expect(readDate(value)).toBe(expected);
  });

  it.each([
    [null],
    [""],
    [true],
    [60],
    [0],
    [-3],
    [Number.NaN],
    ["2016-02-30"],
    ["2015-02-29"],
    ["明天"],
    ["13月1日"],
    [3e6],
  ])("gives null for %p", (value) => {
    expect(readDate(value)).toBeNull();
  });

  it("never throws and gives an ISO date or null", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.boolean()),
        (value) => {
          const result = readDate(value);
          expect(result === null || /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(result)).toBe(true);
        }
      )
    );
  });
});
