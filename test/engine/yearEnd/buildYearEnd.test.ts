import { buildYearEnd } from "../../../src/engine/yearEnd/buildYearEnd";
import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { YearEndSummary, YearEndUnit } from "../../../src/engine/yearEnd/yearEndSummary";
import { panshanGrids, unitRow, withSheet } from "./yearEndFixture";

function unitOf(summary: YearEndSummary, name: string): YearEndUnit {
  const found = summary.units.find((unit) => unit.unit === name);
  if (found === undefined) {
    throw new Error(`no unit ${name}`);
  }
  return found;
}

const messages = (summary: YearEndSummary): string[] =>
  summary.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"));

describe("buildYearEnd on the Panshan 2018 sample (seed 003's method)", () => {
  const summary = buildYearEnd(panshanGrids());

  it("reads every unit, with no diagnostic, for 盘山县 2018", () => {
    expect(messages(summary)).toEqual([]);
    expect(summary.units).toHaveLength(12);
    expect([summary.county, summary.year, summary.run]).toEqual(["盘山县", 2018, "2018-yearend"]);
  });

  it("reproduces seed 003's composite chain, exactly (县发改局)", () => {
    const unit = unitOf(summary, "县发改局");
    // 年度 = 95×60% + 90×30% + 92×10%; 个性 = 过程 (100 − 4) × 20% + 年度 × 80%;
    // 指标考核 = 个性 × 80% + 共性 88 × 20%; 综合评价 = 90×60% + 85×10% + 86×30%;
    // 专项考评成绩 = 指标考核 × 70% + 综合评价 × 30% + 加减分 (B04 0.15 × 3, capped at 0.4).
    expect(unit.parts).toEqual({
      province: 95,
      city: 90,
      ownWork: 92,
      process: 96,
      common: 88,
      leader: 90,
      office: 85,
      peer: 86,
    });
    expect([unit.annual, unit.personal, unit.indicator, unit.evaluation, unit.base]).toEqual([
      93.2, 93.76, 92.608, 88.3, 91.3156,
    ]);
    expect(unit.net).toBe(0.4);
    expect(unit.exactTotal).toBe("91.7156");
    expect(unit.total).toBe(91.72);
    expect(unit.grade).toBe("excellent");
    expect(unit.annualWeights).toEqual({ province: 0.6, city: 0.3, ownWork: 0.1 });
  });

  it("shares out the weight of a task not carried evenly: 75/0/25 (县农业局)", () => {
    const unit = unitOf(summary, "县农业局");
    expect(unit.parts.city).toBeNull();
    expect(unit.annualWeights).toEqual({ province: 0.75, city: 0, ownWork: 0.25 });
    // 88 × 75% + 84 × 25% = 87 (not 88 × 6/7 + 84 × 1/7 = 87.43 as proportional sharing gives).
    expect(unit.annual).toBe(87);
    expect(unit.exactTotal).toBe("86.892");
    expect(unit.reason).toBe("不承担市专项指标，权重平均分给其他项");
    expect(unitOf(summary, "县教育局").annualWeights).toEqual({
      province: 0,
      city: 0.6,
      ownWork: 0.4,
    });
    expect(unitOf(summary, "沙岭镇").annualWeights).toEqual({ province: 0, city: 0, ownWork: 1 });
  });

  it("shares proportionally when set: 85.71/0/14.29", () => {
    const grids = withSheet("设置", (values) => {
      values[values.findIndex((row) => row[0] === "缺项权重分配")][1] = "按比例分配";
    });
    const unit = unitOf(buildYearEnd(grids), "县农业局");
    expect(unit.annualWeights.province).toBeCloseTo(0.857142857, 9);
    expect(unit.annual).toBeCloseTo(612 / 7, 12); // 88 × 6/7 + 84 × 1/7
  });

  it("scores a provincial completion under 70% as 0 (县商务局)", () => {
    const unit = unitOf(summary, "县商务局");
    expect(unit.parts.province).toBe(0);
    expect(unit.annual).toBe(37.5);
    expect(unit.total).toBe(63.9);
    expect(unit.grade).toBe("fair");
    expect(unit.reason).toBe("省专项指标完成率65%低于70%，计0分");
  });

  it("counts an over-fulfilment at 100% (县水利局)", () => {
    expect(unitOf(summary, "县水利局").parts.province).toBe(100);
    expect(unitOf(summary, "县水利局").reason).toBe("省专项指标完成率120%，按100%计");
  });

  it("grades a veto 较差 over a 3-point city bonus, and counts its total 0 (县环保局)", () => {
    const unit = unitOf(summary, "县环保局");
    expect(unit.cityBonus).toBe(3);
    expect(unit.bonus).toBe(6); // the city's 3 points count double
    expect(unit.exactTotal).toBe("101.8108");
    expect(unit.total).toBe(0);
    expect(unit.veto).toBe(true);
    expect(unit.scoreGrade).toBe("poor");
    expect(unit.grade).toBe("poor");
    expect(unit.overrides).toEqual(["veto"]);
    expect(unit.rank).toBe(12);
    expect(unit.reason).toBe(
      "一票否决：发生较大环境污染事件，计0分，评为较差；市考加分3.0不予直接评优"
    );
  });

  it("keeps a vetoed unit's total when set, still 较差", () => {
    const grids = withSheet("设置", (values) => {
      values[values.findIndex((row) => row[0] === "一票否决计分")][1] = "保留得分";
    });
    const unit = unitOf(buildYearEnd(grids), "县环保局");
    expect([unit.total, unit.grade, unit.rank]).toEqual([101.81, "poor", 1]);
  });

  it("caps a unit that cost the county 1.5 city points at 一般 (县住建局)", () => {
    const unit = unitOf(summary, "县住建局");
    expect(unit.cityDeduction).toBe(-1.5);
    expect(unit.deduction).toBe(-3);
    expect(unit.total).toBe(90.74);
    expect(unit.scoreGrade).toBe("excellent");
    expect(unit.grade).toBe("fair");
    expect(unit.reason).toBe("市考减分1.5，不得评为良好以上等次，评为一般");
  });

  it("grades a unit that won the county 3 city points 优秀 below 90 (县统计局)", () => {
    const unit = unitOf(summary, "县统计局");
    expect([unit.cityBonus, unit.bonus, unit.total, unit.scoreGrade, unit.grade]).toEqual([
      3,
      6,
      89.29,
      "good",
      "excellent",
    ]);
    expect(unit.reason).toBe("市考加分3.0，直接评为优秀");
  });

  it("deducts late reports from the 报送登记 when a late report costs points (县交通局)", () => {
    const unit = unitOf(summary, "县交通局");
    expect([unit.lateReports, unit.deduction, unit.exactTotal]).toEqual([2, -0.4, "86.3168"]);
    expect(unit.reason).toBe("迟报2次，扣0.4分");
  });

  it("ranks by the rounded total, 1,1,3 on ties", () => {
    expect(
      [...summary.units]
        .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))
        .map((unit) => `${unit.rank} ${unit.unit} ${unit.total}`)
    ).toEqual([
      "1 县水利局 91.76",
      "2 县发改局 91.72",
      "3 县住建局 90.74",
      "4 县财政局 90.22",
      "5 县教育局 89.69",
      "6 县统计局 89.29",
      "7 县卫计局 88.41",
      "8 沙岭镇 87.95",
      "9 县农业局 86.89",
      "10 县交通局 86.32",
      "11 县商务局 63.9",
      "12 县环保局 0",
    ]);
  });

  it("writes one 年度考核汇总 sheet of its own kind, by rank", () => {
    expect(summary.sheets).toHaveLength(1);
    const [sheet] = summary.sheets;
    expect([sheet.kind, sheet.name, sheet.title]).toEqual([
      "yearend",
      "年度考核汇总",
      "盘山县2018年度考核汇总（专项考评成绩及等次）",
    ]);
    expect(sheet.columns.map((column) => column.header)).toEqual([
      "序号",
      "单位",
      "省专项",
      "市专项",
      "自身工作",
      "实际权重",
      "年度成绩",
      "过程考核",
      "个性指标",
      "共性指标",
      "指标考核",
      "领导评价",
      "专项办评价",
      "互评",
      "综合评价",
      "加分",
      "减分",
      "市考加分",
      "市考减分",
      "加减分",
      "总分",
      "名次",
      "等次",
      "说明",
    ]);
    expect(sheet.rows[0]).toEqual([
      1,
      "县水利局",
      100,
      90,
      88,
      "60/30/10",
      95.8,
      98,
      96.24,
      85,
      93.992,
      85,
      84,
      85,
      84.9,
      0.5,
      0,
      0,
      0,
      0.5,
      91.76,
      1,
      "优秀",
      "省专项指标完成率120%，按100%计",
    ]);
    const farming = sheet.rows.find((row) => row[1] === "县农业局");
    expect(farming?.[5]).toBe("75/0/25");
    const last = sheet.rows[sheet.rows.length - 1];
    expect([last[1], last[20], last[22]]).toEqual(["县环保局", 0, "较差"]);
    expect(sheet.rowFills[sheet.rows.length - 1]).toBe("#FFC7CE");
    expect(sheet.subtitle).toContain(
      "省专项60%、市专项30%、自身工作10%，不承担的项权重平均分给其他项"
    );
    expect(sheet.subtitle).toContain("完成比例法完成率低于70%计0分");
    expect(sheet.subtitle).toContain("迟报每次扣0.2分");
  });
});

describe("buildYearEnd: errors in the inputs are named at their cells, never cut to fit", () => {
  it("a score above full marks stops that unit's total", () => {
    const grids = withSheet("年度评分", (values) => {
      values[unitRow(values, "县财政局")][6] = 101;
    });
    const summary = buildYearEnd(grids);
    expect(messages(summary)).toEqual([
      "年度评分!G5：县财政局的县政府领导评价101超过满分100，未计算总分（请核对，不会自动改为满分）",
    ]);
    const unit = summary.units.find((item) => item.unit === "县财政局");
    expect([unit?.total, unit?.rank, unit?.grade, unit?.complete]).toEqual([
      null,
      null,
      null,
      false,
    ]);
    expect(unit?.reason).toBe("输入有误，未计算总分（见诊断）");
    expect(summary.sheets[0].rowFills[summary.sheets[0].rows.length - 1]).toBe("#EDEDED");
  });

  it("a weight sum that is not 100% is named at the 设置 cell; the defaults are used", () => {
    const grids = withSheet("设置", (values) => {
      values[values.findIndex((row) => row[0] === "指标考核权重")][1] = 0.6;
    });
    const summary = buildYearEnd(grids);
    expect(messages(summary)).toEqual([
      "设置!B4：专项考评成绩（指标考核、综合评价）的权重合计90%（指标考核60%、综合评价30%），应为100%，已采用默认权重（70/30）",
    ]);
    expect(summary.units.find((unit) => unit.unit === "县发改局")?.exactTotal).toBe("91.7156");
  });

  it("a unit unknown to the decomposition table is named, and still scored", () => {
    const grids = withSheet("年度评分", (values) => {
      values.push(["县旅游局", 0.9, 0.9, 90, 0, 90, 90, 90, 90, "否", null, null]);
    });
    const summary = buildYearEnd(grids);
    expect(messages(summary)).toEqual([
      "年度评分!A16：单位“县旅游局”不是任务分解表中的责任单位，请核对名称（已照常计分）",
    ]);
    expect(summary.units.find((unit) => unit.unit === "县旅游局")?.total).toBe(91.12);
  });

  it("a lead unit of the table without scores, a duplicate, a bad veto and a blank rating", () => {
    const grids = withSheet("年度评分", (values) => {
      const finance = unitRow(values, "县财政局");
      values.splice(unitRow(values, "县卫计局"), 1);
      values.push([...values[finance]]);
      values[unitRow(values, "县商务局")][9] = "待定";
      values[unitRow(values, "县交通局")][8] = null;
      values[unitRow(values, "县住建局")][10] = "弄虚作假";
    });
    expect(messages(buildYearEnd(grids))).toEqual([
      "年度评分!A15：单位“县财政局”与第5行重复，已跳过此行",
      "年度评分：任务分解表的责任单位“县卫计局”在年度评分表中没有成绩",
      "年度评分!J8：县商务局的一票否决“待定”无法识别（可用：是/否），未计算总分",
      "年度评分!J10：县住建局写有否决事由，但一票否决一栏不是“是”，按未否决计分",
      "年度评分!I13：县交通局的互评为空，未计算总分",
    ]);
  });

  it("an event of a unit not scored and one of another year are named and not counted", () => {
    const grids = withSheet("加减分登记", (values) => {
      values.push(["县旅游局", "B07", 1, null, null, "县政府表彰", "2018-03-01", "否"]);
      values.push(["县发改局", "B01", 1, null, null, "省政府表彰", "2017-12-20", "否"]);
    });
    const summary = buildYearEnd(grids);
    expect(messages(summary)).toEqual([
      "加减分登记!A14：加减分登记的单位“县旅游局”不在年度评分表中，其加减分未计入年度考核",
      "加减分登记!G15：日期2017-12-20不在2018年度内，未计入年度考核",
    ]);
    expect(summary.units.find((unit) => unit.unit === "县发改局")?.net).toBe(0.4);
  });

  it("a part with a weight but no column stops every total, once", () => {
    const grids = withSheet("年度评分", (values) => {
      for (const row of values.slice(2)) {
        row.splice(5, 1);
      }
    });
    const summary = buildYearEnd(grids);
    expect(messages(summary)).toEqual([
      "年度评分：年度评分表没有“共性指标”列（权重20%），各单位均未计算总分",
    ]);
    expect(summary.units.every((unit) => unit.total === null)).toBe(true);
    expect(summary.units.find((unit) => unit.unit === "县环保局")?.grade).toBe("poor");
  });

  it("without a scores sheet: one diagnostic, no units, no sheet", () => {
    const summary = buildYearEnd(panshanGrids().filter((grid) => grid.name !== "年度评分"));
    expect(messages(summary)).toEqual([
      "工作簿中找不到年度评分表：需要一张名称含“年度评分”的工作表，表头有“单位”及省专项指标、共性指标、县政府领导评价等列",
    ]);
    expect([summary.units, summary.sheets]).toEqual([[], []]);
  });

  it("without a decomposition table the units are not checked, and said so", () => {
    const summary = buildYearEnd(panshanGrids().filter((grid) => grid.name !== "分解表"));
    expect(messages(summary)).toEqual(["未找到任务分解表：年度评分表中的单位未与责任单位核对"]);
    expect(summary.units).toHaveLength(12);
  });

  it("never throws on odd input", () => {
    expect(buildYearEnd([]).units).toEqual([]);
    expect(buildYearEnd(null as never).sheets).toEqual([]);
    expect(
      buildYearEnd([{ name: "年度评分", values: [["单位"], ["县财政局"]], merges: [] }]).diagnostics
    ).toHaveLength(1);
  });
});
