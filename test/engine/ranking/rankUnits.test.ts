import { Dec } from "../../../src/engine/kernel/decimal";
import { Measure, Status } from "../../../src/engine/kernel/types";
import { DepartmentIndicator } from "../../../src/engine/ranking/rankDepartments";
import { rankUnits } from "../../../src/engine/ranking/rankUnits";

const of = (
  leadUnit: string,
  paceGap: string | null,
  status: Status = paceGap === null ? "not_reported" : "on_pace",
  measure: Measure = "absolute"
): DepartmentIndicator => ({
  leadUnit,
  measure,
  status,
  paceGap: paceGap === null ? null : new Dec(paceGap),
});

/** The ledger of the summary's tests at month 7 (linear, P = 700 of 1200). */
const july = [
  of("甲局", "0"),
  of("乙局", "-0.05", "serious"),
  of("乙局", "0"),
  of("丙局", "-0.025", "lagging"),
  of("丁局", "-0.025", "lagging"),
  of("戊局", "-0.1", "serious"),
];

describe("rankUnits", () => {
  it.each([
    [
      "competition",
      [
        ["甲局", 1, "0", false],
        ["丙局", 2, "-0.025", true],
        ["丁局", 2, "-0.025", true],
        ["乙局", 4, "-0.025", true],
        ["戊局", 5, "-0.1", true],
      ],
    ],
    [
      "dense",
      [
        ["甲局", 1, "0", false],
        ["丙局", 2, "-0.025", true],
        ["丁局", 2, "-0.025", true],
        ["乙局", 3, "-0.025", true],
        ["戊局", 4, "-0.1", true],
      ],
    ],
  ] as const)("ranks by the exact average gap, fewer serious first (%s)", (ties, expected) => {
    const ranked = rankUnits(july, null, { ties, previousRanking: null });
    expect(
      ranked.ranking.map((item, position) => [
        item.unit,
        item.rank,
        ranked.gaps[position]?.toString() ?? null,
        item.bottom,
      ])
    ).toEqual(expected);
    expect(ranked.ranking.map((item) => item.averagePaceGap)).toEqual([
      0, -0.025, -0.025, -0.025, -0.1,
    ]);
    expect(ranked.previousSource).toBe("none");
  });

  it("averages exactly: 0.1 + 0.2 over two indicators is 0.15", () => {
    const ranked = rankUnits([of("甲局", "0.1"), of("甲局", "0.2")], null, {
      ties: "competition",
      previousRanking: null,
    });
    expect([ranked.gaps[0]?.toString(), ranked.ranking[0].averagePaceGap]).toEqual(["0.15", 0.15]);
  });

  it.each([
    // last month's indicators, given ranking, source, [unit, previous rank, change]
    [
      "computed from last month",
      [
        of("甲局", "-0.1", "serious"),
        of("乙局", "0"),
        of("丙局", "-0.05", "serious"),
        of("丁局", "-0.05", "serious"),
        of("戊局", "0.1"),
      ],
      null,
      "computed",
      [
        ["甲局", 5, 4],
        ["丙局", 3, 1],
        ["丁局", 3, 1],
        ["乙局", 2, -2],
        ["戊局", 1, -4],
      ],
    ],
    [
      "given, names trimmed, winning over last month",
      [of("甲局", "0")],
      [
        { unit: " 甲局 ", rank: 2 },
        { unit: "戊局", rank: 1 },
      ],
      "settings",
      [
        ["甲局", 2, 1],
        ["丙局", null, null],
        ["丁局", null, null],
        ["乙局", null, null],
        ["戊局", 1, -4],
      ],
    ],
    [
      "none when no unit ranked last month",
      [of("甲局", null), of("乙局", "0", "on_pace", "growth")],
      null,
      "none",
      [
        ["甲局", null, null],
        ["丙局", null, null],
        ["丁局", null, null],
        ["乙局", null, null],
        ["戊局", null, null],
      ],
    ],
  ] as const)("last month's ranks %s", (_case, previous, previousRanking, source, expected) => {
    const ranked = rankUnits(july, previous, { ties: "competition", previousRanking });
    expect(ranked.previousSource).toBe(source);
    expect(ranked.ranking.map((item) => [item.unit, item.previousRank, item.change])).toEqual(
      expected
    );
  });

  it("ranks no unit without a counted indicator (blank lead units are left out)", () => {
    const ranked = rankUnits([of("甲局", "0.01"), of("乙局", null), of("", "-0.2")], null, {
      ties: "competition",
      previousRanking: null,
    });
    expect(ranked.ranking.map((item) => [item.unit, item.rank, item.indicators])).toEqual([
      ["甲局", 1, 1],
      ["乙局", null, 0],
    ]);
    expect(ranked.gaps.map((gap) => gap?.toString() ?? null)).toEqual(["0.01", null]);
  });
});
