import { dec } from "../kernel/decimal";
import { AdjustmentEvent, AdjustmentRule } from "../kernel/types";
import { LateReport } from "../summary/summaryTypes";

/** Rule code of the late-report points, as the 加减分汇总 heads its column. */
export const lateCode = "迟报扣分";

/** The rule and events of the month's late-report points. */
export interface LatePointsResult {
  readonly rules: readonly AdjustmentRule[];
  readonly events: readonly AdjustmentEvent[];
}

/** An ISO date ("2016-08-18", "--08-18") as the clerk reads it: 8月18日. */
function dayText(iso: string): string {
  const match = /(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${Number(match[1])}月${Number(match[2])}日`;
}

/**
 * 迟报扣分 (seed 001: 每月15日前向县考核办提供上月市考指标完成情况，逾期提供的责任部门由县考核办根据
 * 情节扣除其年度考核相应分值): `points` (its sign ignored) per report sent after the due date, to
 * its unit, with the reason "7月数据8月18日报送，逾期3天". A report still missing (未报送) is listed
 * as late but earns no points until it is sent; with 0 points no rule is made.
 */
export function latePoints(late: readonly LateReport[], points: number): LatePointsResult {
  const value = dec(points).abs();
  if (value.isZero()) {
    return { rules: [], events: [] };
  }
  const events = late
    .filter((report) => report.reportedOn !== null && (report.daysLate ?? 0) > 0)
    .map((report): AdjustmentEvent => ({
      unit: report.unit,
      rule: lateCode,
      count: 1,
      city: false,
      reason: `${report.month}月数据${dayText(report.reportedOn as string)}报送，逾期${report.daysLate}天`,
    }));
  return {
    rules: [
      {
        code: lateCode,
        side: "deduction",
        kind: "per_event",
        points: value.neg().toNumber(),
        description: "逾期报送市考指标完成情况的扣分（每次）",
      },
    ],
    events,
  };
}
