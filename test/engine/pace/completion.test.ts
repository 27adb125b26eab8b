import { completion } from "../../../src/engine/pace/completion";

describe("completion", () => {
  it.each([
    [7000, 13600, "higher", "0.514706"], // 地方财政收入 July
    [13600, 13600, "higher", "1.000000"],
    [16.25, 73.8, "higher", "0.220190"],
    [50, 60, "lower", "1.200000"], // PM10 ≤ 60, measured 50
    [72, 72, "lower", "1.000000"],
    [80, 60, "lower", "0.750000"],
  ] as const)("完成率 of %s against %s (%s) is %s", (actual, target, direction, expected) => {
    expect(completion(actual, target, direction).toFixed(6)).toBe(expected);
  });

  it.each([
    [0.3, 0.1, "higher", "3"], // floats give 2.9999999999999996
    ["0.3", "0.1", "higher", "3"],
    [0.1, 0.3, "lower", "3"],
  ] as const)("is exact: completion(%s, %s, %s) = %s", (actual, target, direction, expected) => {
    expect(completion(actual, target, direction).toString()).toBe(expected);
  });

  it("defaults to higher-is-better", () => {
    expect(completion(6800, 13600).toString()).toBe("0.5");
  });

  it.each([
    [1, 0, "higher", "divisionByZero", "zeroTarget"],
    [0, 60, "lower", "divisionByZero", "zeroActual"],
    [1, 1, "down", "value", "invalidOption"],
  ])("rejects completion(%s, %s, %s) (%s/%s)", (actual, target, direction, kind, key) => {
    expect(() => completion(actual, target, direction as never)).toThrow(
      expect.objectContaining({ kind, key })
    );
  });
});
