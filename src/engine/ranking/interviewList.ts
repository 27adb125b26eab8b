import { dec } from "../kernel/decimal";
import { InterviewItem, InterviewPeriod } from "../summary/summaryTypes";

/** One period of a candidate: its figures and whether it counts as low. */
export interface InterviewCandidatePeriod extends InterviewPeriod {
  /** 排名靠后 (or deducted) in that month. */
  readonly low: boolean;
}

/** A unit (and indicator) with its periods, oldest first, the last the month summarised. */
export interface InterviewCandidate extends Omit<InterviewItem, "periods" | "reason"> {
  readonly periods: readonly InterviewCandidatePeriod[];
}

/** A pace gap as the sentence shows it: percentage points with one decimal, signed. */
function pointsText(gap: number): string {
  return dec(gap).times(100).toFixed(1);
}

/**
 * 约谈名单 (seed 000: 连续两次出现排名靠后的，提请约谈): the candidates whose last `runs` periods
 * are all low (排名靠后, or deducted), in the candidates' order, each with the sentence that says why:
 * "6月全市排名第10/11，进度差-3.2个百分点；7月全市排名第11/11，进度差-4.0个百分点；连续2期排名靠后，
 * 提请约谈". A candidate with fewer periods than `runs` (the first months of the year) is not listed.
 */
export function interviewList(
  candidates: readonly InterviewCandidate[],
  runs: number
): InterviewItem[] {
  const items: InterviewItem[] = [];
  for (const candidate of candidates) {
    const run = candidate.periods.slice(-runs);
    if (runs < 1 || run.length < runs || !run.every((period) => period.low)) {
      continue;
    }
    const periods = run.map(({ low: _low, ...period }): InterviewPeriod => period);
    const said = periods.map(
      (period) =>
        `${period.month}月${period.rankText}` +
        (period.paceGap === null ? "" : `，进度差${pointsText(period.paceGap)}个百分点`) +
        (period.deducted ? "，已扣分" : "")
    );
    items.push({
      ...candidate,
      periods,
      reason: `${said.join("；")}；连续${runs}期排名靠后，提请约谈`,
    });
  }
  return items;
}
