import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { SummarySettings } from "../../../src/engine/summary/summaryTypes";
import { runOf } from "../../../src/engine/workbook/runOf";
import {
  actuals,
  events,
  find,
  ledgerWorkbook,
  reports,
  seedWorkbook,
  sheetOf,
} from "../fixtures/seedWorkbook";
import { sheet } from "../fixtures/sheet";
import { parseZhenba, zhenbaGrid } from "../fixtures/zhenbaGrid";

describe("buildMonthlySummary on seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("reads county and year from the title and the sheet names", () => {
    expect([summary.county, summary.year, summary.month, summary.periods]).toEqual([
      "镇巴县",
      2016,
      7,
      12,
    ]);
  });

  it("assesses 地方财政收入 绝对量 exactly: P(7) = 7700, actual 7000", () => {
    expect(find(summary, "地方财政收入")).toEqual({
      name: "地方财政收入",
      measure: "绝对量",
      measureUnit: "万元",
      direction: "higher",
      annualTarget: 13600,
      paceTarget: 7700,
      actual: 7000,
      completion: 7000 / 13600,
      paceGap: -700 / 13600,
      arrears: 700,
      newArrears: 400,
      remainingMonthly: 1320,
      // July's own 500 (7000 − 6500); no May figure, so no change against June
      monthly: 500,
      monthOverMonth: null,
      monthOverMonthRatio: null,
      lastYear: null,
      growthShortfall: null,
      growthShortfallUnit: "",
      status: "serious",
      previousStatus: "lagging",
      leadUnit: "县财政局",
      units: ["县财政局"],
      leader: "叶稳太",
      person: "张正银",
      source: "分解表!A9",
      row: 9,
      rows: [9, 11, 13],
    });
  });

  it.each([
    // name, measure, paceTarget, actual, paceGap, arrears, newArrears, remainingMonthly, status, previousStatus
    [
      "招商引资(引进市外资金)",
      "绝对量",
      10.39,
      10.1,
      -29 / 1822,
      0.29,
      0.29,
      1.624,
      "lagging",
      "on_pace",
    ],
    [
      "保障性安居工程新开工套数",
      "绝对量",
      320 / 3,
      100,
      -1 / 24,
      20 / 3,
      20 / 3,
      12,
      "lagging",
      "on_pace",
    ],
    ["专利申请量", "绝对量", 35 / 3, 14, 7 / 75, -7 / 3, -7 / 3, 2.2, "on_pace", "on_pace"],
    ["地方财政收入", "增幅", 22.16, 20, -0.0216, null, null, null, "lagging", "lagging"],
    [
      "空气中可吸入颗粒物(PM10)浓度",
      "绝对量",
      65,
      70,
      -1 / 13,
      5,
      null,
      null,
      "serious",
      "on_pace",
    ],
    [
      "规上工业增加值",
      "绝对量",
      8.16,
      null,
      null,
      null,
      null,
      null,
      "not_reported",
      "not_reported",
    ],
  ] as const)(
    "%s %s: P %p, A %p, gap %p, arrears %p, new %p, remaining %p, %s (was %s)",
    (
      name,
      measure,
      paceTarget,
      actual,
      paceGap,
      arrears,
      newArrears,
      remainingMonthly,
      status,
      previousStatus
    ) => {
      const indicator = find(summary, name, measure);
      expect([
        indicator.paceTarget,
        indicator.actual,
        indicator.paceGap,
        indicator.arrears,
        indicator.newArrears,
        indicator.remainingMonthly,
        indicator.status,
        indicator.previousStatus,
      ]).toEqual([
        paceTarget,
        actual,
        paceGap,
        arrears,
        newArrears,
        remainingMonthly,
        status,
        previousStatus,
      ]);
    }
  );

  it("ranks the lead units by average pace gap, ties shared, bottom three flagged, change against June", () => {
    expect(
      summary.ranking.map((item) => [
        item.unit,
        item.rank,
        item.averagePaceGap,
        item.indicators,
        item.serious,
        item.bottom,
        item.previousRank,
        item.change,
      ])
    ).toEqual([
      ["县科技局", 1, 7 / 75, 1, 0, false, 2, 1],
      ["县发改局", 2, 0, 1, 0, false, 2, 0],
      ["县文广局", 2, 0, 1, 0, false, 2, 0],
      ["县经合局", 4, -29 / 1822, 1, 0, false, 2, -2],
      ["县住建局", 5, -1 / 24, 1, 0, true, 2, -3],
      ["县财政局", 6, -700 / 13600, 1, 1, true, 7, 1],
      ["县环保局", 7, -1 / 13, 1, 1, true, 1, -6],
      ["县统计局", null, null, 0, 0, false, null, null],
      ["县经贸局", null, null, 0, 0, false, null, null],
    ]);
  });

  it("totals bonus and deduction per unit: B04 cap 0.4, bonus cap 3, city ×2, a range and a proportional rule, pace and late points", () => {
    expect(summary.adjustments).toEqual([
      {
        unit: "县财政局",
        bonus: 4.5,
        deduction: -0.2,
        net: 4.3,
        cityBonus: 0.75,
        cityDeduction: 0,
        byRule: [
          { code: "B01", count: 2, points: 2 },
          { code: "B02", count: 2, points: 2.25 },
          { code: "B04", count: 3, points: 0.4 },
          { code: "P07", count: 1, points: -0.2 },
        ],
        grade: null,
        reasons: [],
      },
      {
        unit: "县发改局",
        bonus: 1.35,
        deduction: -3,
        net: -1.65,
        cityBonus: 0,
        cityDeduction: -1.5,
        byRule: [
          { code: "B10", count: 1, points: 1.2 },
          { code: "B11", count: 1, points: 0.15 },
          { code: "P03", count: 1, points: -3 },
        ],
        grade: "at_most_fair",
        reasons: [],
      },
      {
        unit: "县科技局",
        bonus: 8.5,
        deduction: -0.5,
        net: 8,
        cityBonus: 3,
        cityDeduction: 0,
        byRule: [
          { code: "B01", count: 3, points: 6 },
          { code: "B10", count: 1, points: 2 },
          { code: "序时加分", count: 1, points: 0.5 },
          { code: "迟报扣分", count: 1, points: -0.5 },
        ],
        grade: "excellent",
        // 专利申请量 14 of 25 at P(7) = 11.67: ahead; July's figures sent on August 18
        reasons: ["专利申请量：7月超序时进度", "7月数据8月18日报送，逾期3天"],
      },
      {
        unit: "县住建局",
        bonus: 0,
        deduction: 0,
        net: 0,
        cityBonus: 0,
        cityDeduction: 0,
        byRule: [],
        grade: null,
        reasons: [],
      },
      {
        unit: "县文广局",
        bonus: 0,
        deduction: 0,
        net: 0,
        cityBonus: 0,
        cityDeduction: 0,
        byRule: [],
        grade: null,
        reasons: [],
      },
      {
        unit: "县经贸局",
        bonus: 0,
        deduction: -0.5,
        net: -0.5,
        cityBonus: 0,
        cityDeduction: 0,
        byRule: [{ code: "迟报扣分", count: 1, points: -0.5 }],
        grade: null,
        reasons: ["7月数据8月16日报送，逾期1天"],
      },
    ]);
  });

  it("reports the register's bad rows with sheet and cell", () => {
    const register = summary.diagnostics.filter((diagnostic) => diagnostic.sheet === "加减分登记");
    expect(register.map((diagnostic) => [diagnostic.code, diagnostic.cell])).toEqual([
      ["not_a_number", "C13"],
      ["rejected_event", "B12"],
      ["rejected_event", "D14"],
    ]);
    expect(formatDiagnostic(register[1], "zh-CN")).toBe(
      "加减分登记!B12：未找到加减分规则“B99”，该条未计分"
    );
    expect(formatDiagnostic(register[2], "zh-CN")).toBe(
      "加减分登记!D14：分值0.5超出规则B12的范围0.1至0.2，该条未计分"
    );
  });

  it("issues notices and supervision orders: serious, or lagging two months running", () => {
    expect(
      summary.warnings.map((notice) => [notice.indicator, notice.measure, notice.kind])
    ).toEqual([
      ["地方财政收入", "绝对量", "supervision"],
      ["地方财政收入", "增幅", "supervision"],
      ["招商引资(引进市外资金)", "绝对量", "notice"],
      ["保障性安居工程新开工套数", "绝对量", "notice"],
      ["空气中可吸入颗粒物(PM10)浓度", "绝对量", "supervision"],
    ]);
    expect(summary.warnings[0]).toEqual({
      kind: "supervision",
      indicator: "地方财政收入",
      measure: "绝对量",
      measureUnit: "万元",
      leadUnit: "县财政局",
      cooperatingUnits: [],
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
    expect(summary.warnings[1].reason).toBe(
      "截至7月累计增长20%，低于目标增速22.16%，相差2.2个百分点，已连续两个月滞后"
    );
    expect(summary.warnings[4].reason).toBe("截至7月为70μg/m3，超过控制目标65μg/m3，超出5μg/m3");
  });

  it("lists late and missing reports: on time 2016-08-15, late 2016-08-18 → 3 days, missing", () => {
    expect(summary.late).toEqual([
      { unit: "县经合局", month: 7, dueDate: "2016-08-15", reportedOn: null, daysLate: null },
      { unit: "县经贸局", month: 7, dueDate: "2016-08-15", reportedOn: "2016-08-16", daysLate: 1 },
      { unit: "县科技局", month: 7, dueDate: "2016-08-15", reportedOn: "2016-08-18", daysLate: 3 },
      { unit: "县环保局", month: 7, dueDate: "2016-08-15", reportedOn: null, daysLate: null },
    ]);
  });

  it("does not read its own output back as the table", () => {
    const bulletin = sheetOf(summary, "bulletin");
    const written: GridSheet = sheet(bulletin.name, [
      [bulletin.title],
      [bulletin.subtitle],
      bulletin.columns.map((column) => column.header),
      ...bulletin.rows.map((row) => [...row]),
    ]);
    const again = buildMonthlySummary([written, ...seedWorkbook()], {
      month: 7,
      method: "checkpoint",
    });
    expect(again.indicators).toEqual(summary.indicators);
  });
});

describe("buildMonthlySummary settings and defaults", () => {
  it("takes county and year from the settings, and omits them when unknown", () => {
    const named = buildMonthlySummary([zhenbaGrid(), actuals()], {
      month: 7,
      county: "盘山县",
      year: 2018,
    });
    expect(named.sheets[0].title).toBe("盘山县2018年7月市考指标进度通报");
    const untitled = zhenbaGrid(parseZhenba(), "Sheet1");
    const values = untitled.values.map((row, index) =>
      index === 0 ? ["市对县考核主要指标任务分解表", ...row.slice(1)] : row
    );
    const plain = buildMonthlySummary([{ ...untitled, values }], { month: 7 });
    expect([plain.county, plain.year]).toEqual([null, null]);
    expect(plain.sheets.map((spec) => spec.title)).toEqual([
      "7月市考指标进度通报",
      "7月责任单位进度排名",
      "7月加减分汇总",
      "7月预警提示单和督办单",
      "7月预警提示单和督办单（分送各牵头单位）",
      "7月数据报送迟报情况",
    ]);
  });

  it("without registers: only the pace points, no late list, all six sheets", () => {
    const summary = buildMonthlySummary([zhenbaGrid(), actuals()], { month: 7 });
    expect(summary.late).toEqual([]);
    expect(summary.adjustments.map((unit) => [unit.unit, unit.net, unit.reasons])).toEqual([
      ["县科技局", 0.5, ["专利申请量：7月超序时进度"]],
    ]);
    const none = buildMonthlySummary([zhenbaGrid(), actuals()], { month: 7, paceBonusPoints: 0 });
    expect(none.adjustments).toEqual([]);
    expect(summary.sheets).toHaveLength(6);
    expect(summary.sheets[5].subtitle).toContain("没有报送登记表");
    // The empty sheets say so under the table, above the issuing office and date.
    expect(none.sheets[2].closingLines).toEqual(["本月无加减分登记", "县考核办　8月15日"]);
  });

  it("uses a 加减分规则 sheet instead of seed 003 when there is one", () => {
    const rules = sheet("加减分规则", [
      ["规则编号", "类别", "计分方式", "分值", "累计上限"],
      ["B04", "加分", "每次", 0.3, 0.5],
    ]);
    const summary = buildMonthlySummary([zhenbaGrid(), rules, events()], {
      month: 7,
      bonusCap: null,
      cityMultiplier: 1,
    });
    expect(summary.adjustments[0]).toMatchObject({
      unit: "县财政局",
      bonus: 0.5,
      byRule: [{ code: "B04", count: 3, points: 0.5 }],
    });
    expect(
      summary.diagnostics.filter((diagnostic) => diagnostic.code === "rejected_event")
    ).toHaveLength(11);
  });

  it("with month 1 there is no previous status or rank", () => {
    const summary = buildMonthlySummary([zhenbaGrid(), actuals()], { month: 1 });
    expect(summary.indicators.every((indicator) => indicator.previousStatus === null)).toBe(true);
    expect(
      summary.ranking.every((item) => item.previousRank === null && item.change === null)
    ).toBe(true);
  });

  it("no table found → empty lists and a no_header diagnostic", () => {
    const summary = buildMonthlySummary([sheet("随便", [["你好"], [1, 2, 3]])], { month: 7 });
    expect([
      summary.indicators,
      summary.ranking,
      summary.adjustments,
      summary.warnings,
      summary.late,
      summary.sheets,
    ]).toEqual([[], [], [], [], [], []]);
    expect(summary.diagnostics.map((diagnostic) => diagnostic.code)).toContain("no_header");
  });

  it.each([
    [{ month: 13 }, "invalid_setting"],
    [{ month: 0 }, "invalid_setting"],
    [{ month: 7.5 }, "invalid_setting"],
  ])("an impossible month %p gives no summary and a diagnostic", (settings, code) => {
    const summary = buildMonthlySummary(seedWorkbook(), settings);
    expect(summary.indicators).toEqual([]);
    expect(summary.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([code]);
  });

  it("a bad band or method is reported and the default used", () => {
    const summary = buildMonthlySummary([zhenbaGrid(), actuals()], {
      month: 7,
      band: -1,
      method: "sideways" as never,
    });
    expect(
      summary.diagnostics.filter((diagnostic) => diagnostic.code === "invalid_setting")
    ).toHaveLength(2);
    expect(find(summary, "地方财政收入").status).toBe("serious");
  });
});

describe("buildMonthlySummary ranking ties (linear pace, P(7) = 700 of 1200)", () => {
  it.each([
    [
      "competition",
      [
        ["甲局", 1],
        ["丙局", 2],
        ["丁局", 2],
        ["乙局", 4],
        ["戊局", 5],
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
      ],
    ],
  ] as const)(
    "乙 and 丙 average −2.5 points; 乙's serious indicator puts it behind (%s)",
    (ties, expected) => {
      const summary = buildMonthlySummary(ledgerWorkbook(), { month: 7, ties });
      expect(summary.ranking.map((item) => [item.unit, item.rank])).toEqual(expected);
      expect(summary.ranking.map((item) => item.averagePaceGap)).toEqual([
        0, -0.025, -0.025, -0.025, -0.1,
      ]);
      expect(summary.ranking.map((item) => item.serious)).toEqual([0, 0, 0, 1, 1]);
    }
  );

  it("flags ties at the bottom together and has no previous rank without June actuals", () => {
    const summary = buildMonthlySummary(ledgerWorkbook(), { month: 7 });
    expect(summary.ranking.map((item) => item.bottom)).toEqual([false, true, true, true, true]);
    expect(summary.ranking.every((item) => item.previousRank === null)).toBe(true);
  });

  it("takes last month's ranking from the settings", () => {
    const summary = buildMonthlySummary(ledgerWorkbook(), {
      month: 7,
      previousRanking: [
        { unit: "甲局", rank: 2 },
        { unit: "戊局", rank: 1 },
      ],
    });
    expect(summary.ranking.map((item) => [item.unit, item.previousRank, item.change])).toEqual([
      ["甲局", 2, 1],
      ["丙局", null, null],
      ["丁局", null, null],
      ["乙局", null, null],
      ["戊局", 1, -4],
    ]);
  });

  it("serious → supervision order, lagging once → notice", () => {
    const summary = buildMonthlySummary(ledgerWorkbook(), { month: 7 });
    expect(
      summary.warnings.map((notice) => [notice.indicator, notice.kind, notice.arrears])
    ).toEqual([
      ["农业产值", "supervision", 60],
      ["税收收入", "notice", 30],
      ["出口总额", "notice", 30],
      ["投资总额", "supervision", 120],
    ]);
  });

  it("a dense band setting moves the line between lagging and serious", () => {
    const summary = buildMonthlySummary(ledgerWorkbook(), { month: 7, band: 0.02 });
    expect(find(summary, "税收收入").status).toBe("serious");
  });
});

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") {
    return [[path, value]];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => numbers(item, `${path}[${index}]`));
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  }
  return [];
}

describe("buildMonthlySummary's run (month, year, county, run key)", () => {
  it.each([
    ["seed 000: county and year from the title", { month: 7 }, [7, 2016, "镇巴县", "2016-07"]],
    [
      "the settings' county and year",
      { month: 12, county: "盘山县", year: 2018 },
      [12, 2018, "盘山县", "2018-12"],
    ],
    ["an impossible month", { month: 13 }, [13, null, null, "13"]],
    ["a month that is no number", { month: "七" as unknown as number }, [0, null, null, "00"]],
  ])("%s", (_case, settings, [month, year, county, key]) => {
    const summary = buildMonthlySummary(seedWorkbook(), settings);
    expect(summary.run).toEqual({ month, year, county, key });
    expect(summary.run.key).toBe(runOf(summary));
  });

  it("without a year anywhere, the run is the month alone", () => {
    const untitled = zhenbaGrid(parseZhenba(), "Sheet1");
    const values = untitled.values.map((row, index) =>
      index === 0 ? ["市对县考核主要指标任务分解表", ...row.slice(1)] : row
    );
    const summary = buildMonthlySummary([{ ...untitled, values }], { month: 7 });
    expect(summary.run).toEqual({ month: 7, year: null, county: null, key: "07" });
  });
});

describe("buildMonthlySummary properties", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(
      "主要指标",
      "口径",
      "倒排时间",
      "单位",
      "考核任务",
      "责任单位",
      "责任人",
      "包抓领导",
      "绝对量",
      "增幅",
      "上半年",
      "全年",
      "1-7月",
      "7月",
      "≤72",
      "县财政局",
      "地方财政收入",
      "规则编号",
      "类别",
      "分值",
      "次数",
      "市考",
      "是",
      "B01",
      "B10",
      "B11",
      "月份",
      "报送日期",
      "2016-08-18",
      "#N/A",
      "万元",
      "%",
      "加分",
      "减分",
      "区间",
      "按比例"
    ),
    fc.double(),
    fc.integer({ min: -100, max: 50000 }),
    fc.constant(null),
    fc.string({ maxLength: 4 }),
    fc.boolean()
  );
  const grid = fc.record({
    name: fc.constantFrom(
      "分解表",
      "月度完成",
      "加减分规则",
      "加减分登记",
      "报送登记",
      "7月进度通报",
      "Sheet1"
    ),
    values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -1, max: 14 }),
        left: fc.integer({ min: -1, max: 8 }),
        bottom: fc.integer({ min: -1, max: 14 }),
        right: fc.integer({ min: -1, max: 8 }),
      }),
      { maxLength: 3 }
    ),
  });
  const settings: fc.Arbitrary<SummarySettings> = fc.record(
    {
      month: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.double()),
      periods: fc.constantFrom(12, 4, 0, 24),
      method: fc.constantFrom("linear", "checkpoint", "zigzag") as fc.Arbitrary<
        SummarySettings["method"]
      >,
      band: fc.oneof(fc.double(), fc.constantFrom(0, 0.05, 0.1)),
      ties: fc.constantFrom("competition", "dense"),
      bonusCap: fc.oneof(fc.constant(null), fc.double()),
      cityMultiplier: fc.double(),
      year: fc.integer({ min: 0, max: 3000 }),
      previousRanking: fc.array(
        fc.record({
          unit: fc.constantFrom("县财政局", "甲局"),
          rank: fc.integer({ min: -1, max: 9 }),
        })
      ),
    },
    { requiredKeys: ["month"] }
  );

  it("never throws and never yields NaN or Infinity on random grids and settings", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), settings, (sheets, chosen) => {
        const summary = buildMonthlySummary(sheets, chosen);
        const bad = numbers(summary).filter(([, value]) => !Number.isFinite(value));
        expect(bad).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });

  it("never throws on the seed table with random actuals, and statuses match the gaps", () => {
    const figure = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom<CellValue>(null, "约30", "#DIV/0!")
    );
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        settings,
        (values, month, chosen) => {
          const names = [
            "地方财政收入",
            "招商引资(引进市外资金)",
            "全社会固定资产投资",
            "专利申请量",
            "保障性安居工程新开工套数",
            "旅游总收入",
            "空气中可吸入颗粒物(PM10)浓度",
            "二氧化硫削减比",
          ];
          const grid = sheet("月度完成", [
            ["指标", "口径", `${month}月`],
            ...names.map((name, index) => [name, "绝对量", values[index]]),
          ]);
          const summary = buildMonthlySummary([zhenbaGrid(), grid, events(), reports()], {
            ...chosen,
            month,
            periods: 12,
          });
          expect(numbers(summary).filter(([, value]) => !Number.isFinite(value))).toEqual([]);
          for (const indicator of summary.indicators) {
            if (indicator.paceGap !== null) {
              expect(indicator.status === "on_pace").toBe(indicator.paceGap >= 0);
            }
          }
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("a header with no indicator under it", () => {
  it("makes no sheets and says why", () => {
    const summary = buildMonthlySummary(
      [
        {
          name: "分解表",
          values: [
            ["指标名称", "口径", "单位", "全年", "7月", "责任单位"],
            [null, null, null, null, null, null],
          ],
          merges: [],
        },
      ],
      { month: 7 }
    );
    expect(summary.sheets).toEqual([]);
    expect(summary.indicators).toEqual([]);
    expect(summary.diagnostics.map((diagnostic) => diagnostic.code)).toContain("no_indicators");
  });
});
