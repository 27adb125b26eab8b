import { Diagnostic, formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { CellValue } from "../../../src/engine/kernel/grid";
import { readSettingsSheet } from "../../../src/engine/settings/readSettingsSheet";
import { yearEndSettingRows } from "../../../src/engine/yearEnd/yearEndSettingRows";
import { yearEndSettings } from "../../../src/engine/yearEnd/yearEndSettings";

/** The settings read from a 设置 sheet with these rows (header on row 1, the rows from row 2). */
function read(rows: readonly (readonly CellValue[])[]): {
  settings: ReturnType<typeof yearEndSettings>;
  messages: string[];
} {
  const sheet = readSettingsSheet([
    {
      name: "设置",
      values: [["设置项", "取值", "说明"], ...rows.map((row) => [...row])],
      merges: [],
    },
  ]);
  const diagnostics: Diagnostic[] = [];
  const settings = yearEndSettings(sheet, diagnostics);
  return { settings, messages: diagnostics.map((found) => formatDiagnostic(found, "zh-CN")) };
}

describe("yearEndSettings", () => {
  it("defaults to seed 003's method without a 设置 sheet", () => {
    const diagnostics: Diagnostic[] = [];
    const settings = yearEndSettings({ entries: [], diagnostics: [] }, diagnostics);
    const w = settings.weights;
    expect(
      [
        w.total.indicator,
        w.total.evaluation,
        w.indicator.personal,
        w.indicator.common,
        w.personal.process,
        w.personal.annual,
        w.annual.province,
        w.annual.city,
        w.annual.ownWork,
        w.evaluation.leader,
        w.evaluation.office,
        w.evaluation.peer,
      ].map(String)
    ).toEqual(["0.7", "0.3", "0.8", "0.2", "0.2", "0.8", "0.6", "0.3", "0.1", "0.6", "0.1", "0.3"]);
    expect(settings.sharing).toBe("even");
    expect(settings.methods).toEqual({
      province: "completion",
      city: "completion",
      ownWork: "score",
      process: "deduction",
      common: "score",
    });
    expect([settings.floor, settings.cap, settings.fullScore].map(String)).toEqual([
      "0.7",
      "1",
      "100",
    ]);
    expect(Object.values(settings.thresholds).map(String)).toEqual(["90", "80", "60"]);
    expect(String(settings.bonusCap)).toBe("3");
    expect(String(settings.cityMultiplier)).toBe("2");
    expect(settings).toMatchObject({
      cityBonusCapped: false,
      vetoTotal: "zero",
      decimals: 2,
      ties: "competition",
      dueDay: 15,
      year: null,
      county: null,
    });
    expect(String(settings.latePoints)).toBe("0.5");
    expect(diagnostics).toEqual([]);
  });

  it("reads back what the template writes, with no diagnostic", () => {
    const { settings, messages } = read(
      yearEndSettingRows().map((row) => [row.label, row.value, row.note])
    );
    expect(messages).toEqual([]);
    expect(String(settings.weights.annual.city)).toBe("0.3");
    expect(settings.methods.process).toBe("deduction");
  });

  it.each<[string, CellValue, string]>([
    ["a percentage", "25%", "0.25"],
    ["a number above 1.5 read as %", 25, "0.25"],
    ["a fraction", 0.25, "0.25"],
    ["full-width", "２５％", "0.25"],
  ])("weights may be written as %s", (_name, value, expected) => {
    const { settings } = read([
      ["指标考核权重", 0.75],
      ["综合评价权重", value],
    ]);
    expect(String(settings.weights.total.evaluation)).toBe(expected);
  });

  it("a level whose weights do not add up to 100% keeps its defaults, with the cell named", () => {
    const { settings, messages } = read([
      ["省专项指标权重", "60%"],
      ["市专项指标权重", "25%"],
      ["部门自身工作权重", "10%"],
    ]);
    expect(messages).toEqual([
      "设置!B2：年度成绩（省专项指标、市专项指标、部门自身工作）的权重合计95%（省专项指标60%、市专项指标25%、部门自身工作10%），应为100%，已采用默认权重（60/30/10）",
    ]);
    expect(String(settings.weights.annual.city)).toBe("0.3");
  });

  it("a weight over 100% is invalid at its cell", () => {
    const { messages } = read([["互评权重", "130%"]]);
    expect(messages[0]).toBe(
      "设置!B2：设置项“互评权重”的取值“130%”无效（应为0%至100%的百分数，如60%），已采用30%"
    );
  });

  it("methods, sharing, caps and choices are read from their words", () => {
    const { settings, messages } = read([
      ["省专项指标计分方法", "直接扣分法"],
      ["市专项指标计分方法", "否决"],
      ["部门自身工作计分方法", "累计計分法"],
      ["共性指标计分方法", "完成比例"],
      ["缺项权重分配", "按比例分配"],
      ["加分累计上限", "不设上限"],
      ["市考加分计入加分上限", "是"],
      ["一票否决计分", "保留得分"],
      ["总分小数位", "不舍入"],
      ["名次并列方式", "中国式"],
      ["考核年度", 2018],
      ["县（区）名称", "盘山县"],
    ]);
    expect(messages).toEqual([]);
    expect(settings.methods).toMatchObject({
      province: "deduction",
      city: "veto",
      ownWork: "cumulative",
      common: "completion",
    });
    expect(settings).toMatchObject({
      sharing: "proportional",
      bonusCap: null,
      cityBonusCapped: true,
      vetoTotal: "keep",
      decimals: null,
      ties: "dense",
      year: 2018,
      county: "盘山县",
    });
  });

  it("an unknown method keeps the default and names the cell", () => {
    const { settings, messages } = read([["过程考核计分方法", "打分"]]);
    expect(settings.methods.process).toBe("deduction");
    expect(messages).toEqual([
      "设置!B2：设置项“过程考核计分方法”的取值“打分”无效（可用：完成比例法、直接扣分法、否决计分法、累计计分法、直接录入），已采用直接扣分法",
    ]);
  });

  it("grade thresholds must descend", () => {
    const { settings, messages } = read([
      ["优秀分数线", 85],
      ["良好分数线", 88],
    ]);
    expect(Object.values(settings.thresholds).map(String)).toEqual(["90", "80", "60"]);
    expect(messages).toEqual([
      "设置!B2：等次分数线应为优秀≥良好≥一般（现为85、88、60），已采用默认的90、80、60",
    ]);
  });
});
