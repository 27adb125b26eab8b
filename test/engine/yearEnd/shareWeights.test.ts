import fc from "fast-check";
import { Dec } from "../../../src/engine/kernel/decimal";
import { Sharing } from "../../../src/engine/kernel/types";
import { compositeScore } from "../../../src/engine/scores/compositeScore";
import { shareWeights } from "../../../src/engine/yearEnd/shareWeights";

const shown = (weights: Dec[]): string[] =>
  weights.map((weight) => weight.toDecimalPlaces(4).toString());

describe("shareWeights", () => {
  it.each<[string, number[], boolean[], Sharing, string[]]>([
    [
      "seed 003: no city task, even → 75/0/25",
      [0.6, 0.3, 0.1],
      [true, false, true],
      "even",
      ["0.75", "0", "0.25"],
    ],
    [
      "no city task, proportional → 85.71/0/14.29",
      [0.6, 0.3, 0.1],
      [true, false, true],
      "proportional",
      ["0.8571", "0", "0.1429"],
    ],
    [
      "no provincial task, even → 0/60/40",
      [0.6, 0.3, 0.1],
      [false, true, true],
      "even",
      ["0", "0.6", "0.4"],
    ],
    ["only own work → 0/0/100", [0.6, 0.3, 0.1], [false, false, true], "even", ["0", "0", "1"]],
    ["all present: as set", [0.6, 0.3, 0.1], [true, true, true], "even", ["0.6", "0.3", "0.1"]],
    ["none present: all 0", [0.6, 0.3, 0.1], [false, false, false], "even", ["0", "0", "0"]],
    [
      "a present part weighed 0 gets none while a positive one is there",
      [0.5, 0.5, 0],
      [true, false, true],
      "even",
      ["1", "0", "0"],
    ],
    ["percentages keep their total", [60, 30, 10], [true, false, true], "even", ["75", "0", "25"]],
  ])("%s", (_name, weights, present, sharing, expected) => {
    expect(shown(shareWeights(weights, present, sharing))).toEqual(expected);
  });

  it("rejects lists of different lengths and negative weights", () => {
    expect(() => shareWeights([0.5, 0.5], [true])).toThrow("个数不一致");
    expect(() => shareWeights([-0.5, 1.5], [true, true])).toThrow("权重不能为负数");
  });

  it("property: Σ score × shared weight is compositeScore's composite, and the total is kept", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.integer({ min: 0, max: 30 }),
            score: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
          }),
          { minLength: 1, maxLength: 5 }
        ),
        // Weights up to 30% each: a level stays ≤ 150%, which compositeScore reads as fractions.
        fc.constantFrom<Sharing>("even", "proportional"),
        (parts, sharing) => {
          fc.pre(parts.some((part) => part.score !== null));
          const weights = parts.map((part) => new Dec(part.weight).div(100));
          const shared = shareWeights(
            weights,
            parts.map((part) => part.score !== null),
            sharing
          );
          const total = weights.reduce((sum, weight) => sum.plus(weight), new Dec(0));
          expect(
            shared
              .reduce((sum, weight) => sum.plus(weight), new Dec(0))
              .toDecimalPlaces(20)
              .eq(total.toDecimalPlaces(20))
          ).toBe(true);
          const sum = parts.reduce(
            (acc, part, index) =>
              part.score === null ? acc : acc.plus(shared[index].mul(part.score)),
            new Dec(0)
          );
          const composite = compositeScore(
            parts.map((part, index) => ({ score: part.score, weight: weights[index] })),
            sharing
          );
          expect(sum.toDecimalPlaces(20).toString()).toBe(composite.toDecimalPlaces(20).toString());
        }
      )
    );
  });
});
