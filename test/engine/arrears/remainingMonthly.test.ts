import { remainingMonthly } from "../../../src/engine/arrears/remainingMonthly";

describe("remainingMonthly", () => {
  it.each([
    // [T, A, month, periods, expected]
    [13600, 7000, 7, 12, "1320"], // 地方财政收入: 后5个月 each 1320 万元
    [13600, 12000, 11, 12, "1600"],
    [13600, 14000, 11, 12, "-400"], // already exceeded
    [73.8, 30.3, 7, 12, "8.7"],
    [100, 40, 2, 4, "30"],
    ["0.3", "0.1", 10, 12, "0.1"], // exact
    [0.3, 0.1, 10, 12, "0.1"],
  ])(
    "后N个月月均任务 of T %s, A %s at month %d of %d is %s",
    (target, actual, month, periods, expected) => {
      expect(remainingMonthly(target, actual, month, periods).toString()).toBe(expected);
    }
  );

  it("defaults to 12 periods", () => {
    expect(remainingMonthly(13600, 7000, 7).toString()).toBe("1320");
  });

  it.each([
    [12, 12, "divisionByZero", "noMonthsLeft"],
    [4, 4, "divisionByZero", "noMonthsLeft"],
    [13, 12, "number", "monthOutOfRange"],
    [0, 12, "number", "monthOutOfRange"],
    [1, 0, "number", "periodsInvalid"],
  ])("rejects month %d of %d (%s/%s)", (month, periods, kind, key) => {
    expect(() => remainingMonthly(100, 50, month, periods)).toThrow(
      expect.objectContaining({ kind, key })
    );
  });
});
