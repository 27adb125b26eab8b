import fc from "fast-check";
import { Dec, dec } from "../../../src/engine/kernel/decimal";
import { quotient } from "../../../src/engine/kernel/quotient";

/** The same Decimal: value, sign, digits and exponent. */
function same(a: Dec, b: Dec): boolean {
  return a.toString() === b.toString() && a.s === b.s && a.e === b.e && String(a.d) === String(b.d);
}

describe("quotient", () => {
  it.each([
    // [dividend, divisor, expected (checked with Python's decimal, 40 digits, half even)]
    ["7000", "13600", "0.5147058823529411764705882352941176470588"], // 地方财政收入 July completion
    ["16.25", "73.8", "0.2201897018970189701897018970189701897019"], // 全社会固定资产投资 July
    ["749.86", "1209.36", "0.6200469669908050539128133888999140041013"], // a 2-decimal divisor
    ["-61.24", "1209.36", "-0.05063835417080108487133690547066216841966"],
    ["72", "68", "1.058823529411764705882352941176470588235"], // PM10 ceiling ÷ actual
    ["1", "0.000003", "333333.3333333333333333333333333333333333"], // 6 places
    ["1", "0.0000003", "3333333.333333333333333333333333333333333"], // 7 places: divided as it is
    ["12345678.9", "0.5", "24691357.8"],
    ["0", "1209.36", "0"],
    ["-0", "1209.36", "0"], // −0 ÷ 1209.36 is −0, printed "0"; its sign is compared below
    ["5", "-2.5", "-2"],
  ])("%s ÷ %s = %s", (dividend, divisor, expected) => {
    const result = quotient(dec(dividend), dec(divisor));
    expect(result.toString()).toBe(expected);
    expect(same(result, dec(dividend).div(dec(divisor)))).toBe(true);
  });

  it("is exactly Dec.div for any dividend and any divisor of up to 9 digits and 8 places", () => {
    const decimalText = (digits: number, maxPlaces: number) =>
      fc
        .tuple(
          fc.bigInt({ min: -(10n ** BigInt(digits)) + 1n, max: 10n ** BigInt(digits) - 1n }),
          fc.integer({ min: 0, max: maxPlaces })
        )
        .map(([units, places]) => dec(units.toString()).div(dec(10).pow(places)));
    fc.assert(
      fc.property(decimalText(45, 30), decimalText(9, 8), (dividend, divisor) => {
        fc.pre(!divisor.isZero());
        return same(quotient(dividend, divisor), dividend.div(divisor));
      }),
      { numRuns: 2000 }
    );
  });

  it("is exactly Dec.div for the ratios of table figures given as numbers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99999999, max: 99999999 }),
        fc.integer({ min: 1, max: 9999999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (actual, target, actualPlaces, targetPlaces) => {
          const dividend = dec(actual / 10 ** actualPlaces);
          const divisor = dec(target / 10 ** targetPlaces);
          return same(quotient(dividend, divisor), dividend.div(divisor));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("leaves NaN and infinities to Dec.div", () => {
    expect(quotient(new Dec(Number.NaN), dec("1.5")).isNaN()).toBe(true);
    expect(quotient(new Dec(Infinity), dec("1.5")).toString()).toBe("Infinity");
    expect(quotient(dec("1.5"), new Dec(Infinity)).toString()).toBe("0");
  });
});
