import fc from "fast-check";
import { Dec } from "../../../src/engine/kernel/decimal";
import { DepartmentIndicator, rankDepartments } from "../../../src/engine/ranking/rankDepartments";
import { Status } from "../../../src/engine/kernel/types";

const indicator = (
  leadUnit: string,
  gap: string | null,
  status: Status,
  measure: "absolute" | "growth" = "absolute"
): DepartmentIndicator => ({
  leadUnit,
  measure,
  status,
  paceGap: gap === null ? null : new Dec(gap),
});

/** 乙 and 丙 have the same average (−0.025); 乙 has a seriously lagging indicator, 丙 and 丁 none. */
const indicators = [
  indicator("甲局", "0", "on_pace"),
  indicator("乙局", "-0.05", "serious"),
  indicator("乙局", "0", "on_pace"),
  indicator("乙局", "-0.3", "serious", "growth"),
  indicator("丙局", "-0.025", "lagging"),
  indicator("丁局", "-0.025", "lagging"),
  indicator("戊局", "-0.1", "serious"),
  indicator("己局", null, "not_reported"),
  indicator("", "0.5", "on_pace"),
];

describe("rankDepartments", () => {
  it.each([
    [
      "competition",
      [
        ["甲局", 1],
        ["丙局", 2],
        ["丁局", 2],
        ["乙局", 4],
        ["戊局", 5],
        ["己局", null],
      ],
    ],
    [
      "dense",
      [
        ["甲局", 1],
        ["丙局", 2],
        ["丁局", 2],
        ["乙局", 3],
        ["戊局", 4],
        ["己局", null],
      ],
    ],
  ] as const)("ranks by average pace gap, ties broken by fewer serious (%s)", (ties, expected) => {
    expect(rankDepartments(indicators, ties).map((item) => [item.unit, item.rank])).toEqual(
      expected
    );
  });

  it("averages only reported absolute indicators and counts their statuses", () => {
    const byUnit = new Map(rankDepartments(indicators).map((item) => [item.unit, item]));
    expect(byUnit.get("乙局")?.averagePaceGap?.toString()).toBe("-0.025");
    expect([
      byUnit.get("乙局")?.indicators,
      byUnit.get("乙局")?.serious,
      byUnit.get("乙局")?.lagging,
    ]).toEqual([2, 1, 0]);
    expect(byUnit.get("己局")?.averagePaceGap).toBeNull();
    expect(byUnit.get("己局")?.indicators).toBe(0);
  });

  it("gives ranks that are a competition ranking of (average desc, serious asc)", () => {
    const unit = fc.constantFrom("甲", "乙", "丙", "丁");
    const status = fc.constantFrom<Status>("on_pace", "lagging", "serious");
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit, gap: fc.integer({ min: -5, max: 5 }), status })),
        (rows) => {
          const ranked = rankDepartments(
            rows.map((row) => indicator(row.unit, String(row.gap / 100), row.status))
          );
          for (const item of ranked) {
            if (item.rank === null || item.averagePaceGap === null) {
              continue;
            }
            const better = ranked.filter(
              (other) =>
                other.averagePaceGap !== null &&
                item.averagePaceGap !== null &&
                (other.averagePaceGap.gt(item.averagePaceGap) ||
                  (other.averagePaceGap.eq(item.averagePaceGap) && other.serious < item.serious))
            ).length;
            expect(item.rank).toBe(better + 1);
          }
        }
      )
    );
  });
});
