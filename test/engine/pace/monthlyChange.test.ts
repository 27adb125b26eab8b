import fc from "fast-check";
import { monthlyChange } from "../../../src/engine/pace/monthlyChange";

describe("monthlyChange", () => {
  it.each([
    // A(m), A(m−1), A(m−2) → this month, last month, change, change in % (to 4 places)
    [41233, 36208, 20000, "5025", "16208", "-11183", "-0.69"], // seed 004 财政
    [88.73, 72.48, 40, "16.25", "32.48", "-16.23", "-0.4997"], // seed 004 固投
    [230.7, 194.9, 150, "35.8", "44.9", "-9.1", "-0.2027"], // seed 004 规上总产值
    [0.3, 0.2, 0.1, "0.1", "0.1", "0", "0"], // exact: never 0.09999999999999998
    [30, 20, 20, "10", "0", "10", null], // nothing last month: no ratio
  ])("A = %p, %p, %p → %s, %s, %s, %s", (actual, last, before, current, previous, delta, ratio) => {
    const change = monthlyChange(actual, last, before);
    expect([
      change?.current.toString(),
      change?.previous?.toString(),
      change?.delta?.toString(),
      change?.ratio?.toDecimalPlaces(4).toString() ?? null,
    ]).toEqual([current, previous, delta, ratio]);
  });

  it("knows this month's figure without the month before last, and nothing without last month", () => {
    const change = monthlyChange(700, 600, null);
    expect([change?.current.toString(), change?.previous, change?.delta, change?.ratio]).toEqual([
      "100",
      null,
      null,
      null,
    ]);
    expect(monthlyChange(700, null, 500)).toBeNull();
    expect(monthlyChange(null, 600, 500)).toBeNull();
  });

  it("its figures add up: this month = last month + change", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (a, b, c) => {
        const change = monthlyChange(a, b, c);
        expect(change?.previous?.plus(change.delta ?? 0).eq(change.current)).toBe(true);
      })
    );
  });
});
