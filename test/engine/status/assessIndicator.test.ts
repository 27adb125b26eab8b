import fc from "fast-check";
import {
  IndicatorInput,
  IndicatorResult,
  assessIndicator,
} from "../../../src/engine/status/assessIndicator";
import { Dec, dec } from "../../../src/engine/kernel/decimal";
import { statusOf } from "../../../src/engine/status/statusOf";
import { CheckpointTarget, PaceSettings } from "../../../src/engine/kernel/types";

/** Seed 000's checkpoints (zhenba-2016-targets.tsv). */
const revenue: readonly CheckpointTarget[] = [
  { month: 6, target: 6800 },
  { month: 9, target: 9500 },
  { month: 12, target: 13600 },
];
const revenueGrowth: readonly CheckpointTarget[] = [
  { month: 6, target: 8.4 },
  { month: 9, target: 22.16 },
  { month: 12, target: 10.0 },
];
const investment: readonly CheckpointTarget[] = [
  { month: 6, target: 26.15 },
  { month: 7, target: 30.3 },
  { month: 8, target: 37.29 },
  { month: 9, target: 43.19 },
  { month: 10, target: 51.98 },
  { month: 11, target: 64.19 },
  { month: 12, target: 73.23 },
];
const industryGrowth: readonly CheckpointTarget[] = [
  { month: 6, target: -1.2 },
  { month: 7, target: 3.2 },
  { month: 8, target: 9.5 },
];
const pm10: readonly CheckpointTarget[] = [
  { month: 6, target: 72 },
  { month: 9, target: 65 },
  { month: 12, target: 60 },
];
const sulphurCut: readonly CheckpointTarget[] = [
  { month: 6, target: 0 },
  { month: 12, target: 0 },
];
const codCut: readonly CheckpointTarget[] = [
  { month: 6, target: 1 },
  { month: 12, target: 1 },
];

const settings: PaceSettings = { periods: 12, band: 0.05 };

/** Every figure as toFixed(6), so one toEqual checks the whole result. */
type Shown = {
  [K in keyof IndicatorResult]: K extends "status" ? IndicatorResult[K] : string | null;
};
function show(result: IndicatorResult): Shown {
  const fixed = (value: Dec | null): string | null => (value === null ? null : value.toFixed(6));
  return {
    targetInForce: fixed(result.targetInForce),
    paceTarget: fixed(result.paceTarget),
    previousPaceTarget: fixed(result.previousPaceTarget),
    completion: fixed(result.completion),
    paceGap: fixed(result.paceGap),
    arrears: fixed(result.arrears),
    newArrears: fixed(result.newArrears),
    remainingMonthly: fixed(result.remainingMonthly),
    status: result.status,
  };
}

function input(
  partial: Partial<IndicatorInput> & Pick<IndicatorInput, "checkpoints" | "month">
): IndicatorInput {
  return {
    direction: "higher",
    measure: "absolute",
    annualTarget: null,
    actual: null,
    previousActual: null,
    ...partial,
  };
}

/** A Shown with every figure null unless given. */
function expected(partial: Partial<Shown> & Pick<Shown, "status">): Shown {
  return {
    targetInForce: null,
    paceTarget: null,
    previousPaceTarget: null,
    completion: null,
    paceGap: null,
    arrears: null,
    newArrears: null,
    remainingMonthly: null,
    ...partial,
  };
}

describe("assessIndicator", () => {
  describe("absolute, higher-is-better (地方财政收入 6800/9500/13600)", () => {
    it.each([
      [
        "July 7000 after June 6500, checkpoint method",
        input({ checkpoints: revenue, month: 7, actual: 7000, previousActual: 6500 }),
        settings,
        expected({
          targetInForce: "13600.000000",
          paceTarget: "7700.000000",
          previousPaceTarget: "6800.000000",
          completion: "0.514706",
          paceGap: "-0.051471",
          arrears: "700.000000",
          newArrears: "400.000000",
          remainingMonthly: "1320.000000",
          status: "serious",
        }),
      ],
      [
        "July 7000 after June 6500, linear method",
        input({ checkpoints: revenue, month: 7, actual: 7000, previousActual: 6500 }),
        { ...settings, method: "linear" },
        expected({
          targetInForce: "13600.000000",
          paceTarget: "7933.333333",
          previousPaceTarget: "6800.000000",
          completion: "0.514706",
          paceGap: "-0.068627",
          arrears: "933.333333",
          newArrears: "633.333333",
          remainingMonthly: "1320.000000",
          status: "serious",
        }),
      ],
      [
        "July 7500: lagging",
        input({ checkpoints: revenue, month: 7, actual: 7500, previousActual: 6500 }),
        settings,
        expected({
          targetInForce: "13600.000000",
          paceTarget: "7700.000000",
          previousPaceTarget: "6800.000000",
          completion: "0.551471",
          paceGap: "-0.014706",
          arrears: "200.000000",
          newArrears: "-100.000000",
          remainingMonthly: "1220.000000",
          status: "lagging",
        }),
      ],
      [
        "July 7800: ahead of pace, no previous actual so no new arrears",
        input({ checkpoints: revenue, month: 7, actual: 7800 }),
        settings,
        expected({
          targetInForce: "13600.000000",
          paceTarget: "7700.000000",
          previousPaceTarget: "6800.000000",
          completion: "0.573529",
          paceGap: "0.007353",
          arrears: "-100.000000",
          remainingMonthly: "1160.000000",
          status: "on_pace",
        }),
      ],
      [
        "month 1: previous pace target and actual are 0",
        input({ checkpoints: revenue, month: 1, actual: 1000 }),
        settings,
        expected({
          targetInForce: "13600.000000",
          paceTarget: "1133.333333",
          previousPaceTarget: "0.000000",
          completion: "0.073529",
          paceGap: "-0.009804",
          arrears: "133.333333",
          newArrears: "133.333333",
          remainingMonthly: "1145.454545",
          status: "lagging",
        }),
      ],
      [
        "month 12: no remaining monthly task",
        input({ checkpoints: revenue, month: 12, actual: 13600, previousActual: 12000 }),
        settings,
        expected({
          targetInForce: "13600.000000",
          paceTarget: "13600.000000",
          previousPaceTarget: "12233.333333",
          completion: "1.000000",
          paceGap: "0.000000",
          arrears: "0.000000",
          newArrears: "-233.333333",
          status: "on_pace",
        }),
      ],
      [
        "not reported: only the target and pace target",
        input({ checkpoints: revenue, month: 7, previousActual: 6500 }),
        settings,
        expected({
          targetInForce: "13600.000000",
          paceTarget: "7700.000000",
          status: "not_reported",
        }),
      ],
      [
        "a wider band (0.1) makes 5.1 points behind only lagging",
        input({ checkpoints: revenue, month: 7, actual: 7000, previousActual: 6500 }),
        { ...settings, band: 0.1 },
        expected({
          targetInForce: "13600.000000",
          paceTarget: "7700.000000",
          previousPaceTarget: "6800.000000",
          completion: "0.514706",
          paceGap: "-0.051471",
          arrears: "700.000000",
          newArrears: "400.000000",
          remainingMonthly: "1320.000000",
          status: "lagging",
        }),
      ],
    ] as const)("%s", (_name, given, options, result) => {
      expect(show(assessIndicator(given, options))).toEqual(result);
    });
  });

  describe("annual target", () => {
    it("全社会固定资产投资: a given 73.8 replaces 1-12月 73.23 as the year-end target", () => {
      const result = assessIndicator(
        input({
          checkpoints: investment,
          annualTarget: 73.8,
          month: 12,
          actual: 73.8,
          previousActual: 64.19,
        }),
        settings
      );
      expect(result.targetInForce?.toString()).toBe("73.8");
      expect(result.paceTarget?.toString()).toBe("73.8");
      expect(result.previousPaceTarget?.toString()).toBe("64.19");
      expect(result.paceGap?.toString()).toBe("0");
      expect(result.status).toBe("on_pace");
    });

    it.each([
      [9, 43.19, 37.29, "43.19", "5.9"],
      [7, 30.3, 26.15, "30.3", "4.15"],
      [8, 37.29, 30.3, "37.29", "6.99"],
      [11, 64.19, 51.98, "64.19", "12.21"],
    ])(
      "全社会固定资产投资 month %d hits its checkpoint %s exactly",
      (month, actual, previous, plan, planned) => {
        const result = assessIndicator(
          input({
            checkpoints: investment,
            annualTarget: 73.8,
            month,
            actual,
            previousActual: previous,
          }),
          settings
        );
        expect(result.paceTarget?.toString()).toBe(plan);
        expect(result.arrears?.toString()).toBe("0");
        expect(result.paceGap?.toString()).toBe("0");
        expect(result.paceTarget?.minus(result.previousPaceTarget ?? 0).toString()).toBe(planned);
        expect(result.status).toBe("on_pace");
      }
    );

    it("without checkpoints, the annual target alone gives the linear pace", () => {
      const result = assessIndicator(
        input({ checkpoints: [], annualTarget: 13600, month: 7, actual: 7000 }),
        settings
      );
      expect(result.targetInForce?.toString()).toBe("13600");
      expect(result.paceTarget?.toFixed(6)).toBe("7933.333333");
    });

    it("without a year-end checkpoint or annual target, the latest checkpoint is the target", () => {
      const result = assessIndicator(
        input({ checkpoints: revenue.slice(0, 2), month: 7, actual: 7700 }),
        settings
      );
      expect(result.targetInForce?.toString()).toBe("9500");
      expect(result.paceTarget?.toString()).toBe("7700");
      expect(result.remainingMonthly?.toString()).toBe("360");
      expect(result.status).toBe("on_pace");
    });
  });

  describe("zero target (削减比 0)", () => {
    it.each([
      [0, 0, "0.000000", "0.000000", "0.000000", "on_pace"],
      [0.5, 0.2, "-0.500000", "-0.300000", "-0.100000", "on_pace"],
      [-0.2, 0, "0.200000", "0.200000", "0.040000", "serious"],
    ])(
      "二氧化硫削减比 July actual %s after %s",
      (actual, previous, owed, owedThisMonth, remaining, status) => {
        expect(
          show(
            assessIndicator(
              input({ checkpoints: sulphurCut, month: 7, actual, previousActual: previous }),
              settings
            )
          )
        ).toEqual(
          expected({
            targetInForce: "0.000000",
            paceTarget: "0.000000",
            previousPaceTarget: "0.000000",
            arrears: owed,
            newArrears: owedThisMonth,
            remainingMonthly: remaining,
            status: status as "on_pace" | "serious",
          })
        );
      }
    );

    it("化学需氧量削减比 1 is an ordinary target", () => {
      const result = assessIndicator(input({ checkpoints: codCut, month: 7, actual: 1 }), settings);
      expect(result.paceTarget?.toString()).toBe("1");
      expect(result.completion?.toString()).toBe("1");
      expect(result.status).toBe("on_pace");
    });
  });

  describe("growth rate (地方财政收入增幅 8.4/22.16/10.0)", () => {
    it.each([
      [3, 12, "8.4", "0.036", "on_pace"],
      [6, 8.4, "8.4", "0", "on_pace"],
      [7, 20.1, "22.16", "-0.0206", "lagging"],
      [9, 17.16, "22.16", "-0.05", "serious"],
      [10, 4.9, "10", "-0.051", "serious"],
      [12, 10.5, "10", "0.005", "on_pace"],
    ])(
      "month %d, actual %s%%: rate in force %s, gap %s, %s",
      (month, actual, rate, gap, status) => {
        const result = assessIndicator(
          input({
            measure: "growth",
            checkpoints: revenueGrowth,
            month,
            actual,
            previousActual: 1,
          }),
          settings
        );
        expect(result.targetInForce?.toString()).toBe(rate);
        expect(result.paceTarget?.toString()).toBe(rate);
        expect(result.paceGap?.toString()).toBe(gap);
        expect(result.status).toBe(status);
        expect([
          result.previousPaceTarget,
          result.completion,
          result.arrears,
          result.newArrears,
          result.remainingMonthly,
        ]).toEqual([null, null, null, null, null]);
      }
    );

    it("规上工业增加值增幅 上半年 −1.2: −0.5 is 0.7 points ahead", () => {
      const result = assessIndicator(
        input({ measure: "growth", checkpoints: industryGrowth, month: 6, actual: -0.5 }),
        settings
      );
      expect(result.paceGap?.toString()).toBe("0.007");
      expect(result.status).toBe("on_pace");
    });

    it("after the last checkpoint the last rate stays in force", () => {
      const result = assessIndicator(
        input({ measure: "growth", checkpoints: industryGrowth, month: 10, actual: 9.5 }),
        settings
      );
      expect(result.targetInForce?.toString()).toBe("9.5");
      expect(result.status).toBe("on_pace");
    });

    it("a lower-is-better rate counts being under it as ahead", () => {
      const rate = [{ month: 12, target: 3 }];
      const under = assessIndicator(
        input({ direction: "lower", measure: "growth", checkpoints: rate, month: 7, actual: 2 }),
        settings
      );
      const over = assessIndicator(
        input({ direction: "lower", measure: "growth", checkpoints: rate, month: 7, actual: 8 }),
        settings
      );
      expect([under.paceGap?.toString(), under.status]).toEqual(["0.01", "on_pace"]);
      expect([over.paceGap?.toString(), over.status]).toEqual(["-0.05", "serious"]);
    });

    it("not reported keeps the rate in force", () => {
      expect(
        show(
          assessIndicator(
            input({ measure: "growth", checkpoints: revenueGrowth, month: 7 }),
            settings
          )
        )
      ).toEqual(
        expected({ targetInForce: "22.160000", paceTarget: "22.160000", status: "not_reported" })
      );
    });
  });

  describe("lower-is-better ceiling (PM10 ≤72/≤65/≤60)", () => {
    it.each([
      [7, 58, "65.000000", "1.120690", "0.107692", "-7.000000", "on_pace"],
      [7, 68, "65.000000", "0.955882", "-0.046154", "3.000000", "lagging"],
      [7, 70, "65.000000", "0.928571", "-0.076923", "5.000000", "serious"],
      [3, 72, "72.000000", "1.000000", "0.000000", "0.000000", "on_pace"],
      [6, 72, "72.000000", "1.000000", "0.000000", "0.000000", "on_pace"],
      [12, 61, "60.000000", "0.983607", "-0.016667", "1.000000", "lagging"],
      [12, 0, "60.000000", null, "1.000000", "-60.000000", "on_pace"],
    ])("month %d, measured %s", (month, actual, ceiling, rate, gap, over, status) => {
      expect(
        show(
          assessIndicator(
            input({ direction: "lower", checkpoints: pm10, month, actual, previousActual: 50 }),
            settings
          )
        )
      ).toEqual(
        expected({
          targetInForce: ceiling,
          paceTarget: ceiling,
          completion: rate,
          paceGap: gap,
          arrears: over,
          status: status as "on_pace" | "lagging" | "serious",
        })
      );
    });

    it("not reported keeps the ceiling in force", () => {
      expect(
        show(assessIndicator(input({ direction: "lower", checkpoints: pm10, month: 7 }), settings))
      ).toEqual(
        expected({ targetInForce: "65.000000", paceTarget: "65.000000", status: "not_reported" })
      );
    });

    it.each([
      [0, "on_pace"],
      [1, "serious"],
    ])("a zero ceiling (≤0) with %d measured is %s, with no ratio", (actual, status) => {
      const result = assessIndicator(
        input({ direction: "lower", checkpoints: [{ month: 12, target: 0 }], month: 7, actual }),
        settings
      );
      expect(result.status).toBe(status);
      expect(result.paceGap).toBeNull();
      expect(result.arrears?.toString()).toBe(String(actual));
    });
  });

  describe("errors", () => {
    it.each([
      [
        "no target at all",
        input({ checkpoints: [], month: 7, actual: 1 }),
        settings,
        "value",
        "noTargets",
      ],
      [
        "month 13",
        input({ checkpoints: revenue, month: 13, actual: 1 }),
        settings,
        "number",
        "monthOutOfRange",
      ],
      ["month 0", input({ checkpoints: revenue, month: 0 }), settings, "number", "monthOutOfRange"],
      [
        "periods 0",
        input({ checkpoints: revenue, month: 1 }),
        { ...settings, periods: 0 },
        "number",
        "periodsInvalid",
      ],
      [
        "negative band",
        input({ checkpoints: revenue, month: 7 }),
        { ...settings, band: -0.01 },
        "value",
        "invalidOption",
      ],
      [
        "negative band, zero target",
        input({ checkpoints: sulphurCut, month: 7, actual: 0 }),
        { ...settings, band: -1 },
        "value",
        "invalidOption",
      ],
      [
        "unknown method",
        input({ checkpoints: revenue, month: 7, actual: 1 }),
        { ...settings, method: "even" as never },
        "value",
        "invalidOption",
      ],
      [
        "unknown method, for a ceiling too",
        input({ direction: "lower", checkpoints: pm10, month: 7, actual: 1 }),
        { ...settings, method: "even" as never },
        "value",
        "invalidOption",
      ],
      [
        "unknown direction",
        input({ checkpoints: revenue, month: 7, direction: "up" as never }),
        settings,
        "value",
        "invalidOption",
      ],
      [
        "unknown measure",
        input({ checkpoints: revenue, month: 7, measure: "ratio" as never }),
        settings,
        "value",
        "invalidOption",
      ],
      [
        "NaN actual",
        input({ checkpoints: revenue, month: 7, actual: Number.NaN }),
        settings,
        "value",
        "notANumber",
      ],
      [
        "infinite annual target",
        input({ checkpoints: revenue, month: 7, annualTarget: Infinity }),
        settings,
        "value",
        "notANumber",
      ],
      [
        "checkpoint beyond the year",
        input({ checkpoints: [{ month: 13, target: 1 }], month: 7 }),
        settings,
        "number",
        "monthOutOfRange",
      ],
    ] as const)("%s", (_name, given, options, kind, key) => {
      expect(() => assessIndicator(given, options)).toThrow(expect.objectContaining({ kind, key }));
    });
  });

  describe("properties", () => {
    const checkpointsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 })
      .chain((months) =>
        fc.tuple(
          ...months.map((month) =>
            fc.integer({ min: 1, max: 10_000_000 }).map((cents) => ({ month, target: cents / 100 }))
          )
        )
      );
    const actualArb = fc.option(
      fc.integer({ min: -1_000_000, max: 20_000_000 }).map((cents) => cents / 100)
    );

    it("absolute higher-is-better: gap = completion − P/T, arrears = P − A, status from the gap", () => {
      fc.assert(
        fc.property(
          checkpointsArb,
          fc.integer({ min: 1, max: 12 }),
          actualArb,
          actualArb,
          fc.constantFrom(undefined, "linear" as const, "checkpoint" as const),
          (checkpoints, month, actual, previousActual, method) => {
            const result = assessIndicator(input({ checkpoints, month, actual, previousActual }), {
              periods: 12,
              band: 0.05,
              method,
            });
            if (actual === null) {
              expect(result.status).toBe("not_reported");
              expect(result.paceGap).toBeNull();
              return;
            }
            const target = result.targetInForce as Dec;
            const plan = result.paceTarget as Dec;
            const gap = result.paceGap as Dec;
            expect(
              gap
                .minus((result.completion as Dec).minus(plan.div(target)))
                .abs()
                .lt("1e-30")
            ).toBe(true);
            expect(result.arrears?.eq(plan.minus(dec(actual)))).toBe(true);
            expect(result.status).toBe(statusOf(gap, 0.05));
            expect(result.status === "on_pace").toBe(dec(actual).gte(plan));
            expect(result.remainingMonthly === null).toBe(month === 12);
            expect(result.newArrears === null).toBe(month > 1 && previousActual === null);
          }
        )
      );
    });

    it("any measure or direction: no actual means not reported and blank figures", () => {
      fc.assert(
        fc.property(
          checkpointsArb,
          fc.integer({ min: 1, max: 12 }),
          fc.constantFrom("higher" as const, "lower" as const),
          fc.constantFrom("absolute" as const, "growth" as const),
          (checkpoints, month, direction, measure) => {
            const result = assessIndicator(
              input({ checkpoints, month, direction, measure, previousActual: 5 }),
              settings
            );
            expect(result.status).toBe("not_reported");
            expect(result.targetInForce).not.toBeNull();
            expect(result.paceTarget).not.toBeNull();
            expect([
              result.previousPaceTarget,
              result.completion,
              result.paceGap,
              result.arrears,
              result.newArrears,
              result.remainingMonthly,
            ]).toEqual([null, null, null, null, null, null]);
          }
        )
      );
    });
  });
});
