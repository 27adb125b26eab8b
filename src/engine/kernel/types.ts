/**
 * Shared plain-data types of the engine. Everything here is readonly data: no classes, no Office,
 * no file system.
 */

/** 方向: higher-is-better (正向) or lower-is-better (逆向, a ceiling such as PM10 ≤ 72). */
export type Direction = "higher" | "lower";

/** 口径: an absolute value (绝对量) or a growth rate in percent (增幅/增速). */
export type Measure = "absolute" | "growth";

/**
 * 状态: 正常 / 滞后 / 严重滞后 / 未报送 (no actual), and the two that say the figures cannot be
 * judged: 实际值无法识别 `actual_unreadable` (an actual was reported but cannot be read: "约16",
 * #N/A, a formula never calculated) and 目标缺失或为零 `target_missing` (no annual target, an
 * unreadable one, or an annual target of 0 where no ratio exists).
 */
export type Status =
  "on_pace" | "lagging" | "serious" | "not_reported" | "actual_unreadable" | "target_missing";

/** How the pace target is set: linear (均衡) or from the table's checkpoints (倒排). */
export type PaceMethod = "linear" | "checkpoint";

/** Ranking of ties: competition 1,1,3 (RANK.EQ) or dense 1,1,2. */
export type TiesMethod = "competition" | "dense";

/** Sort order of a ranking: the largest value first (descending) or the smallest first. */
export type RankOrder = "descending" | "ascending";

/** How the weight of a missing part is shared out: evenly (平均, seed 003) or proportionally. */
export type Sharing = "even" | "proportional";

/** 等次: 优秀 / 良好 / 一般 / 较差. */
export type Grade = "excellent" | "good" | "fair" | "poor";

/** A checkpoint target: the cumulative month it falls due (上半年 → 6) and the target then. */
export interface CheckpointTarget {
  readonly month: number;
  readonly target: number;
}

/** Settings of the pace calculations. */
export interface PaceSettings {
  /** Months (periods) in the year, 12 by default. */
  readonly periods: number;
  /** Pace method; `undefined` = checkpoint when there are checkpoints before year end, else linear. */
  readonly method?: PaceMethod;
  /** Warning band as a fraction: behind by less is 滞后, by this or more 严重滞后. Default 0.05. */
  readonly band: number;
}

/** 加减分规则 kinds: points per event, a value picked within a range, or proportional to a quantity. */
export type RuleKind = "per_event" | "range" | "proportional";

/** One bonus (加分) or deduction (减分) rule, as in seed 003. Deduction points are negative. */
export interface AdjustmentRule {
  readonly code: string;
  readonly side: "bonus" | "deduction";
  readonly kind: RuleKind;
  /** Points per event (negative for deductions); for range rules the lowest value. */
  readonly points: number;
  /** For range rules, the highest value. */
  readonly pointsMax?: number;
  /** The rule's own cumulative cap (累计不超过), as an absolute value. */
  readonly cap?: number;
  readonly description: string;
}

/** One registered event (加减分登记) for a unit. */
export interface AdjustmentEvent {
  readonly unit: string;
  readonly rule: string;
  /** 次数, 1 when blank. */
  readonly count: number;
  /** 分值, for range rules: the value the assessor picked (per event). */
  readonly value?: number;
  /** 数量, for proportional rules. */
  readonly quantity?: number;
  /** 市考: true when the points came from the city's assessment (they count double). */
  readonly city: boolean;
  readonly reason?: string;
  readonly date?: string;
  /** Where the event was read from, e.g. "加减分登记!A5". */
  readonly source?: string;
}
