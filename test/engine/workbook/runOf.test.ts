import { runOf } from "../../../src/engine/workbook/runOf";

describe("runOf", () => {
  it.each([
    [2016, 7, "2016-07"],
    [2017, 12, "2017-12"],
    [null, 7, "07"],
    [null, 12, "12"],
  ])("year %p month %p → %p", (year, month, run) => {
    expect(runOf({ year, month })).toBe(run);
  });
});
