import { Dec, Figure, dec } from "../kernel/decimal";
import { monthOverMonth } from "./monthOverMonth";

/** A month's own figure and its change against the month before (环比). */
export interface MonthlyChange {
  /** 当月完成: A(m) − A(m−1). */
  readonly current: Dec;
  /** 上月完成: A(m−1) − A(m−2); null when A(m−2) is unknown. */
  readonly previous: Dec | null;
  /** 较上月: current − previous; null without last month's figure. */
  readonly delta: Dec | null;
  /** 增减%: delta / |previous| as a fraction; null without it or when last month's figure is 0. */
  readonly ratio: Dec | null;
}

/**
 * 当月环比 (seed 004: 财政 7月 5025 against 6月 16208 → −11183, −69%): the monthly figures of month m
 * and m − 1 derived from cumulative actuals — v(m) = A(m) − A(m−1), v(m−1) = A(m−1) − A(m−2),
 * A(0) = 0 — and their {@link monthOverMonth} change. Null when A(m) or A(m−1) is unknown (null;
 * pass 0 for A(0)); without A(m−2) only this month's figure is known.
 */
export function monthlyChange(
  actual: Figure | null,
  lastMonth: Figure | null,
  twoMonthsAgo: Figure | null
): MonthlyChange | null {
  if (actual === null || lastMonth === null) {
    return null;
  }
  const current = dec(actual).minus(dec(lastMonth));
  if (twoMonthsAgo === null) {
    return { current, previous: null, delta: null, ratio: null };
  }
  const previous = dec(lastMonth).minus(dec(twoMonthsAgo));
  const { delta, ratio } = monthOverMonth(current, previous);
  return { current, previous, delta, ratio };
}
