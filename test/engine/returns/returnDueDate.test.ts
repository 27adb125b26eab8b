import { returnDueDate } from "../../../src/engine/returns/returnDueDate";

describe("returnDueDate", () => {
  it.each([
    [8, 2016, 15, "2016-09-15"],
    [12, 2016, 15, "2017-01-15"],
    [1, 2016, 31, "2016-02-29"],
    [1, 2017, 31, "2017-02-28"],
    [3, 2016, 31, "2016-04-30"],
    [8, null, 15, "--09-15"],
    [12, null, 10, "--01-10"],
  ])("month %s of %s, day %s → %s", (month, year, day, expected) => {
    expect(returnDueDate(month, year, day)).toBe(expected);
  });

  it("is due on the 15th by default (seed 001)", () => {
    expect(returnDueDate(7, 2016)).toBe("2016-08-15");
  });

  it.each([
    [0, 15, "月份0超出范围，应在1至12之间"],
    [13, 15, "月份13超出范围，应在1至12之间"],
    [7, 32, "“dueDay”的取值“32”无效，可用：1…31"],
    [7, 1.5, "“dueDay”的取值“1.5”无效，可用：1…31"],
  ])("rejects month %s with day %s", (month, day, message) => {
    expect(() => returnDueDate(month, 2016, day)).toThrow(message);
  });
});
