import { Dec, dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";
import { Sharing, TiesMethod } from "../kernel/types";
import { SettingDefinition } from "../settings/settingValue";
import { settingWord } from "../settings/settingWord";
import { readFigure } from "../table/readFigure";
import { ScoringMethod, VetoTotal } from "./yearEndSummary";

/** A year-end setting: its definition, and the value and note the template writes on 设置. */
export interface YearEndDefinition<T> extends SettingDefinition<T> {
  /** The value as the template writes it (the default). */
  readonly template: CellValue;
  /** 说明 beside it on the 设置 sheet. */
  readonly note: string;
  /** The number format of its value cell on the 设置 sheet ("0%" for percentages). */
  readonly numberFormat?: string;
}

type Invalid = { readonly rule: string; readonly ruleEn: string };

/** A definition with its value type spelled out. */
const define = <T>(definition: YearEndDefinition<T>): YearEndDefinition<T> => definition;

const word = settingWord;

/**
 * A fraction from a percentage or a fraction: "60%", 60 and 0.6 are all 0.6. A number above 1.5
 * is read as a percentage (as `compositeScore` reads weights), so 1.2 is 120% and 120 too.
 */
function fraction(value: CellValue): Dec | null {
  const reading = readFigure(value);
  if (reading.kind !== "number") {
    return null;
  }
  const number = dec(reading.value);
  return reading.percent || number.abs().gt("1.5") ? number.div(100) : number;
}

function number(value: CellValue): Dec | null {
  const reading = readFigure(value);
  return reading.kind === "number" && !reading.percent ? dec(reading.value) : null;
}

/** A weight: 0%…100%. */
function weight(labels: readonly string[], percent: number, note: string): YearEndDefinition<Dec> {
  const rule: Invalid = {
    rule: "应为0%至100%的百分数，如60%",
    ruleEn: "a percentage from 0% to 100% is needed, such as 60%",
  };
  return {
    labels,
    parse: (value) => {
      const found = fraction(value);
      return found !== null && found.gte(0) && found.lte(1) ? found : rule;
    },
    fallback: new Dec(percent).div(100),
    fallbackText: `${percent}%`,
    template: percent / 100,
    note,
    numberFormat: "0%",
  };
}

/** A choice among words, each word group standing for one value. */
function choice<T>(
  labels: readonly string[],
  options: readonly (readonly [T, readonly string[]])[],
  fallback: T,
  note: string
): YearEndDefinition<T> {
  const first = options.find(([value]) => value === fallback)?.[1][0] ?? "";
  const allowed = options.map(([, words]) => words[0]).join("、");
  return {
    labels,
    parse: (value) => {
      const text = word(value);
      const found = options.find(([, words]) =>
        words.some((candidate) => word(candidate) === text)
      );
      return found !== undefined
        ? found[0]
        : { rule: `可用：${allowed}`, ruleEn: `use one of: ${allowed}` };
    },
    fallback,
    fallbackText: first,
    template: first,
    note,
  };
}

const METHODS: readonly (readonly [ScoringMethod, readonly string[]])[] = [
  ["completion", ["完成比例法", "完成比例", "比例法", "completion"]],
  ["deduction", ["直接扣分法", "扣分法", "扣分", "deduction"]],
  ["veto", ["否决计分法", "否决法", "否决", "veto"]],
  ["cumulative", ["累计计分法", "累计法", "累计", "cumulative"]],
  ["score", ["直接录入", "录入", "得分", "直接计分", "score"]],
];

function method(
  labels: readonly string[],
  fallback: ScoringMethod
): YearEndDefinition<ScoringMethod> {
  return choice(
    labels,
    METHODS,
    fallback,
    "完成比例法（填完成率）、直接扣分法（填扣分）、否决计分法（填“否决”或“完成”）、累计计分法（填累计得分）、直接录入（填得分）"
  );
}

const YES = ["是", "y", "yes", "true", "1", "√"];
const NO = ["否", "n", "no", "false", "0", "×"];

/** A score or points figure: a number ≥ 0. */
function points(
  labels: readonly string[],
  fallback: number,
  note: string,
  allowNegative = false
): YearEndDefinition<Dec> {
  return {
    labels,
    parse: (value) => {
      const found = number(value);
      if (found !== null && (found.gte(0) || allowNegative)) {
        return found.abs();
      }
      return { rule: "应为不小于0的数", ruleEn: "a number of at least 0 is needed" };
    },
    fallback: new Dec(fallback),
    fallbackText: String(fallback),
    template: fallback,
    note,
  };
}

function whole(
  labels: readonly string[],
  low: number,
  high: number,
  fallback: number,
  note: string
): YearEndDefinition<number> {
  return {
    labels,
    parse: (value) => {
      const found = number(value);
      return found !== null && found.isInteger() && found.gte(low) && found.lte(high)
        ? found.toNumber()
        : {
            rule: `应为${low}至${high}的整数`,
            ruleEn: `a whole number from ${low} to ${high} is needed`,
          };
    },
    fallback,
    fallbackText: String(fallback),
    template: fallback,
    note,
  };
}

/**
 * 年度考核设置项: every setting of the year-end assessment the 设置 sheet may hold, with seed 003's
 * figures as defaults (六(一)1 weights, 完成比例法 with the 70% floor, 直接扣分法 for the process
 * score, the 3-point bonus cap) and the seeds' silences made settings: the grade thresholds
 * (90/80/60), the ×2 of city points (seeds 001/002) and whether it meets the bonus cap, what a
 * veto does to the total, rounding, ties, and the points a late report costs (seed 001: 根据情节).
 */
export const yearEndDefinitions = {
  indicatorWeight: weight(
    ["指标考核权重"],
    70,
    "专项考评成绩 = 指标考核 × 70% + 综合评价 × 30% + 加减分"
  ),
  evaluationWeight: weight(["综合评价权重"], 30, "与指标考核权重合计100%"),
  personalWeight: weight(["个性指标权重"], 80, "指标考核 = 个性指标 × 80% + 共性指标 × 20%"),
  commonWeight: weight(["共性指标权重"], 20, "与个性指标权重合计100%"),
  processWeight: weight(["过程考核权重", "过程成绩权重"], 20, "个性指标 = 过程 × 20% + 年度 × 80%"),
  annualWeight: weight(["年度成绩权重", "年度考核权重"], 80, "与过程考核权重合计100%"),
  provinceWeight: weight(["省专项指标权重", "省专项权重"], 60, "年度成绩内：省60%、市30%、自身10%"),
  cityWeight: weight(["市专项指标权重", "市专项权重"], 30, "不承担某项任务的，其权重分给其他各项"),
  ownWorkWeight: weight(["部门自身工作权重", "自身工作权重"], 10, "三项合计100%"),
  leaderWeight: weight(
    ["县政府领导评价权重", "领导评价权重"],
    60,
    "综合评价 = 领导60% + 专项办10% + 互评30%"
  ),
  officeWeight: weight(
    ["专项行动领导小组办公室评价权重", "专项办评价权重", "领导小组办公室评价权重"],
    10,
    "三项合计100%"
  ),
  peerWeight: weight(["互评权重"], 30, "县政府各部门同各镇（街道）、经济园区互评"),
  sharing: choice<Sharing>(
    ["缺项权重分配", "权重分配方式", "缺项权重"],
    [
      ["even", ["平均分配", "平均", "even"]],
      ["proportional", ["按比例分配", "按比例", "比例", "proportional"]],
    ],
    "even",
    "平均分配：60/30/10缺市级任务为75/0/25（盘山2018）；按比例分配为85.71/0/14.29"
  ),
  fullScore: points(["满分", "各项满分"], 100, "百分制"),
  floor: weight(
    ["完成比例法起计线", "完成比例起计线", "起计线"],
    70,
    "完成率低于此线的计0分（完成省目标低于70%的不予加分）"
  ),
  cap: define<Dec>({
    labels: ["完成比例法封顶", "完成比例封顶", "完成率封顶"],
    parse: (value: CellValue) => {
      const found = fraction(value);
      return found !== null && found.gt(0)
        ? found
        : {
            rule: "应为大于0的百分数，如100%",
            ruleEn: "a percentage above 0 is needed, such as 100%",
          };
    },
    fallback: new Dec(1),
    fallbackText: "100%",
    template: 1,
    note: "完成率最多按此计（超额完成不多得分）",
    numberFormat: "0%",
  }),
  provinceMethod: method(["省专项指标计分方法", "省专项计分方法"], "completion"),
  cityMethod: method(["市专项指标计分方法", "市专项计分方法"], "completion"),
  ownWorkMethod: method(["部门自身工作计分方法", "自身工作计分方法"], "score"),
  processMethod: method(["过程考核计分方法", "过程成绩计分方法"], "deduction"),
  commonMethod: method(["共性指标计分方法"], "score"),
  excellent: points(["优秀分数线", "优秀"], 90, "总分不低于此为优秀"),
  good: points(["良好分数线", "良好"], 80, "总分不低于此为良好"),
  fair: points(["一般分数线", "一般"], 60, "总分不低于此为一般，其余较差"),
  bonusCap: define<Dec | null>({
    labels: ["加分累计上限", "加分上限", "县考加分上限"],
    parse: (value: CellValue): Dec | null | Invalid => {
      if (["不设上限", "无上限", "不限", "none"].includes(word(value))) {
        return null;
      }
      const found = number(value);
      return found !== null && found.gte(0)
        ? found
        : {
            rule: "应为不小于0的数，或“不设上限”",
            ruleEn: "a number of at least 0, or 不设上限, is needed",
          };
    },
    fallback: new Dec(3),
    fallbackText: "3",
    template: 3,
    note: "以上所有加分项累计不超过3分（盘山2018）；填“不设上限”取消",
  }),
  cityMultiplier: points(
    ["市考加减分倍数", "市考倍数"],
    2,
    "市考加减分在县考中双倍计算（平利2017、宁陕2019）"
  ),
  cityBonusCapped: choice<boolean>(
    ["市考加分计入加分上限", "市考加分受上限限制"],
    [
      [false, NO],
      [true, YES],
    ],
    false,
    "否：加倍后的市考加分不受县考加分上限限制；是：与县考加分合计不超过上限"
  ),
  vetoTotal: choice<VetoTotal>(
    ["一票否决计分", "一票否决总分"],
    [
      ["zero", ["计0分", "0分", "零分", "计零分", "zero"]],
      ["keep", ["保留得分", "保留", "keep"]],
    ],
    "zero",
    "一票否决的单位评为较差；总分计0分，或保留得分"
  ),
  decimals: define<number | null>({
    labels: ["总分小数位", "总分保留小数位", "保留小数位"],
    parse: (value: CellValue): number | null | Invalid => {
      if (["不舍入", "不四舍五入", "精确", "exact"].includes(word(value))) {
        return null;
      }
      const found = number(value);
      return found !== null && found.isInteger() && found.gte(0) && found.lte(6)
        ? found.toNumber()
        : {
            rule: "应为0至6的整数，或“不舍入”",
            ruleEn: "a whole number from 0 to 6, or 不舍入, is needed",
          };
    },
    fallback: 2,
    fallbackText: "2",
    template: 2,
    note: "总分四舍五入保留的小数位，按舍入后的总分排名、评定等次；填“不舍入”按精确值",
  }),
  ties: choice<TiesMethod>(
    ["名次并列方式", "并列名次", "排名方式"],
    [
      ["competition", ["1,1,3", "1，1，3", "并列占位", "competition"]],
      ["dense", ["1,1,2", "1，1，2", "中国式", "中国式排名", "并列不占位", "dense"]],
    ],
    "competition",
    "1,1,3：并列后空位（同RANK.EQ）；1,1,2：中国式排名"
  ),
  latePoints: points(
    ["迟报扣分", "迟报每次扣分"],
    0.5,
    "报送登记中每迟报一次扣的分（宁陕2019：根据情节扣分）；0为不扣",
    true
  ),
  dueDay: whole(["报送截止日", "截止日"], 1, 31, 15, "每月数据于次月此日前报送（宁陕2019：15日）"),
  year: define<number | null>({
    ...whole(["考核年度", "年度"], 1900, 2999, 0, "空白：取标题中的年份"),
    fallback: null,
    fallbackText: "标题中的年份",
    template: null,
  }),
  county: define<string | null>({
    labels: ["县（区）名称", "县区名称", "县名"],
    parse: (value: CellValue) => String(value).trim(),
    fallback: null,
    fallbackText: "标题中的县名",
    template: null,
    note: "空白：取标题中的县名",
  }),
};
