import { InterviewCandidate, interviewList } from "../../../src/engine/ranking/interviewList";

const period = (month: number, low: boolean, rank: number) => ({
  month,
  rank,
  count: 11,
  rankText: `全市排名第${rank}/11`,
  paceGap: -0.05,
  status: "serious" as const,
  deducted: false,
  low,
});

const candidate = (unit: string, lows: readonly boolean[]): InterviewCandidate => ({
  basis: "city",
  unit,
  indicator: "工业产值",
  measure: "绝对量",
  leader: "张三",
  person: "甲某",
  periods: lows.map((low, index) => period(5 + index, low, low ? 10 : 4)),
});

describe("interviewList", () => {
  it.each([
    // lows of May, June, July; runs → listed
    [[false, true, true], 2, true],
    [[true, false, true], 2, false],
    [[true, true, false], 2, false],
    [[true, true, true], 3, true],
    [[false, true, true], 3, false],
    [[true], 2, false],
  ])("%p, %p periods running → %p", (lows, runs, listed) => {
    expect(interviewList([candidate("甲局", lows)], runs).map((item) => item.unit)).toEqual(
      listed ? ["甲局"] : []
    );
  });

  it("keeps the run's periods, oldest first, without the low flag, and says why", () => {
    const [item] = interviewList([candidate("甲局", [false, true, true])], 2);
    expect(item.periods.map((found) => [found.month, found.rank, "low" in found])).toEqual([
      [6, 10, false],
      [7, 10, false],
    ]);
    expect(item.reason).toBe(
      "6月全市排名第10/11，进度差-5.0个百分点；7月全市排名第10/11，进度差-5.0个百分点；连续2期排名靠后，提请约谈"
    );
  });
});
