import fc from "fast-check";
import { Dec, dec, toNumber } from "../../../src/engine/kernel/decimal";

describe("dec", () => {
  it.each([
    // [figure, expected text]
    [6800, "6800"],
    [0.1, "0.1"],
    [749.86, "749.86"],
    [-61.24, "-61.24"],
    ["0.3", "0.3"],
    ["1e-7", "1e-7"],
    [1e21, "1e+21"],
  ])("converts %p exactly as written (%s)", (figure, expected) => {
    expect(dec(figure).toString()).toBe(expected);
    expect(dec(figure).toString()).toBe(expected); // the second time from the cache
  });

  it("keeps the sign of zero, which the number cache must not mix up", () => {
    expect(dec(-0).isNegative()).toBe(true);
    expect(dec(0).isNegative()).toBe(false);
    expect(dec(-0).isNegative()).toBe(true);
    expect(Object.is(toNumber(dec(-0)), -0)).toBe(true);
  });

  it("returns a Decimal given as it is", () => {
    const given = new Dec("0.1").plus("0.2");
    expect(dec(given)).toBe(given);
  });

  it("converts any number as new Dec does, however numbers share the cache's slots", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer().map((units) => units / 100),
      fc.constantFrom(0.1, 0.2, 0.3, 6800, 13600, 72, -0, 5e-324, Number.MAX_VALUE)
    );
    fc.assert(
      fc.property(fc.array(numbers, { minLength: 1, maxLength: 200 }), (list) => {
        // Twice over: the second pass reads what the first put in the cache.
        for (const value of [...list, ...list]) {
          const converted = dec(value);
          const fresh = new Dec(value);
          if (converted.toString() !== fresh.toString() || converted.s !== fresh.s) {
            return false;
          }
        }
        return true;
      }),
      { numRuns: 300 }
    );
  });

  it("never mixes two numbers of one cache slot (5000 close table figures, twice)", () => {
    const figures = Array.from({ length: 5000 }, (_, index) => 1000 + index / 100);
    const texts = [...figures, ...figures].map((value) => dec(value).toString());
    expect(texts).toEqual([...figures, ...figures].map((value) => new Dec(value).toString()));
  });
});
