import fc from "fast-check";
import { dec } from "../../../src/engine/kernel/decimal";
import { paceGap } from "../../../src/engine/pace/paceGap";

describe("paceGap", () => {
  it.each([
    // [actual, annual target, pace target, expected (toFixed 6)]
    [7000, 13600, 7700, "-0.051471"], // 地方财政收入 July: 5.1 points behind
    [7700, 13600, 7700, "0.000000"],
    [8000, 13600, 7700, "0.022059"],
    [16.25, 73.8, 30.3, "-0.190379"], // 全社会固定资产投资 July, seed 004's July figure
    [6800, 13600, 6800, "0.000000"],
    [-100, 13600, 0, "-0.007353"],
  ])("进度差 of %d against T %d and P %d is %s", (actual, target, plan, expected) => {
    expect(paceGap(actual, target, plan).toFixed(6)).toBe(expected);
  });

  it.each([
    // exact: floats would give 0.19999999999999998, 0.30000000000000004 …
    [0.3, 1, 0.1, "0.2"],
    ["0.3", "1", "0.1", "0.2"],
    ["0.3", "0.1", "0.2", "1"],
    [0.1, 0.3, 0.4, "-1"],
    ["0.7", "0.3", "0.4", "1"],
    [dec("0.1").plus("0.2"), 1, "0.3", "0"],
  ])("is exact: paceGap(%s, %s, %s) = %s", (actual, target, plan, expected) => {
    expect(paceGap(actual, target, plan).toString()).toBe(expected);
  });

  it.each([[0], ["0"], ["-0"], [dec(0)]])(
    "rejects annual target %j as divisionByZero/zeroTarget",
    (target) => {
      expect(() => paceGap(1, target, 1)).toThrow(
        expect.objectContaining({ kind: "divisionByZero", key: "zeroTarget" })
      );
    }
  );

  it("equals completion minus the planned share, A/T − P/T", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (actual, target, plan) => {
          const expected = dec(actual).div(target).minus(dec(plan).div(target));
          expect(paceGap(actual, target, plan).minus(expected).abs().lt("1e-30")).toBe(true);
          expect(paceGap(actual, target, plan).gte(0)).toBe(actual >= plan);
        }
      )
    );
  });
});
