import { monthOverMonth } from "../../../src/engine/pace/monthOverMonth";

describe("monthOverMonth", () => {
  it.each([
    [5025, 16208, "-11183", "-0.689968"], // seed 004: 财政 July 5025 vs June 16208, 降幅69%
    [16.25, 32.48, "-16.23", "-0.499692"], // seed 004: 固投 减少16.23亿元, 降幅50%
    [35.8, 44.9, "-9.1", "-0.202673"], // seed 004: 规上工业总产值 减少9.1亿元, 降幅20%
    [120, 100, "20", "0.200000"],
    [0.3, 0.1, "0.2", "2.000000"], // exact
    [-50, -100, "50", "0.500000"], // a rise from a negative month stays positive
  ])("环比 of %s against %s → delta %s, ratio %s", (current, previous, delta, ratio) => {
    const result = monthOverMonth(current, previous);
    expect(result.delta.toString()).toBe(delta);
    expect(result.ratio?.toFixed(6)).toBe(ratio);
  });

  it("rounds to seed 004's −69%", () => {
    expect(monthOverMonth(5025, 16208).ratio?.times(100).toFixed(0)).toBe("-69");
  });

  it("gives no ratio when the previous month is 0", () => {
    const result = monthOverMonth(5025, 0);
    expect(result.delta.toString()).toBe("5025");
    expect(result.ratio).toBeNull();
  });
});
