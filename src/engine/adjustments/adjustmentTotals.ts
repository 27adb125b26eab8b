import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";

/** One line of a bonus/deduction tally: points per event, the number of events, an optional cap. */
export interface AdjustmentEntry {
  /** Points per event: positive = bonus (加分), negative = deduction (减分). */
  readonly points: Figure;
  /** 次数: not negative. */
  readonly count: Figure;
  /** 累计不超过: the line's cap in absolute value; null or absent = none. */
  readonly cap?: Figure | null;
}

/** The totals of a bonus/deduction tally. */
export interface AdjustmentTotals {
  /** 加分: Σ positive lines, capped at the bonus cap. */
  readonly bonus: Dec;
  /** 减分: Σ negative lines (negative, not capped). */
  readonly deduction: Dec;
  /** 加减分合计: bonus + deduction. */
  readonly net: Dec;
}

/**
 * 加减分合计 (seed 003): each line is points × count, limited in absolute value by its own cap
 * (0.15 × 3 capped at 0.4 → 0.4). Positive lines add up to the bonus, which is then capped at
 * `bonusCap` (seed 003: 以上所有加分项,累计不超过3分; taken in absolute value); negative lines add up
 * to the deduction, which has no cap. Backs =ASSESS.ADJUSTMENT.
 */
export function adjustmentTotals(
  entries: readonly AdjustmentEntry[],
  bonusCap?: Figure | null
): AdjustmentTotals {
  let bonus = new Dec(0);
  let deduction = new Dec(0);
  for (const entry of entries) {
    const count = dec(entry.count);
    assert(count.gte(0), "value", "negativeCount", { text: String(entry.count) });
    let amount = dec(entry.points).mul(count);
    if (entry.cap !== null && entry.cap !== undefined) {
      const limit = dec(entry.cap).abs();
      if (amount.abs().gt(limit)) {
        amount = amount.isNegative() ? limit.neg() : limit;
      }
    }
    if (amount.gt(0)) {
      bonus = bonus.plus(amount);
    } else if (amount.lt(0)) {
      deduction = deduction.plus(amount);
    }
  }
  if (bonusCap !== null && bonusCap !== undefined) {
    bonus = Dec.min(bonus, dec(bonusCap).abs());
  }
  return { bonus, deduction, net: bonus.plus(deduction) };
}
