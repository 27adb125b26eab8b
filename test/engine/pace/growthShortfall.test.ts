import { growthShortfall } from "../../../src/engine/pace/growthShortfall";

describe("growthShortfall", () => {
  it.each([
    [100000, 8.4, 6.3, "2100"],
    [527.8, 18, 12.6, "28.5012"], // seed 004: 5.4 points, 绝对量欠账约28.5亿元
    [321.4, 21, 12.6, "26.9976"], // seed 004: 8.4 points, 约27亿元
    [1000, 10, 12, "-20"], // ahead of the target rate
    [0.3, 0.3, 0.1, "0.0006"], // exact
  ])("B %s, target %s%%, actual %s%% → shortfall %s", (base, target, actual, expected) => {
    expect(growthShortfall(base, target, actual).toString()).toBe(expected);
  });
});
