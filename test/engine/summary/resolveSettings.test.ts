import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { resolveSettings } from "../../../src/engine/summary/resolveSettings";
import { SummarySettings } from "../../../src/engine/summary/summaryTypes";

const defaults = {
  month: 7,
  periods: 12,
  band: 0.05,
  ties: "competition",
  county: null,
  year: null,
  bonusCap: 3,
  cityMultiplier: 2,
  dueDay: 15,
  previousRanking: null,
  bottomCount: 3,
  rankingMeasure: "paceGap",
  paceBonusPoints: 0.5,
  paceDeductionPoints: 0.5,
  latePoints: 0.5,
  interviewRuns: 2,
  groupName: null,
};

describe("resolveSettings", () => {
  it("fills in every default for a bare month", () => {
    expect(resolveSettings({ month: 7 })).toEqual({ settings: defaults, diagnostics: [] });
  });

  it("keeps good settings, the bonus cap's sign dropped and the county trimmed", () => {
    const given: SummarySettings = {
      month: 3,
      periods: 4,
      method: "linear",
      band: 0.02,
      ties: "dense",
      sheet: "分解表",
      county: " 盘山县 ",
      year: 2018,
      bonusCap: -2.5,
      cityMultiplier: 1,
      dueDay: 10,
      previousRanking: [{ unit: "县财政局", rank: 2 }],
      columns: [{ column: 3, role: "ignore" }],
      bottomCount: 2,
      rankingMeasure: "composite",
      paceBonusPoints: 1,
      paceDeductionPoints: -0.3,
      latePoints: 0.2,
      interviewRuns: 3,
      groupName: " 山区县 ",
    };
    expect(resolveSettings(given)).toEqual({
      settings: {
        ...given,
        county: "盘山县",
        bonusCap: 2.5,
        paceDeductionPoints: 0.3,
        groupName: "山区县",
      },
      diagnostics: [],
    });
  });

  it.each([
    // setting, bad value, the default used, as the clerk reads it
    ["periods", 0, 12, "设置“periods”的取值“0”无效，已采用12"],
    ["band", -1, 0.05, "设置“band”的取值“-1”无效，已采用0.05"],
    ["method", "sideways", undefined, "设置“method”的取值“sideways”无效，已采用按指标自动选择"],
    ["ties", "olympic", "competition", "设置“ties”的取值“olympic”无效，已采用competition"],
    ["bonusCap", Number.NaN, 3, "设置“bonusCap”的取值“NaN”无效，已采用3"],
    ["cityMultiplier", "双倍", 2, "设置“cityMultiplier”的取值“双倍”无效，已采用2"],
    ["dueDay", 32, 15, "设置“dueDay”的取值“32”无效，已采用15"],
    ["bottomCount", 2.5, 3, "设置“bottomCount”的取值“2.5”无效，已采用3"],
    ["rankingMeasure", "score", "paceGap", "设置“rankingMeasure”的取值“score”无效，已采用paceGap"],
    ["paceBonusPoints", "半分", 0.5, "设置“paceBonusPoints”的取值“半分”无效，已采用0.5"],
    ["paceDeductionPoints", Number.NaN, 0.5, "设置“paceDeductionPoints”的取值“NaN”无效，已采用0.5"],
    ["latePoints", null, 0.5, "设置“latePoints”的取值“null”无效，已采用0.5"],
    ["interviewRuns", 0, 2, "设置“interviewRuns”的取值“0”无效，已采用2"],
    ["groupName", 5, null, "设置“groupName”的取值“5”无效，已采用全市排名表中的组别"],
    ["year", 16, null, "设置“year”的取值“16”无效，已采用标题中的年份"],
    [
      "previousRanking",
      "上月",
      null,
      "设置“previousRanking”的取值“上月”无效，已采用按上月数据计算",
    ],
    ["columns", 3, undefined, "设置“columns”的取值“3”无效，已采用表头识别的列角色"],
  ])("a bad %s (%p) is reported and %p used", (name, value, used, message) => {
    const resolved = resolveSettings({ month: 7, [name]: value } as unknown as SummarySettings);
    expect((resolved.settings as Record<string, unknown> | null)?.[name]).toBe(used);
    expect(resolved.diagnostics.map((found) => [found.code, found.severity])).toEqual([
      ["invalid_setting", "warning"],
    ]);
    expect(formatDiagnostic(resolved.diagnostics[0], "zh-CN")).toBe(message);
  });

  it.each([
    // settings, the message: checkMonth's range, with the periods in force
    [{ month: 13 }, "月份13无效（应为1至12之间的整数），未生成月度汇总"],
    [{ month: 0 }, "月份0无效（应为1至12之间的整数），未生成月度汇总"],
    [{ month: 7.5 }, "月份7.5无效（应为1至12之间的整数），未生成月度汇总"],
    [{ month: "7" }, "月份7无效（应为1至12之间的整数），未生成月度汇总"],
    [{ month: 5, periods: 4 }, "月份5无效（应为1至4之间的整数），未生成月度汇总"],
    [undefined, "月份undefined无效（应为1至12之间的整数），未生成月度汇总"],
  ])("no month can be had from %p: no settings, an error", (given, message) => {
    const resolved = resolveSettings(given as SummarySettings | undefined);
    expect(resolved.settings).toBeNull();
    expect(resolved.diagnostics.map((found) => [found.code, found.severity])).toEqual([
      ["invalid_setting", "error"],
    ]);
    expect(formatDiagnostic(resolved.diagnostics[0], "zh-CN")).toBe(message);
  });

  it("reports a bad period count before the month it makes impossible", () => {
    const resolved = resolveSettings({ month: 13, periods: 0 });
    expect(resolved.diagnostics.map((found) => [found.key, found.severity])).toEqual([
      ["summaryInvalidSetting", "warning"],
      ["summaryMonthInvalid", "error"],
    ]);
  });

  it("keeps only the usable entries of last month's ranking", () => {
    const resolved = resolveSettings({
      month: 7,
      previousRanking: [
        { unit: "甲局", rank: 2 },
        { unit: "乙局", rank: 0 },
        { unit: "丙局", rank: 1.5 },
        { unit: 3, rank: 1 },
        null,
        { unit: "丁局", rank: 1 },
      ] as unknown as SummarySettings["previousRanking"],
    });
    expect(resolved.settings?.previousRanking).toEqual([
      { unit: "甲局", rank: 2 },
      { unit: "丁局", rank: 1 },
    ]);
    expect(resolved.diagnostics).toEqual([]);
  });

  it("takes a null bonus cap as no cap, and ignores a blank county or sheet", () => {
    const resolved = resolveSettings({ month: 7, bonusCap: null, county: " ", sheet: "" });
    expect(resolved.settings).toEqual({ ...defaults, bonusCap: null });
  });
});
