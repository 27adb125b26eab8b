import { Dec } from "../../../src/engine/kernel/decimal";
import { SummarySheetsInput, summarySheets } from "../../../src/engine/summary/summarySheets";

const empty: SummarySheetsInput = {
  month: 12,
  periods: 12,
  county: "镇巴县",
  year: null,
  band: 0.05,
  ties: "dense",
  bonusCap: null,
  cityMultiplier: 2,
  dueDay: 15,
  rulesSource: "default",
  reportLog: "not_monthly",
  previousRanking: "none",
  indicators: [],
  indicatorGaps: [],
  ranking: [],
  rankingGaps: [],
  adjustments: [],
  ruleCodes: [],
  warnings: [],
  warningGaps: [],
  late: [],
};

describe("summarySheets", () => {
  it("makes all five sheets even when empty, titles without an unknown year", () => {
    const sheets = summarySheets(empty);
    expect(sheets.map((spec) => [spec.name, spec.title, spec.rows.length])).toEqual([
      ["12月进度通报", "镇巴县12月市考指标进度通报", 0],
      ["12月排名", "镇巴县12月责任单位进度排名", 0],
      ["12月加减分汇总", "镇巴县12月加减分汇总", 0],
      ["12月预警", "镇巴县12月预警提示单和督办单", 0],
      ["12月迟报", "镇巴县12月数据报送迟报情况", 0],
    ]);
  });

  it("words the subtitles after the settings", () => {
    const [bulletin, ranking, adjustments, , late] = summarySheets(empty);
    expect(bulletin.columns.find((column) => column.key === "remainingMonthly")?.header).toBe(
      "后续月均任务"
    );
    expect(bulletin.subtitle).toContain("时序进度100.0%（12/12）");
    expect(ranking.subtitle).toContain("并列不占名次（1,1,2）");
    expect(adjustments.subtitle).toContain("县考加分不封顶");
    expect(adjustments.subtitle).toContain("按2倍计入");
    expect(late.subtitle).toContain("期数不是12个月");
  });

  it("shows the pace gap in percentage points, computed exactly", () => {
    const indicator = {
      name: "地方财政收入",
      measure: "绝对量",
      measureUnit: "万元",
      direction: "higher" as const,
      annualTarget: 13600,
      paceTarget: 7700,
      actual: 7000,
      completion: 7000 / 13600,
      paceGap: -700 / 13600,
      arrears: 700,
      newArrears: 400,
      remainingMonthly: 1320,
      status: "serious" as const,
      previousStatus: null,
      leadUnit: "县财政局",
      units: ["县财政局", "县税务局"],
      leader: "叶稳太",
      person: "张正银",
      source: "分解表!A9",
      row: 9,
      rows: [9, 10, 11],
    };
    const [bulletin] = summarySheets({
      ...empty,
      month: 7,
      indicators: [indicator],
      indicatorGaps: [new Dec(-700).div(13600)],
    });
    expect(bulletin.rows[0][8]).toBe(-175 / 34);
    expect(bulletin.rows[0][14]).toBe("县税务局");
    expect(bulletin.rowFills).toEqual(["#FFC7CE"]);
  });
});
