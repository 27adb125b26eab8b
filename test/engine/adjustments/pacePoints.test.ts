import fc from "fast-check";
import { PaceCandidate, pacePoints } from "../../../src/engine/adjustments/pacePoints";
import { CityLowRank } from "../../../src/engine/ranking/cityLowRank";

const low = (bottom: boolean, lastInGroup: boolean, text: string): CityLowRank => ({
  bottom,
  lastInGroup,
  text,
});

const candidate = (
  name: string,
  status: PaceCandidate["status"],
  paceGap: number | null,
  rank: CityLowRank | null,
  leadUnit = "甲局"
): PaceCandidate => ({
  name,
  measure: "绝对量",
  leadUnit,
  status,
  paceGap,
  low: rank,
  source: "分解表!A3",
});

describe("pacePoints", () => {
  it.each([
    // status, gap, city rank → event (rule, reason) or none
    ["on_pace", 0.02, null, ["序时加分", "工业产值：7月超序时进度"]],
    ["on_pace", 0, low(true, false, "全市排名第11/11"), null],
    [
      "lagging",
      -0.02,
      low(true, false, "全市排名第10/11"),
      ["序时扣分", "工业产值：7月未达序时进度且全市排名第10/11"],
    ],
    [
      "serious",
      -0.08,
      low(false, true, "全市排名第5/11、山区县最后一名（第5/5）"),
      ["序时扣分", "工业产值：7月未达序时进度且全市排名第5/11、山区县最后一名（第5/5）"],
    ],
    ["serious", -0.08, low(false, false, "全市排名第4/11"), null],
    ["lagging", -0.02, null, null],
    ["not_reported", null, low(true, true, "全市排名第11/11"), null],
  ] as const)("%s, gap %p, %p → %p", (status, gap, rank, expected) => {
    const result = pacePoints([candidate("工业产值", status, gap, rank)], {
      month: 7,
      bonus: 0.5,
      deduction: 0.5,
    });
    expect(result.events.map((event) => [event.rule, event.reason])).toEqual(
      expected === null ? [] : [expected]
    );
    expect(result.deducted).toEqual([expected?.[0] === "序时扣分"]);
  });

  it("words a growth rate's measure, gives no points without a lead unit, and leaves out a rule of 0 points", () => {
    const result = pacePoints(
      [
        { ...candidate("地方财政收入", "on_pace", 0.1, null), measure: "增幅" },
        candidate("专利申请量", "on_pace", 0.1, null, " "),
        candidate("工业产值", "lagging", -0.01, low(true, false, "全市排名第9/11")),
      ],
      { month: 7, bonus: 1, deduction: 0 }
    );
    expect(result.rules.map((rule) => [rule.code, rule.points])).toEqual([["序时加分", 1]]);
    expect(result.events.map((event) => [event.unit, event.reason])).toEqual([
      ["甲局", "地方财政收入（增幅）：7月超序时进度"],
    ]);
  });
});

describe("pacePoints wording and invariants", () => {
  it.each([
    // measure, direction → the reason of a deduction
    ["absolute", "higher", "工业产值：7月未达序时进度且全市排名第10/11"],
    ["growth", "higher", "工业产值：7月增速低于目标增速且全市排名第10/11"],
    ["absolute", "lower", "工业产值：7月超过控制目标且全市排名第10/11"],
  ] as const)("a %s %s indicator behind and low reads %s", (measure, direction, reason) => {
    const result = pacePoints(
      [
        {
          ...candidate("工业产值", "lagging", -0.02, low(true, false, "全市排名第10/11")),
          kind: { measure, direction },
        },
      ],
      { month: 7, bonus: 0.5, deduction: 0.5 }
    );
    expect(result.events.map((event) => event.reason)).toEqual([reason]);
  });

  it("gives an indicator at most one event: a bonus only ahead, a deduction only behind and low", () => {
    const status = fc.constantFrom<PaceCandidate["status"]>(
      "on_pace",
      "lagging",
      "serious",
      "not_reported",
      "actual_unreadable",
      "target_missing"
    );
    const rank = fc.option(
      fc.record({ bottom: fc.boolean(), lastInGroup: fc.boolean(), text: fc.constant("全市排名") })
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(status, fc.option(fc.double({ min: -1, max: 1, noNaN: true })), rank), {
          maxLength: 20,
        }),
        (rows) => {
          const candidates = rows.map(([state, gap, city], index) =>
            candidate(`指标${index}`, state, gap, city)
          );
          const result = pacePoints(candidates, { month: 7, bonus: 0.5, deduction: 0.5 });
          expect(result.events.length).toBeLessThanOrEqual(candidates.length);
          result.events.forEach((event) => {
            const found = candidates.find((item) => event.reason?.startsWith(`${item.name}：`));
            const ahead = found?.status === "on_pace" && (found.paceGap ?? 0) > 0;
            const behindAndLow =
              (found?.status === "lagging" || found?.status === "serious") &&
              found.low !== null &&
              (found.low.bottom || found.low.lastInGroup);
            expect(event.rule === "序时加分" ? ahead : behindAndLow).toBe(true);
          });
          expect(result.deducted.filter(Boolean)).toHaveLength(
            result.events.filter((event) => event.rule === "序时扣分").length
          );
        }
      )
    );
  });
});
