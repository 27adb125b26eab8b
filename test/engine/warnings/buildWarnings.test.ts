import { Dec } from "../../../src/engine/kernel/decimal";
import { Status } from "../../../src/engine/kernel/types";
import { IndicatorResult } from "../../../src/engine/status/assessIndicator";
import { assessIndicators } from "../../../src/engine/summary/assessIndicators";
import { summarizeIndicators } from "../../../src/engine/summary/summarizeIndicators";
import { readTable } from "../../../src/engine/table/readTable";
import { WarningCandidate, buildWarnings } from "../../../src/engine/warnings/buildWarnings";
import { actuals } from "../fixtures/seedWorkbook";
import { revenueIndicator } from "../fixtures/sheetsInput";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

/** 地方财政收入 at month 7 with the status, last month's status and arrears of the case. */
function candidate(
  status: Status,
  previousStatus: Status | null,
  arrears: string | null
): WarningCandidate {
  const result: IndicatorResult = {
    targetInForce: new Dec(13600),
    paceTarget: new Dec(7700),
    previousPaceTarget: new Dec(6800),
    completion: new Dec(7000).div(13600),
    paceGap: new Dec(-700).div(13600),
    arrears: arrears === null ? null : new Dec(arrears),
    newArrears: new Dec(400),
    remainingMonthly: new Dec(1320),
    status,
  };
  return {
    indicator: { ...revenueIndicator, status, previousStatus },
    measure: "absolute",
    result,
  };
}

describe("buildWarnings", () => {
  it.each([
    // status, last month, arrears, kind (null = no warning)
    ["lagging", "on_pace", "700", "notice"],
    ["lagging", null, "700", "notice"],
    ["lagging", "lagging", "700", "supervision"],
    ["lagging", "serious", "700", "supervision"],
    ["serious", "on_pace", "700", "supervision"],
    ["lagging", "not_reported", "0.01", "notice"],
    ["lagging", "on_pace", null, "notice"],
    ["lagging", "on_pace", "0", null],
    ["serious", "serious", "-5", null],
    ["on_pace", "serious", "700", null],
    ["not_reported", "serious", "700", null],
  ] as const)("%s (last month %p), arrears %p → %p", (status, previous, arrears, kind) => {
    const built = buildWarnings([candidate(status, previous, arrears)], 7, 12);
    expect(built.warnings.map((notice) => notice.kind)).toEqual(kind === null ? [] : [kind]);
    expect(built.gaps.map((gap) => gap?.toString())).toEqual(
      kind === null ? [] : ["-0.05147058823529411764705882352941176470588"]
    );
  });

  it("issues nothing for an indicator that could not be assessed", () => {
    expect(buildWarnings([{ ...candidate("lagging", null, "700"), result: null }], 7, 12)).toEqual({
      warnings: [],
      gaps: [],
    });
  });

  it("names the indicator, its units and people, its figures and the month, with the sentence", () => {
    const [notice] = buildWarnings([candidate("serious", "lagging", "700")], 7, 12).warnings;
    expect(notice).toEqual({
      kind: "supervision",
      indicator: "地方财政收入",
      measure: "绝对量",
      measureUnit: "万元",
      leadUnit: "县财政局",
      cooperatingUnits: ["县税务局"],
      leader: "叶稳太",
      person: "张正银",
      target: 13600,
      paceTarget: 7700,
      actual: 7000,
      paceGap: -700 / 13600,
      arrears: 700,
      remainingMonthly: 1320,
      month: 7,
      reason:
        "截至7月累计完成7000万元，落后序时进度5.1个百分点，欠账700万元，后5个月月均需完成1320万元，已连续两个月滞后",
    });
  });

  it("on seed 000 at month 7: the register in the bulletin's order, exact gaps", () => {
    const table = readTable([zhenbaGrid(), actuals()]).table!;
    const records = table.indicators;
    const assessed = assessIndicators(records, table.sheet, {
      month: 7,
      periods: 12,
      band: 0.05,
      method: "checkpoint",
    });
    const built = buildWarnings(
      summarizeIndicators(records, assessed, 7).map((indicator, position) => ({
        indicator,
        measure: records[position].measure,
        result: assessed.current[position].result,
      })),
      7,
      12
    );
    expect(
      built.warnings.map((notice, position) => [
        notice.indicator,
        notice.measure,
        notice.kind,
        built.gaps[position]?.toString(),
      ])
    ).toEqual([
      ["地方财政收入", "绝对量", "supervision", "-0.05147058823529411764705882352941176470588"],
      ["地方财政收入", "增幅", "supervision", "-0.0216"],
      [
        "招商引资(引进市外资金)",
        "绝对量",
        "notice",
        "-0.01591657519209659714599341383095499451153",
      ],
      [
        "保障性安居工程新开工套数",
        "绝对量",
        "notice",
        "-0.04166666666666666666666666666666666666688",
      ],
      [
        "空气中可吸入颗粒物(PM10)浓度",
        "绝对量",
        "supervision",
        "-0.07692307692307692307692307692307692307692",
      ],
    ]);
  });
});
