import { latePoints } from "../../../src/engine/reports/latePoints";
import { LateReport } from "../../../src/engine/summary/summaryTypes";

const late = (unit: string, reportedOn: string | null, daysLate: number | null): LateReport => ({
  unit,
  month: 7,
  dueDate: "2016-08-15",
  reportedOn,
  daysLate,
});

describe("latePoints", () => {
  it("gives the points to each report sent after the due day, with its reason; none for a missing one", () => {
    const result = latePoints(
      [
        late("县科技局", "2016-08-18", 3),
        late("县经贸局", "--08-16", 1),
        late("县环保局", null, null),
      ],
      0.5
    );
    expect(result.rules.map((rule) => [rule.code, rule.side, rule.points])).toEqual([
      ["迟报扣分", "deduction", -0.5],
    ]);
    expect(
      result.events.map((event) => [event.unit, event.rule, event.count, event.reason])
    ).toEqual([
      ["县科技局", "迟报扣分", 1, "7月数据8月18日报送，逾期3天"],
      ["县经贸局", "迟报扣分", 1, "7月数据8月16日报送，逾期1天"],
    ]);
  });

  it.each([
    [-0.3, -0.3],
    [0.25, -0.25],
  ])("takes %p points as a deduction of %p", (points, counted) => {
    expect(latePoints([late("甲局", "2016-08-18", 3)], points).rules[0].points).toBe(counted);
  });

  it("makes no rule and no event with 0 points", () => {
    expect(latePoints([late("甲局", "2016-08-18", 3)], 0)).toEqual({ rules: [], events: [] });
  });
});
