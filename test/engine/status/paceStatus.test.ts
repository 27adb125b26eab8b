import fc from "fast-check";
import { IndicatorInput } from "../../../src/engine/status/assessIndicator";
import { paceStatus } from "../../../src/engine/status/paceStatus";
import { PaceSettings } from "../../../src/engine/kernel/types";

const settings: PaceSettings = { periods: 12, band: 0.05 };

/** 地方财政收入 (seed 000): 上半年 6800, 前三季度 9500, 全年 13600. */
const revenue: IndicatorInput = {
  direction: "higher",
  measure: "absolute",
  checkpoints: [
    { month: 6, target: 6800 },
    { month: 9, target: 9500 },
  ],
  annualTarget: 13600,
  actual: 7000,
  previousActual: 6100,
  month: 7,
};

describe("paceStatus", () => {
  it.each([
    // [case, input, status, pace gap (toFixed 6 or null), target in force, pace target]
    ["地方财政收入 July at 7000", revenue, "serious", "-0.051471", "13600", "7700"],
    [
      "地方财政收入 July at 7500",
      { ...revenue, actual: 7500 },
      "lagging",
      "-0.014706",
      "13600",
      "7700",
    ],
    [
      "地方财政收入 June at 6800",
      { ...revenue, month: 6, actual: 6800 },
      "on_pace",
      "0.000000",
      "13600",
      "6800",
    ],
    ["not reported", { ...revenue, actual: null }, "not_reported", null, "13600", "7700"],
    [
      "PM10 ≤ 72 at 68 (lower is better)",
      { ...revenue, direction: "lower", checkpoints: [], annualTarget: 72, actual: 68 },
      "on_pace",
      "0.055556",
      "72",
      "72",
    ],
    [
      "生产总值 growth 8.4% at 7.9%",
      { ...revenue, measure: "growth", checkpoints: [], annualTarget: 8.4, actual: 7.9 },
      "lagging",
      "-0.005000",
      "8.4",
      "8.4",
    ],
    [
      "削减比 0 at −1 (zero target)",
      { ...revenue, checkpoints: [], annualTarget: 0, actual: -1 },
      "serious",
      null,
      "0",
      "0",
    ],
  ] as const)("%s", (_name, input, status, gap, targetInForce, plan) => {
    const result = paceStatus(input as IndicatorInput, settings);
    expect(result.status).toBe(status);
    expect(result.paceGap === null ? null : result.paceGap.toFixed(6)).toBe(gap);
    expect(result.targetInForce.toString()).toBe(targetInForce);
    expect(result.paceTarget.toString()).toBe(plan);
  });

  it.each([
    [{ ...revenue, month: 13 }, "number", "monthOutOfRange"],
    [{ ...revenue, actual: Number.NaN }, "value", "notANumber"],
    [{ ...revenue, checkpoints: [], annualTarget: null }, "value", "noTargets"],
  ])("rejects %j as assessIndicator does (%s/%s)", (input, kind, key) => {
    expect(() => paceStatus(input, settings)).toThrow(expect.objectContaining({ kind, key }));
  });

  it("gives 未报送 exactly without an actual, else the status its pace gap and band say", () => {
    const figure = fc.oneof(
      fc.integer({ min: -2000, max: 20000 }),
      fc.integer({ min: -200000, max: 2000000 }).map((cents) => cents / 100),
      fc.constant(0)
    );
    const input = fc.record({
      direction: fc.constantFrom("higher" as const, "lower" as const),
      measure: fc.constantFrom("absolute" as const, "growth" as const),
      checkpoints: fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), target: figure }), {
        maxLength: 4,
      }),
      annualTarget: fc.option(figure, { nil: null }),
      actual: fc.option(figure, { nil: null }),
      previousActual: fc.option(figure, { nil: null }),
      month: fc.integer({ min: 1, max: 12 }),
    });
    const options = fc.record({
      periods: fc.constant(12),
      band: fc.constantFrom(0, 0.02, 0.05, 0.1),
      method: fc.constantFrom(undefined, "linear" as const, "checkpoint" as const),
    });
    fc.assert(
      fc.property(input, options, (given, paceSettings) => {
        fc.pre(given.checkpoints.length > 0 || given.annualTarget !== null);
        const { status, paceGap, targetInForce } = paceStatus(given, paceSettings);
        if (given.actual === null) {
          return status === "not_reported" && paceGap === null;
        }
        if (paceGap === null) {
          // Only a zero target computes no ratio (and a growth rate always has one).
          return (
            given.measure === "absolute" && targetInForce.isZero() && status !== "not_reported"
          );
        }
        const expected = paceGap.gte(0)
          ? "on_pace"
          : paceGap.gt(-paceSettings.band)
            ? "lagging"
            : "serious";
        return status === expected;
      }),
      { numRuns: 3000 }
    );
  });
});
