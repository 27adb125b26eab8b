import { runOf } from "../../../src/engine/workbook/runOf";
import { summaryRun } from "../../../src/engine/workbook/summaryRun";

describe("summaryRun", () => {
  it.each([
    [7, 2016, "镇巴县", "2016-07"],
    [12, 2018, null, "2018-12"],
    [7, null, "镇巴县", "07"],
    [1, null, null, "01"],
  ])("month %p of %p, %p → run %s, as runOf keys it", (month, year, county, key) => {
    expect(summaryRun(month, year, county)).toEqual({ month, year, county, key });
    expect(key).toBe(runOf({ year, month }));
  });
});
