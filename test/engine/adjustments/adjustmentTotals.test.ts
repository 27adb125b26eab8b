import fc from "fast-check";
import {
  AdjustmentEntry,
  adjustmentTotals,
} from "../../../src/engine/adjustments/adjustmentTotals";
import { Dec, Figure } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";

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

// Seed 003 rules, written inline: B01 1, B02 0.75, B04 0.15 cap 0.4, B06 0.25 cap 0.6, B08 0.1 cap 0.2,
// B09 0.2 cap 0.4; P01 −2, P03 −1.5, P07 −0.2 (deductions uncapped); all bonus capped at 3.
describe("adjustmentTotals (加减分)", () => {
  it.each<[string, AdjustmentEntry[], Figure | null | undefined, [string, string, string]]>([
    [
      "B04 0.15 × 3 capped at 0.4 is exactly 0.4",
      [{ points: 0.15, count: 3, cap: 0.4 }],
      undefined,
      ["0.4", "0", "0.4"],
    ],
    [
      "B04 0.15 × 2 under the cap",
      [{ points: 0.15, count: 2, cap: 0.4 }],
      undefined,
      ["0.3", "0", "0.3"],
    ],
    [
      "B08 0.1 + B09 0.2 is 0.3, not 0.30000000000000004",
      [
        { points: 0.1, count: 1, cap: 0.2 },
        { points: 0.2, count: 1, cap: 0.4 },
      ],
      3,
      ["0.3", "0", "0.3"],
    ],
    [
      "seed 003 mix: B04×3, B06×3, B08×1, B09×3, P01×1, P07×2",
      [
        { points: 0.15, count: 3, cap: 0.4 },
        { points: 0.25, count: 3, cap: 0.6 },
        { points: 0.1, count: 1, cap: 0.2 },
        { points: 0.2, count: 3, cap: 0.4 },
        { points: -2, count: 1 },
        { points: -0.2, count: 2, cap: null },
      ],
      3,
      ["1.5", "-2.4", "-0.9"],
    ],
    [
      "seed 003: all bonus capped at 3 (B01×2 + B02×1 + B04×3 = 3.15 → 3), P03 −1.5",
      [
        { points: 1, count: 2 },
        { points: 0.75, count: 1 },
        { points: 0.15, count: 3, cap: 0.4 },
        { points: -1.5, count: 1 },
      ],
      3,
      ["3", "-1.5", "1.5"],
    ],
    [
      "no bonus cap given → uncapped",
      [
        { points: 1, count: 2 },
        { points: 0.75, count: 2 },
      ],
      undefined,
      ["3.5", "0", "3.5"],
    ],
    ["bonus cap null → uncapped", [{ points: 1, count: 4 }], null, ["4", "0", "4"]],
    [
      "deductions are never capped by the bonus cap: P12 −3 × 2",
      [{ points: -3, count: 2 }],
      3,
      ["0", "-6", "-6"],
    ],
    [
      "a deduction line's own cap keeps the sign",
      [{ points: -0.5, count: 3, cap: 1 }],
      3,
      ["0", "-1", "-1"],
    ],
    [
      "a negative cap is read as its absolute value",
      [{ points: 0.25, count: 4, cap: -0.6 }],
      3,
      ["0.6", "0", "0.6"],
    ],
    ["count 0 adds nothing", [{ points: 1, count: 0 }], 3, ["0", "0", "0"]],
    [
      "strings as figures",
      [
        { points: "0.15", count: "3", cap: "0.4" },
        { points: "-0.75", count: "1" },
      ],
      "3",
      ["0.4", "-0.75", "-0.35"],
    ],
    ["no entries", [], 3, ["0", "0", "0"]],
  ])("%s", (_name, entries, bonusCap, [bonus, deduction, net]) => {
    const totals = adjustmentTotals(entries, bonusCap);
    expect([totals.bonus.toString(), totals.deduction.toString(), totals.net.toString()]).toEqual([
      bonus,
      deduction,
      net,
    ]);
  });

  it("a negative count → #VALUE!", () => {
    expect(thrown(() => adjustmentTotals([{ points: 0.15, count: -1 }]))).toMatchObject({
      kind: "value",
      key: "negativeCount",
      params: { text: "-1" },
    });
  });

  it("property: the bonus never exceeds the bonus cap, the deduction is never positive, net = bonus + deduction", () => {
    const entry = fc.record({
      points: fc.integer({ min: -300, max: 300 }).map((cents) => new Dec(cents).div(100)),
      count: fc.integer({ min: 0, max: 10 }),
      cap: fc.option(
        fc.integer({ min: 0, max: 100 }).map((cents) => new Dec(cents).div(100)),
        { nil: null }
      ),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.integer({ min: 0, max: 500 }),
        (entries, capCents) => {
          const cap = new Dec(capCents).div(100);
          const totals = adjustmentTotals(entries, cap);
          expect(totals.bonus.lte(cap)).toBe(true);
          expect(totals.bonus.gte(0)).toBe(true);
          expect(totals.deduction.lte(0)).toBe(true);
          expect(totals.net.eq(totals.bonus.plus(totals.deduction))).toBe(true);
          // Each line within its own cap: the uncapped bonus total is at most Σ min(|points × count|, cap).
          const uncapped = adjustmentTotals(entries, null);
          const limit = entries.reduce((sum, line) => {
            const amount = line.points.mul(line.count);
            if (amount.lte(0)) {
              return sum;
            }
            return sum.plus(line.cap === null ? amount : Dec.min(amount, line.cap));
          }, new Dec(0));
          expect(uncapped.bonus.eq(limit)).toBe(true);
        }
      )
    );
  });
});
