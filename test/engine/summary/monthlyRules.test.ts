import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { MonthlySummary } from "../../../src/engine/summary/summaryTypes";
import { sheet } from "../fixtures/sheet";
import { sheetOf } from "../fixtures/seedWorkbook";

const _: CellValue = null;

/**
 * Seed 004's district at the end of July 2018, as a ledger: cumulative actuals for May, June and
 * July chosen so that July's own figures are the seed's (财政 5025 against June's 16208, 固投 16.25
 * against 32.48, 规上总产值 35.8 against 44.9), and two growth rates with last year's July figure:
 * 规上工业增加值 5.2% against 17.5% on 89.43亿 (≈ 11亿 short) and 服务业增加值 7.6% against 9.8% on
 * 409亿 (≈ 9亿 short).
 */
const table = (): GridSheet =>
  sheet("2018年分解表", [
    ["2018年临渭区市考指标任务分解表"],
    [
      "指标名称",
      "口径",
      "单位",
      "全年目标",
      "1-5月累计完成",
      "1-6月累计完成",
      "1-7月累计完成",
      "1-7月上年同期",
      "责任单位",
      "包抓领导",
      "责任人",
    ],
    [
      "财政一般预算收入",
      "绝对量",
      "万元",
      60000,
      20000,
      36208,
      41233,
      _,
      "区财政局",
      "王副区长",
      "李会计",
    ],
    ["固定资产投资", "绝对量", "亿元", 160, 40, 72.48, 88.73, _, "区发改委", "赵副区长", "钱主任"],
    [
      "规模以上工业总产值",
      "绝对量",
      "亿元",
      400,
      150,
      194.9,
      230.7,
      _,
      "区经贸局",
      "孙副区长",
      "周科长",
    ],
    ["规模以上工业增加值", "绝对量", "亿元", 120, _, _, _, 89.43, "区经贸局", "孙副区长", "周科长"],
    ["规模以上工业增加值", "增幅", "%", 17.5, _, _, 5.2, _, "区经贸局", "孙副区长", "周科长"],
    ["服务业增加值", "绝对量", "亿元", 500, _, _, _, 409, "区发改委", "赵副区长", "钱主任"],
    ["服务业增加值", "增幅", "%", 9.8, _, _, 7.6, _, "区发改委", "赵副区长", "钱主任"],
  ]);

const july = (sheets: GridSheet[], settings = {}): MonthlySummary =>
  buildMonthlySummary(sheets, { month: 7, ...settings });

const line = (summary: MonthlySummary, name: string, measure = "绝对量") => {
  const found = summary.indicators.find(
    (indicator) => indicator.name === name && indicator.measure === measure
  );
  if (found === undefined) {
    throw new Error(`no ${name} ${measure}`);
  }
  return found;
};

describe("month-over-month figures (seed 004)", () => {
  const summary = july([table()]);

  it.each([
    // indicator, July's own figure, change against June, change in %, rounded as the seed words it
    ["财政一般预算收入", 5025, -11183, "-0.69"],
    ["固定资产投资", 16.25, -16.23, "-0.50"],
    ["规模以上工业总产值", 35.8, -9.1, "-0.20"],
  ])("%s: July %p, %p against June, %s", (name, monthly, change, ratio) => {
    const found = line(summary, name);
    expect([found.monthly, found.monthOverMonth, found.monthOverMonthRatio?.toFixed(2)]).toEqual([
      monthly,
      change,
      ratio,
    ]);
  });

  it("shows them in the bulletin's 当月完成, 较上月 and 增减% columns", () => {
    const bulletin = sheetOf(summary, "bulletin");
    const at = (key: string): number => bulletin.columns.findIndex((column) => column.key === key);
    const row = bulletin.rows[summary.indicators.indexOf(line(summary, "财政一般预算收入"))];
    expect(bulletin.columns[at("monthly")].header).toBe("7月当月完成");
    expect([row[at("monthly")], row[at("monthOverMonth")]]).toEqual([5025, -11183]);
    expect(bulletin.columns[at("monthOverMonth")].header).toBe("较上月");
    expect(bulletin.columns[at("monthOverMonthRatio")].header).toBe("增减%");
    expect(row[at("monthOverMonthRatio")]).toBe(-11183 / 16208);
  });
});

describe("growth shortfall (seed 004: 绝对量欠账约11亿元, 约9亿元)", () => {
  const summary = july([table()]);

  it.each([
    // indicator, last year's July, shortfall = B × (target − actual) / 100
    ["规模以上工业增加值", 89.43, 10.99989],
    ["服务业增加值", 409, 8.998],
  ])("%s on %p亿: %p亿 short", (name, lastYear, shortfall) => {
    const found = line(summary, name, "增幅");
    expect([found.lastYear, found.growthShortfall, found.growthShortfallUnit]).toEqual([
      lastYear,
      shortfall,
      "亿元",
    ]);
  });

  it("words the shortfall in the warning, as the seed does", () => {
    const reasons = summary.warnings.map((notice) => notice.reason);
    expect(reasons).toContain(
      "截至7月累计增长5.2%，低于目标增速17.5%，相差12.3个百分点，绝对量欠账约11亿元"
    );
    expect(reasons).toContain(
      "截至7月累计增长7.6%，低于目标增速9.8%，相差2.2个百分点，绝对量欠账约9亿元"
    );
  });

  it("shows 上年同期 and 绝对量欠账 in the bulletin", () => {
    const bulletin = sheetOf(summary, "bulletin");
    const at = (key: string): number => bulletin.columns.findIndex((column) => column.key === key);
    const row = bulletin.rows[summary.indicators.indexOf(line(summary, "服务业增加值", "增幅"))];
    expect([row[at("lastYear")], row[at("growthShortfall")]]).toEqual([409, 8.998]);
  });
});

/** Four units' indicators, linear (全年 1200: P(6) = 600, P(7) = 700), June and July actuals. */
const ledger = (): GridSheet =>
  sheet("2018年分解表", [
    [
      "指标名称",
      "口径",
      "单位",
      "全年目标",
      "1-6月累计完成",
      "1-7月累计完成",
      "责任单位",
      "包抓领导",
      "责任人",
    ],
    // behind both months (500 of 600, 600 of 700), city 10/11 both months → deduction, 约谈
    ["工业产值", "绝对量", "万元", 1200, 500, 600, "甲局", "张三", "甲某"],
    // ahead in June, behind in July (650 of 700) and last of the 山区县 → deduction, no 约谈
    ["农业产值", "绝对量", "万元", 1200, 620, 650, "乙局", "李四", "乙某"],
    // ahead in July (800 of 700) → bonus; sent on August 18 → late points
    ["税收收入", "绝对量", "万元", 1200, 650, 800, "丙局", "王五", "丙某"],
    // behind, but 4th of 11 and 2nd of 5 → no deduction
    ["出口总额", "绝对量", "万元", 1200, 590, 680, "丁局", "赵六", "丁某"],
  ]);

const cityRanks = (): GridSheet =>
  sheet("全市排名", [
    ["指标", "月份", "全市排名", "参评县数", "组别", "组内排名", "组内县数"],
    ["工业产值", "6月", 10, 11, "山区县", 4, 5],
    ["工业产值", "7月", "第10名", "共11个", "山区县", 4, 5],
    ["农业产值", "6月", 3, 11, "山区县", 1, 5],
    ["农业产值", "7月", 5, 11, "山区县", "5/5", _],
    ["税收收入", "7月", 11, 11, "山区县", 5, 5],
    ["出口总额", "7月", 4, 11, "山区县", 2, 5],
  ]);

const reportLog = (): GridSheet =>
  sheet("2018年报送登记", [
    ["单位", "月份", "报送日期"],
    ["甲局", "7月", "2018-08-10"],
    ["乙局", "7月", "2018-08-15"],
    ["丙局", "7月", "2018-08-18"],
    ["丁局", "7月", "2018-08-01"],
  ]);

describe("seed 000's pace points and 约谈 with the city's ranks", () => {
  const summary = july([ledger(), cityRanks(), reportLog()]);

  it("reads the 全市排名 sheet without findings", () => {
    expect(summary.diagnostics).toEqual([]);
  });

  it("ahead of pace → bonus; behind and bottom three or last of its group → deduction; late → points", () => {
    expect(
      summary.adjustments.map((unit) => [unit.unit, unit.bonus, unit.deduction, unit.reasons])
    ).toEqual([
      ["甲局", 0, -0.5, ["工业产值：7月未达序时进度且全市排名第10/11、山区县第4/5"]],
      ["乙局", 0, -0.5, ["农业产值：7月未达序时进度且全市排名第5/11、山区县最后一名（第5/5）"]],
      ["丙局", 0.5, -0.5, ["税收收入：7月超序时进度", "7月数据8月18日报送，逾期3天"]],
    ]);
  });

  it("puts a unit low in the city two months running on the 约谈 list, with both months' figures", () => {
    expect(summary.interviews).toEqual([
      {
        basis: "city",
        unit: "甲局",
        indicator: "工业产值",
        measure: "绝对量",
        leader: "张三",
        person: "甲某",
        periods: [
          {
            month: 6,
            rank: 10,
            count: 11,
            rankText: "全市排名第10/11、山区县第4/5",
            paceGap: -100 / 1200,
            status: "serious",
            deducted: true,
          },
          {
            month: 7,
            rank: 10,
            count: 11,
            rankText: "全市排名第10/11、山区县第4/5",
            paceGap: -100 / 1200,
            status: "serious",
            deducted: true,
          },
        ],
        reason:
          "6月全市排名第10/11、山区县第4/5，进度差-8.3个百分点，已扣分；7月全市排名第10/11、山区县第4/5，进度差-8.3个百分点，已扣分；连续2期排名靠后，提请约谈",
      },
    ]);
    const warnings = sheetOf(summary, "warnings");
    expect(warnings.rows.filter((row) => row[0] === "约谈").map((row) => row[4])).toEqual(["甲局"]);
  });

  it("takes the points, the bottom count and the runs from the settings", () => {
    const strict = july([ledger(), cityRanks(), reportLog()], {
      paceBonusPoints: 1,
      paceDeductionPoints: 2,
      latePoints: 0.2,
      bottomCount: 1,
      interviewRuns: 3,
      groupName: "山区",
    });
    expect(strict.adjustments.map((unit) => [unit.unit, unit.net, unit.reasons])).toEqual([
      // 10 of 11 is not the last one: no deduction for 甲局 any more
      ["乙局", -2, ["农业产值：7月未达序时进度且全市排名第5/11、山区最后一名（第5/5）"]],
      ["丙局", 0.8, ["税收收入：7月超序时进度", "7月数据8月18日报送，逾期3天"]],
    ]);
    expect(strict.interviews).toEqual([]);
  });

  it("reads traditional characters and ranks written as 10/11", () => {
    const traditional = sheet("全市排名（市考辦通報）", [
      ["指標名稱", "月份", "名次", "組別", "組內排名", "組內縣數"],
      ["工業產值", "1-6月", "10/11", "山區縣", 4, 5],
      ["工業產值", "1-7月", "10/11", "山區縣", 4, 5],
    ]);
    const read = july([ledger(), traditional]);
    expect(read.interviews.map((item) => [item.unit, item.periods.map((p) => p.rank)])).toEqual([
      ["甲局", [10, 10]],
    ]);
  });
});

describe("without a 全市排名 sheet", () => {
  const summary = july([ledger(), reportLog()]);

  it("says so, counts the bonus and the late points but no deduction", () => {
    expect(summary.diagnostics.map((found) => [found.code, found.severity])).toEqual([
      ["city_ranks_absent", "warning"],
    ]);
    expect(summary.adjustments.map((unit) => [unit.unit, unit.net])).toEqual([["丙局", 0]]);
  });

  it("lists for 约谈 the units in the county's own bottom ranks and behind pace two months running", () => {
    // Four units ranked: the last three are 后三位, and 丁局 is behind pace in both months too.
    expect(summary.interviews.map((item) => [item.basis, item.unit, item.reason])).toEqual([
      [
        "county",
        "丁局",
        "6月本县排名第3/4，进度差-0.8个百分点；7月本县排名第2/4，进度差-1.7个百分点；连续2期排名靠后，提请约谈",
      ],
      [
        "county",
        "甲局",
        "6月本县排名第4/4，进度差-8.3个百分点；7月本县排名第4/4，进度差-8.3个百分点；连续2期排名靠后，提请约谈",
      ],
    ]);
  });
});

describe("ranking measure", () => {
  it.each([
    // measure, units in rank order
    ["paceGap", ["丙局", "丁局", "乙局", "甲局"]],
    ["completion", ["丙局", "丁局", "乙局", "甲局"]],
    ["composite", ["丙局", "丁局", "乙局", "甲局"]],
  ] as const)("ranks on %s", (rankingMeasure, units) => {
    const summary = july([ledger()], { rankingMeasure });
    expect(summary.ranking.map((item) => item.unit)).toEqual(units);
  });

  it("ranks on completion where it and the pace gap disagree, and says so in the subtitle", () => {
    // Both 700 of P(7) = 700: A with 全年 1200 is on pace (gap 0, completion 58.3%); B with a
    // checkpoint plan is behind its plan but has completed more of a smaller year (completion 70%).
    const sheets = [
      sheet("分解表", [
        ["指标名称", "口径", "单位", "倒排时间", "目标", "1-7月累计完成", "责任单位"],
        ["甲指标", "绝对量", "万元", "全年", 1200, 700, "甲局"],
        ["乙指标", "绝对量", "万元", "上半年", 900, 700, "乙局"],
        ["乙指标", "绝对量", "万元", "全年", 1000, _, "乙局"],
      ]),
    ];
    const byGap = july(sheets);
    const byCompletion = july(sheets, { rankingMeasure: "completion" });
    expect(byGap.ranking.map((item) => [item.unit, item.rank])).toEqual([
      ["甲局", 1],
      ["乙局", 2],
    ]);
    expect(byCompletion.ranking.map((item) => [item.unit, item.rank, item.score])).toEqual([
      ["乙局", 1, 0.7],
      ["甲局", 2, 700 / 1200],
    ]);
    expect(sheetOf(byCompletion, "ranking").subtitle).toContain("平均完成率排名");
  });

  it("leaves out a completion that cannot be had (a ceiling at 0, a target of 0), never throws", () => {
    const sheets = [
      sheet("分解表", [
        [
          "指标名称",
          "口径",
          "单位",
          "方向",
          "全年目标",
          "1-6月累计完成",
          "1-7月累计完成",
          "责任单位",
        ],
        ["PM10浓度", "绝对量", "μg/m3", "逆向", 60, 0, 0, "甲局"],
        ["工业产值", "绝对量", "万元", "正向", 1200, 600, 700, "甲局"],
      ]),
    ];
    const summary = july(sheets, { rankingMeasure: "completion" });
    expect(summary.ranking.map((item) => [item.unit, item.averageCompletion])).toEqual([
      ["甲局", 700 / 1200],
    ]);
  });
});
