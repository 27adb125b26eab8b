import fc from "fast-check";
import { CompositePart, compositeScore } from "../../../src/engine/scores/compositeScore";
import { AssessError } from "../../../src/engine/kernel/errors";
import { Sharing } from "../../../src/engine/kernel/types";

function thrown(action: () => unknown): AssessError {
  try {
    action();
  } catch (error) {
    if (error instanceof AssessError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected an AssessError");
}

/** Seed 003 个性指标 of a unit without city tasks: 省 60%, 市 30% (none), 自身 10%. */
const personalNoCity: CompositePart[] = [
  { score: 80, weight: 60 },
  { score: null, weight: 30 },
  { score: 90, weight: 10 },
];

describe("compositeScore", () => {
  it.each<[string, CompositePart[], Sharing | undefined, string]>([
    [
      "seed 003: no city part, even (75/0/25): 0.75×80 + 0.25×90",
      personalNoCity,
      undefined,
      "82.5",
    ],
    ["seed 003: explicit even", personalNoCity, "even", "82.5"],
    [
      "all parts present, percentages",
      [
        { score: 80, weight: 60 },
        { score: 70, weight: 30 },
        { score: 90, weight: 10 },
      ],
      "even",
      "78",
    ],
    [
      "fractions",
      [
        { score: 85.6, weight: "0.7" },
        { score: 86.5, weight: "0.3" },
      ],
      undefined,
      "85.87",
    ],
    [
      "0.1 + 0.2 weights are exact",
      [
        { score: 10, weight: 0.1 },
        { score: 10, weight: 0.2 },
      ],
      undefined,
      "3",
    ],
    [
      "weights total 1.5 exactly are fractions",
      [
        { score: 10, weight: 1 },
        { score: 10, weight: 0.5 },
      ],
      undefined,
      "15",
    ],
    [
      "weights total 1.6 are percentages",
      [
        { score: 10, weight: 1 },
        { score: 10, weight: 0.6 },
      ],
      undefined,
      "0.16",
    ],
    [
      "strings and Decimal-like text",
      [
        { score: "80", weight: "60%".replace("%", "") },
        { score: "90.5", weight: "40" },
      ],
      undefined,
      "84.2",
    ],
    [
      "a present part with weight 0 gets no even share",
      [
        { score: 80, weight: 60 },
        { score: null, weight: 30 },
        { score: 90, weight: 10 },
        { score: 100, weight: 0 },
      ],
      "even",
      "82.5",
    ],
    [
      "all present weights 0: the missing weight is shared evenly",
      [
        { score: 80, weight: 0 },
        { score: null, weight: 1 },
        { score: 90, weight: 0 },
      ],
      "proportional",
      "85",
    ],
    [
      "a nested composite whose parts are all missing is itself missing",
      [
        {
          score: [
            { score: null, weight: 50 },
            { score: null, weight: 50 },
          ],
          weight: 0.5,
        },
        { score: 80, weight: 0.5 },
      ],
      "even",
      "80",
    ],
    [
      "an empty nested composite is missing",
      [
        { score: [], weight: 20 },
        { score: 70, weight: 80 },
      ],
      "even",
      "70",
    ],
  ])("%s → %s", (_name, parts, sharing, expected) => {
    expect(compositeScore(parts, sharing).toString()).toBe(expected);
  });

  it("seed 003: no city part, proportional (85.714…/0/14.285…) → 5700/70", () => {
    expect(compositeScore(personalNoCity, "proportional").toDecimalPlaces(10).toString()).toBe(
      "81.4285714286"
    );
  });

  it("even and proportional differ when a part is missing", () => {
    expect(
      compositeScore(personalNoCity, "even").eq(compositeScore(personalNoCity, "proportional"))
    ).toBe(false);
  });

  describe("seed 003 六(一)1: 专项考评成绩 in full", () => {
    // 个性指标 = 过程 × 20% + 年度 × 80%; 年度 is the 省/市/自身 60/30/10 split (no city tasks).
    const personal: CompositePart[] = [
      { score: 95, weight: "20" }, // 过程成绩
      { score: personalNoCity, weight: "80" }, // 年度成绩: even 82.5 → 个性 = 19 + 66 = 85
    ];
    // 指标考核 = 个性 × 80% + 共性 × 20% = 68 + 17.6 = 85.6
    const indicators: CompositePart[] = [
      { score: personal, weight: 0.8 },
      { score: 88, weight: 0.2 }, // 共性指标
    ];
    // 综合评价 = 县政府领导 × 60% + 办公室 × 10% + 互评 × 30% = 54 + 8.5 + 24 = 86.5
    const evaluation: CompositePart[] = [
      { score: 90, weight: 0.6 },
      { score: 85, weight: 0.1 },
      { score: 80, weight: 0.3 },
    ];
    // 专项考评成绩 (before 加减分) = 85.6 × 70% + 86.5 × 30% = 59.92 + 25.95 = 85.87
    const special: CompositePart[] = [
      { score: indicators, weight: 70 },
      { score: evaluation, weight: 30 },
    ];

    it.each<[string, CompositePart[], string]>([
      ["个性指标", personal, "85"],
      ["指标考核", indicators, "85.6"],
      ["综合评价", evaluation, "86.5"],
      ["专项考评成绩 before 加减分", special, "85.87"],
    ])("%s = %s (even sharing)", (_name, parts, expected) => {
      expect(compositeScore(parts).toString()).toBe(expected);
    });

    it("with 加减分 +1.5 added outside: 87.37", () => {
      expect(compositeScore(special).plus("1.5").toString()).toBe("87.37");
    });

    it("proportional sharing carries through: 年度 570/7 → 个性 589/7 → 指标 594.4/7 → 85.39", () => {
      expect(compositeScore(special, "proportional").toDecimalPlaces(20).toString()).toBe("85.39");
    });
  });

  it("all parts missing → #N/A noScores", () => {
    expect(thrown(() => compositeScore([{ score: null, weight: 1 }]))).toMatchObject({
      kind: "notAvailable",
      key: "noScores",
    });
    expect(thrown(() => compositeScore([]))).toMatchObject({
      kind: "notAvailable",
      key: "noScores",
    });
    expect(
      thrown(() => compositeScore([{ score: [{ score: null, weight: 1 }], weight: 1 }]))
    ).toMatchObject({
      kind: "notAvailable",
      key: "noScores",
    });
  });

  it("a negative weight → #VALUE!", () => {
    expect(
      thrown(() =>
        compositeScore([
          { score: 80, weight: -0.2 },
          { score: 80, weight: 1.2 },
        ])
      )
    ).toMatchObject({
      kind: "value",
      key: "negativeWeight",
      params: { text: "-0.2" },
    });
  });

  it("a negative weight inside a nested composite is found", () => {
    expect(
      thrown(() => compositeScore([{ score: [{ score: 1, weight: -1 }], weight: 1 }]))
    ).toMatchObject({
      key: "negativeWeight",
    });
  });

  it("rejects an unknown sharing", () => {
    expect(thrown(() => compositeScore(personalNoCity, "spread" as Sharing))).toMatchObject({
      key: "invalidOption",
    });
  });

  it("property: parts all equal to s give s, whatever is missing and with either sharing", () => {
    // Positive integer percentages that add up to 100, some parts missing (at least one present).
    const partsArbitrary = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 6 })
      .map((cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), 100];
        return points.slice(1).map((point, index) => point - points[index]);
      })
      .chain((weights) =>
        fc.tuple(
          fc.constant(weights),
          fc.array(fc.boolean(), { minLength: weights.length, maxLength: weights.length }),
          fc.integer({ min: 0, max: weights.length - 1 })
        )
      );
    fc.assert(
      fc.property(
        partsArbitrary,
        fc.integer({ min: -10000, max: 10000 }),
        fc.boolean(),
        fc.constantFrom<Sharing>("even", "proportional"),
        ([weights, missing, keep], cents, asFractions, sharing) => {
          const s = (cents / 100).toFixed(2);
          const parts: CompositePart[] = weights.map((weight, index) => ({
            score: missing[index] && index !== keep ? null : s,
            weight: asFractions ? (weight / 100).toFixed(2) : weight,
          }));
          expect(compositeScore(parts, sharing).eq(s)).toBe(true);
        }
      )
    );
  });
});
