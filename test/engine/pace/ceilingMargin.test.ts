import { ceilingMargin } from "../../../src/engine/pace/ceilingMargin";

describe("ceilingMargin", () => {
  it.each([
    // PM10 ceilings of seed 000: ≤72 上半年, ≤65 前三季度, ≤60 全年
    [65, 58, "7", "0.107692"],
    [65, 68, "-3", "-0.046154"],
    [60, 68, "-8", "-0.133333"],
    [72, 72, "0", "0.000000"],
    [0.3, 0.1, "0.2", "0.666667"], // exact margin: floats give 0.19999999999999998
  ])("ceiling %s, actual %s → margin %s, ratio %s", (ceiling, actual, margin, ratio) => {
    const result = ceilingMargin(ceiling, actual);
    expect(result.margin.toString()).toBe(margin);
    expect(result.ratio.toFixed(6)).toBe(ratio);
  });

  it("rejects a zero ceiling as divisionByZero/zeroTarget", () => {
    expect(() => ceilingMargin(0, 1)).toThrow(
      expect.objectContaining({ kind: "divisionByZero", key: "zeroTarget" })
    );
  });
});
