import { diagnostic } from "../../../src/engine/kernel/diagnostic";
import { emptySummary } from "../../../src/engine/summary/emptySummary";

describe("emptySummary", () => {
  it.each([
    [7, 12, "镇巴县", 2016, "2016-07"],
    [0, 12, null, null, "00"],
    [3, 4, null, 2018, "2018-03"],
  ])(
    "month %p of %p, %p %p: nothing but the diagnostics, run %s",
    (month, periods, county, year, key) => {
      const found = [diagnostic("no_header", "error", "随便", "", "tableNoTable")];
      expect(emptySummary(month, periods, county, year, found)).toEqual({
        month,
        periods,
        county,
        year,
        indicators: [],
        ranking: [],
        adjustments: [],
        warnings: [],
        notices: [],
        late: [],
        interviews: [],
        diagnostics: found,
        sheets: [],
        run: { month, year, county, key },
      });
    }
  );
});
