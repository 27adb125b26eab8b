import fc from "fast-check";
import { dec } from "../../../src/engine/kernel/decimal";
import { paceTarget } from "../../../src/engine/pace/paceTarget";
import { CheckpointTarget } from "../../../src/engine/kernel/types";

/** Seed 000: 地方财政收入 (万元) 上半年 6800, 前三季度 9500, 全年 13600. */
const revenue: readonly CheckpointTarget[] = [
  { month: 6, target: 6800 },
  { month: 9, target: 9500 },
  { month: 12, target: 13600 },
];

/** Seed 000: 全社会固定资产投资 (亿元), 上半年 then 1-7月 … 1-12月, then 全年 73.8 (the last wins). */
const investment: readonly CheckpointTarget[] = [
  { month: 6, target: 26.15 },
  { month: 7, target: 30.3 },
  { month: 8, target: 37.29 },
  { month: 9, target: 43.19 },
  { month: 10, target: 51.98 },
  { month: 11, target: 64.19 },
  { month: 12, target: 73.23 },
  { month: 12, target: 73.8 },
];

describe("paceTarget", () => {
  it("seed 000: 地方财政收入 P(7) = 6800 + (9500 − 6800) × 1/3 = 7700 exactly (checkpoint, the default)", () => {
    expect(paceTarget(revenue, 7).toString()).toBe("7700");
    expect(paceTarget(revenue, 7, { method: "checkpoint" }).toString()).toBe("7700");
  });

  it("seed 000: 地方财政收入 P(7) linear = 13600 × 7 / 12", () => {
    expect(paceTarget(revenue, 7, { method: "linear" }).toFixed(6)).toBe("7933.333333");
  });

  it.each([
    [1, "1133.333333", "1133.333333"],
    [3, "3400.000000", "3400.000000"],
    [6, "6800.000000", "6800.000000"],
    [7, "7700.000000", "7933.333333"],
    [8, "8600.000000", "9066.666667"],
    [9, "9500.000000", "10200.000000"],
    [10, "10866.666667", "11333.333333"],
    [11, "12233.333333", "12466.666667"],
    [12, "13600.000000", "13600.000000"],
  ])("地方财政收入 month %d: checkpoint %s, linear %s", (month, checkpoint, linear) => {
    expect(paceTarget(revenue, month, { method: "checkpoint" }).toFixed(6)).toBe(checkpoint);
    expect(paceTarget(revenue, month, { method: "linear" }).toFixed(6)).toBe(linear);
  });

  it.each([
    [3, "13.075"],
    [6, "26.15"],
    [7, "30.3"],
    [8, "37.29"],
    [9, "43.19"],
    [10, "51.98"],
    [11, "64.19"],
    [12, "73.8"],
  ])(
    "全社会固定资产投资 month %d hits %s exactly (1-12月 73.23 replaced by 全年 73.8)",
    (month, expected) => {
      expect(paceTarget(investment, month).toString()).toBe(expected);
    }
  );

  it("takes the checkpoints in any order", () => {
    const shuffled = [
      investment[3],
      investment[0],
      investment[6],
      investment[7],
      investment[1],
      investment[5],
    ];
    expect(paceTarget(shuffled, 7).toString()).toBe("30.3");
    expect(paceTarget(shuffled, 8).toString()).toBe("36.745");
    expect(paceTarget(shuffled, 12).toString()).toBe("73.8");
  });

  it.each([
    // [name, checkpoints, month, method, expected]
    [
      "专利申请量 9/25",
      [
        { month: 6, target: 9 },
        { month: 12, target: 25 },
      ],
      9,
      undefined,
      "17",
    ],
    [
      "专利申请量 9/25",
      [
        { month: 6, target: 9 },
        { month: 12, target: 25 },
      ],
      9,
      "linear",
      "18.75",
    ],
    [
      "保障房新开工 80/160/160",
      [
        { month: 6, target: 80 },
        { month: 9, target: 160 },
        { month: 12, target: 160 },
      ],
      10,
      undefined,
      "160",
    ],
    [
      "旅游总收入 0.7/1.27/1.63",
      [
        { month: 6, target: 0.7 },
        { month: 9, target: 1.27 },
        { month: 12, target: 1.63 },
      ],
      11,
      undefined,
      "1.51",
    ],
    [
      "year end only: linear by default",
      [{ month: 12, target: 13600 }],
      7,
      undefined,
      "7933.333333",
    ],
    [
      "year end only, checkpoint: from (0, 0)",
      [{ month: 12, target: 13600 }],
      7,
      "checkpoint",
      "7933.333333",
    ],
    [
      "no year end, checkpoint: T_L × m / L after the last",
      [
        { month: 6, target: 6800 },
        { month: 9, target: 9500 },
      ],
      12,
      undefined,
      "12666.666667",
    ],
    [
      "no year end, linear: T_L × m / L",
      [
        { month: 6, target: 6800 },
        { month: 9, target: 9500 },
      ],
      6,
      "linear",
      "6333.333333",
    ],
    [
      "only 上半年, checkpoint extrapolates",
      [{ month: 6, target: 6800 }],
      9,
      undefined,
      "10200.000000",
    ],
  ] as const)("%s: %j month %d by %s → %s", (_name, checkpoints, month, method, expected) => {
    const value = paceTarget(checkpoints, month, { method });
    expect(
      expected.includes(".") && expected.split(".")[1].length === 6
        ? value.toFixed(6)
        : value.toString()
    ).toBe(expected);
  });

  it("uses the period count: 4 quarters, 全年 100, 上半年 40", () => {
    const quarters = [
      { month: 2, target: 40 },
      { month: 4, target: 100 },
    ];
    expect(paceTarget(quarters, 1, { periods: 4 }).toString()).toBe("20");
    expect(paceTarget(quarters, 3, { periods: 4 }).toString()).toBe("70");
    expect(paceTarget(quarters, 3, { periods: 4, method: "linear" }).toString()).toBe("75");
  });

  it("is exact with decimal targets: 0.1 and 0.3 at months 1 and 3 give 0.2 at month 2", () => {
    const checkpoints = [
      { month: 1, target: 0.1 },
      { month: 3, target: 0.3 },
    ];
    expect(paceTarget(checkpoints, 2, { periods: 3 }).toString()).toBe("0.2");
  });

  it.each([
    [[], 7, {}, "value", "noTargets"],
    [revenue, 0, {}, "number", "monthOutOfRange"],
    [revenue, 13, {}, "number", "monthOutOfRange"],
    [revenue, 6.5, {}, "number", "monthOutOfRange"],
    [revenue, 5, { periods: 4 }, "number", "monthOutOfRange"],
    [revenue, 1, { periods: 0 }, "number", "periodsInvalid"],
    [[{ month: 13, target: 1 }], 7, {}, "number", "monthOutOfRange"],
    [[{ month: 6, target: Number.NaN }], 7, {}, "value", "notANumber"],
    [revenue, 7, { method: "balanced" }, "value", "invalidOption"],
  ] as const)("rejects %j month %d %j (%s/%s)", (checkpoints, month, options, kind, key) => {
    expect(() => paceTarget(checkpoints, month, options as never)).toThrow(
      expect.objectContaining({ kind, key })
    );
  });

  /** Ascending checkpoints with non-negative targets: unique months, targets as whole cents. */
  const ascending = fc
    .record({
      periods: fc.integer({ min: 1, max: 24 }),
      months: fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 8 }),
      steps: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 8, maxLength: 8 }),
    })
    .map(({ periods, months, steps }) => {
      const inRange = [...new Set(months.map((month) => ((month - 1) % periods) + 1))].sort(
        (a, b) => a - b
      );
      let cents = 0;
      const checkpoints = inRange.map((month, index) => {
        cents += steps[index];
        return { month, target: cents / 100 };
      });
      return { periods, checkpoints };
    });
  const methods = fc.constantFrom(undefined, "linear" as const, "checkpoint" as const);

  it("never decreases from month to month for ascending non-negative checkpoints", () => {
    fc.assert(
      fc.property(ascending, methods, ({ periods, checkpoints }, method) => {
        for (let month = 1; month < periods; month += 1) {
          const now = paceTarget(checkpoints, month, { method, periods });
          const next = paceTarget(checkpoints, month + 1, { method, periods });
          expect(next.gte(now)).toBe(true);
        }
      })
    );
  });

  it("equals the checkpoint target at each checkpoint month (checkpoint method)", () => {
    fc.assert(
      fc.property(ascending, ({ periods, checkpoints }) => {
        for (const checkpoint of checkpoints) {
          expect(
            paceTarget(checkpoints, checkpoint.month, { method: "checkpoint", periods }).toString()
          ).toBe(dec(checkpoint.target).toString());
        }
      })
    );
  });

  it("is T × m / periods by the linear method when a checkpoint falls at year end", () => {
    fc.assert(
      fc.property(
        ascending,
        fc.integer({ min: 0, max: 10_000_000 }),
        ({ periods, checkpoints }, cents) => {
          const withYearEnd = [...checkpoints, { month: periods, target: cents / 100 }];
          for (let month = 1; month <= periods; month += 1) {
            const expected = dec(cents).div(100).times(month).div(periods);
            expect(paceTarget(withYearEnd, month, { method: "linear", periods }).eq(expected)).toBe(
              true
            );
          }
        }
      )
    );
  });
});
