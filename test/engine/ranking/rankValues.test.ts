import fc from "fast-check";
import { dec } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";
import { rankValues } from "../../../src/engine/ranking/rankValues";
import { RankOrder, TiesMethod } from "../../../src/engine/kernel/types";

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

describe("rankValues", () => {
  it.each<
    [
      string,
      (number | string | null)[],
      RankOrder | undefined,
      TiesMethod | undefined,
      (number | null)[],
    ]
  >([
    [
      "RANK.EQ default: descending, competition",
      [7, 3.5, 3.5, 1, 2],
      undefined,
      undefined,
      [1, 2, 2, 5, 4],
    ],
    ["ascending competition", [7, 3.5, 3.5, 1, 2], "ascending", "competition", [5, 3, 3, 1, 2]],
    ["descending dense", [7, 3.5, 3.5, 1, 2], "descending", "dense", [1, 2, 2, 4, 3]],
    ["ascending dense", [7, 3.5, 3.5, 1, 2], "ascending", "dense", [4, 3, 3, 1, 2]],
    ["blanks are not ranked", [null, 10, null, 20], undefined, undefined, [null, 2, null, 1]],
    ["three-way tie at the top", [5, 5, 5, 4], undefined, undefined, [1, 1, 1, 4]],
    [
      "strings and numbers compare as decimals",
      ["0.3", 0.1, "0.10", "0.30000000000000004"],
      undefined,
      undefined,
      [2, 3, 3, 1],
    ],
    ["negative pace gaps", ["-0.052", "0.01", "-0.1", "0"], undefined, undefined, [3, 1, 4, 2]],
    ["empty list", [], undefined, undefined, []],
    ["all blank", [null, null], undefined, undefined, [null, null]],
  ])("%s", (_name, values, order, ties, expected) => {
    expect(rankValues(values, { order, ties })).toEqual(expected);
  });

  it("rejects an unknown order", () => {
    expect(thrown(() => rankValues([1], { order: "up" as RankOrder }))).toMatchObject({
      kind: "value",
      key: "invalidOption",
    });
  });

  it("rejects a value that is not a number", () => {
    expect(thrown(() => rankValues([1, Number.NaN]))).toMatchObject({
      kind: "value",
      key: "notANumber",
    });
  });

  it("ranks 20,000 values (speed: npm run bench)", () => {
    const values = Array.from({ length: 20000 }, (_, index) => (index * 7919) % 20000);
    const ranks = rankValues(values);
    values.forEach((value, index) => {
      expect(ranks[index]).toBe(20000 - value);
    });
  });

  const valuesArbitrary = fc.array(fc.option(fc.integer({ min: -15, max: 15 }), { nil: null }), {
    maxLength: 40,
  });
  const orderArbitrary = fc.constantFrom<RankOrder>("descending", "ascending");

  it("ranks follow the order and equal values share a rank", () => {
    fc.assert(
      fc.property(
        valuesArbitrary,
        orderArbitrary,
        fc.constantFrom<TiesMethod>("competition", "dense"),
        (values, order, ties) => {
          const ranks = rankValues(
            values.map((value) => (value === null ? null : String(value / 4))),
            { order, ties }
          );
          values.forEach((a, i) => {
            expect(ranks[i] === null).toBe(a === null);
            values.forEach((b, j) => {
              if (a === null || b === null) {
                return;
              }
              const better = order === "descending" ? a > b : a < b;
              if (better) {
                expect(ranks[i]!).toBeLessThan(ranks[j]!);
              } else if (a === b) {
                expect(ranks[i]).toBe(ranks[j]);
              }
            });
          });
        }
      )
    );
  });

  it("competition rank = 1 + the number of values strictly better", () => {
    fc.assert(
      fc.property(valuesArbitrary, orderArbitrary, (values, order) => {
        const ranks = rankValues(values, { order, ties: "competition" });
        values.forEach((value, index) => {
          if (value === null) {
            return;
          }
          const better = values.filter(
            (other) => other !== null && (order === "descending" ? other > value : other < value)
          );
          expect(ranks[index]).toBe(1 + better.length);
        });
      })
    );
  });

  it("dense ranks are 1..k without gaps, k = number of distinct values", () => {
    fc.assert(
      fc.property(valuesArbitrary, orderArbitrary, (values, order) => {
        const ranks = rankValues(values, { order, ties: "dense" });
        const distinct = new Set(
          values.filter((value) => value !== null).map((value) => dec(value!).toString())
        );
        const used = new Set(ranks.filter((value) => value !== null));
        expect([...used].sort((a, b) => a! - b!)).toEqual(
          Array.from({ length: distinct.size }, (_, i) => i + 1)
        );
      })
    );
  });
});
