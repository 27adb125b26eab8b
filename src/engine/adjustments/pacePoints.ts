import { dec } from "../kernel/decimal";
import { AdjustmentEvent, AdjustmentRule, Direction, Measure, Status } from "../kernel/types";
import { CityLowRank } from "../ranking/cityLowRank";

/** Rule codes of the monthly pace points, as the 加减分汇总 heads their columns. */
export const paceBonusCode = "序时加分";
export const paceDeductionCode = "序时扣分";

/** One indicator of the month as the pace rule sees it. */
export interface PaceCandidate {
  readonly name: string;
  /** 口径 label (绝对量, 增幅). */
  readonly measure: string;
  /** 口径 and direction, for the wording: a growth rate against its target rate, a ceiling against its limit. */
  readonly kind?: { readonly measure: Measure; readonly direction: Direction };
  readonly leadUnit: string;
  readonly status: Status;
  /** 进度差 (fraction); null when not computed. */
  readonly paceGap: number | null;
  /** Its city rank this month judged; null without one. */
  readonly low: CityLowRank | null;
  /** Where it was read: "分解表!A5". */
  readonly source: string;
}

/** Options of {@link pacePoints}. */
export interface PacePointsOptions {
  readonly month: number;
  /** Points per indicator ahead of pace (its sign ignored); 0 = no bonus. */
  readonly bonus: number;
  /** Points per indicator behind pace and low in the city (its sign ignored); 0 = none. */
  readonly deduction: number;
}

/** The rules and events of the month's pace points, and which indicators were deducted. */
export interface PacePointsResult {
  readonly rules: readonly AdjustmentRule[];
  readonly events: readonly AdjustmentEvent[];
  /** Per candidate: deducted this month. */
  readonly deducted: readonly boolean[];
}

/** How the reason words ahead and behind: pace, a target rate, or a ceiling (控制目标). */
function paceWords(kind: PaceCandidate["kind"]): { ahead: string; behind: string } {
  if (kind?.direction === "lower") {
    return { ahead: "优于控制目标", behind: "超过控制目标" };
  }
  if (kind?.measure === "growth") {
    return { ahead: "增速高于目标增速", behind: "增速低于目标增速" };
  }
  return { ahead: "超序时进度", behind: "未达序时进度" };
}

/**
 * 序时进度奖惩 (seed 000: 对超均衡进度完成的，予以奖励加分；对未达到均衡进度、且排名全市后三位或
 * 山区县最后一名的，予以处罚扣分): per indicator, to its lead unit — `bonus` points when ahead of
 * pace (on pace with a pace gap above 0), `deduction` points when behind (滞后 or 严重滞后) and its
 * city rank is low (`cityLowRank`: the last N or last of its group). Each event carries its reason,
 * "地方财政收入：7月未达序时进度且全市排名第10/11" (a growth rate: 增速低于目标增速; a ceiling: 超过控制目标). Indicators without a lead unit get no points; a
 * rule whose points are 0 is left out.
 */
export function pacePoints(
  candidates: readonly PaceCandidate[],
  options: PacePointsOptions
): PacePointsResult {
  const bonus = dec(options.bonus).abs();
  const deduction = dec(options.deduction).abs();
  const rules: AdjustmentRule[] = [];
  if (!bonus.isZero()) {
    rules.push({
      code: paceBonusCode,
      side: "bonus",
      kind: "per_event",
      points: bonus.toNumber(),
      description: "超均衡进度完成的予以奖励加分（每项指标）",
    });
  }
  if (!deduction.isZero()) {
    rules.push({
      code: paceDeductionCode,
      side: "deduction",
      kind: "per_event",
      points: deduction.neg().toNumber(),
      description: "未达到均衡进度且排名全市后三位或组内最后一名的予以扣分（每项指标）",
    });
  }
  const events: AdjustmentEvent[] = [];
  const deducted = candidates.map((candidate) => {
    const unit = candidate.leadUnit.trim();
    if (unit === "") {
      return false;
    }
    const label =
      candidate.measure === "增幅" || candidate.measure === "增速"
        ? `（${candidate.measure}）`
        : "";
    const named = `${candidate.name}${label}`;
    const words = paceWords(candidate.kind);
    const ahead =
      candidate.status === "on_pace" && candidate.paceGap !== null && candidate.paceGap > 0;
    const behind = candidate.status === "lagging" || candidate.status === "serious";
    if (ahead && !bonus.isZero()) {
      events.push({
        unit,
        rule: paceBonusCode,
        count: 1,
        city: false,
        reason: `${named}：${options.month}月${words.ahead}`,
        source: candidate.source,
      });
      return false;
    }
    const low = candidate.low;
    if (behind && low !== null && (low.bottom || low.lastInGroup) && !deduction.isZero()) {
      events.push({
        unit,
        rule: paceDeductionCode,
        count: 1,
        city: false,
        reason: `${named}：${options.month}月${words.behind}且${low.text}`,
        source: candidate.source,
      });
      return true;
    }
    return false;
  });
  return { rules, events, deducted };
}
