import { dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";
import { PaceMethod, TiesMethod } from "../kernel/types";
import { SummarySettings } from "../summary/summaryTypes";
import { readFigure } from "../table/readFigure";
import { settingWord } from "./settingWord";
import { SettingDefinition } from "./settingValue";

/** The monthly settings the 设置 sheet, the pane and the document settings hold (all but the month). */
export type MonthlySettingName =
  | "periods"
  | "band"
  | "method"
  | "ties"
  | "bottomCount"
  | "rankingMeasure"
  | "bonusCap"
  | "cityMultiplier"
  | "dueDay"
  | "paceBonusPoints"
  | "paceDeductionPoints"
  | "latePoints"
  | "interviewRuns"
  | "groupName";

/** The value of a monthly setting as the engine takes it (`SummarySettings`; method "auto" = left out). */
export type MonthlyValue<N extends MonthlySettingName> = N extends "method"
  ? PaceMethod | "auto"
  : Exclude<SummarySettings[N], undefined>;

/**
 * One monthly setting: how the 设置 sheet names and reads it (see {@link SettingDefinition}), how
 * its value is written back in a cell, how the bulletin's subtitle states it and its 说明.
 */
export interface MonthlyDefinition<T> extends SettingDefinition<T> {
  readonly name: MonthlySettingName;
  /** 说明 beside it on the 设置 sheet. */
  readonly note: string;
  /** The value as a cell of the 设置 sheet (band in percentage points: 0.05 → 5). */
  readonly cell: (value: T) => CellValue;
  /** The setting as the subtitle states it ("预警幅度3个百分点"). */
  readonly describe: (value: T) => string;
}

type Invalid = { readonly rule: string; readonly ruleEn: string };

const word = settingWord;

/** A plain number of a cell (not a percentage), or null. */
function plain(value: CellValue): number | null {
  const reading = readFigure(value);
  return reading.kind === "number" && !reading.percent && reading.bound === undefined
    ? reading.value
    : null;
}

function whole(
  name: MonthlySettingName,
  labels: readonly string[],
  range: readonly [number, number],
  fallback: number,
  note: string,
  describe: (value: number) => string
): MonthlyDefinition<number> {
  const [low, high] = range;
  const rule: Invalid = {
    rule: `应为${low}至${high}的整数`,
    ruleEn: `a whole number from ${low} to ${high} is needed`,
  };
  return {
    name,
    labels,
    parse: (value) => {
      const found = plain(value);
      return found !== null && Number.isInteger(found) && found >= low && found <= high
        ? found
        : rule;
    },
    fallback,
    fallbackText: String(fallback),
    note,
    cell: (value) => value,
    describe,
  };
}

/**
 * Points of a rule: a number ≥ 0; for a deduction (`signless`) a minus sign is dropped, since
 * clerks write deductions either way.
 */
function points(
  name: MonthlySettingName,
  labels: readonly string[],
  fallback: number,
  note: string,
  signless = false
): MonthlyDefinition<number> {
  return {
    name,
    labels,
    parse: (value) => {
      const found = plain(value);
      return found !== null && (found >= 0 || signless)
        ? Math.abs(found)
        : { rule: "应为不小于0的数", ruleEn: "a number of at least 0 is needed" };
    },
    fallback,
    fallbackText: `${fallback}分`,
    note,
    cell: (value) => value,
    describe: (value) => `${labels[0]}${value}分`,
  };
}

/** A choice among words, each word group standing for one value; the first word is written. */
function choice<T>(
  name: MonthlySettingName,
  labels: readonly string[],
  options: readonly (readonly [T, readonly string[]])[],
  fallback: T,
  note: string
): MonthlyDefinition<T> {
  const first = (value: T): string => options.find(([option]) => option === value)?.[1][0] ?? "";
  const allowed = options.map(([, words]) => words[0]).join("、");
  return {
    name,
    labels,
    parse: (value) => {
      const text = word(value);
      const found = options.find(([, words]) => words.some((item) => word(item) === text));
      return found !== undefined
        ? found[0]
        : { rule: `可用：${allowed}`, ruleEn: `use one of: ${allowed}` };
    },
    fallback,
    fallbackText: first(fallback),
    note,
    cell: first,
    describe: (value) => `${labels[0]}${first(value)}`,
  };
}

const NO_CAP = ["不设上限", "无上限", "不限", "none"];

/**
 * 月度汇总设置项: every setting of the monthly summary that the 设置 sheet, the pane and the
 * workbook's document settings hold, in the order the sheet lists them — labels (zh-CN first;
 * traditional forms are matched through simplification), how a cell is read, the default and the
 * 说明. Labels shared with the year-end settings (加分上限, 市考加减分倍数, 并列名次, 报送截止日, 迟报扣分)
 * name one row of the sheet for both. The band is written in percentage points (5 = 5 points)
 * and taken by the engine as a fraction (0.05).
 */
export const monthlyDefinitions = {
  periods: whole(
    "periods",
    ["期数", "每年期数", "年度期数"],
    [1, 366],
    12,
    "一年分几期考核，按月为12",
    (value) => `期数${value}`
  ),
  band: {
    name: "band",
    labels: ["预警幅度", "预警线", "预警区间"],
    parse: (value: CellValue): number | Invalid => {
      const reading = readFigure(value);
      return reading.kind === "number" &&
        reading.bound === undefined &&
        reading.value >= 0 &&
        reading.value <= 100
        ? dec(reading.value).div(100).toNumber()
        : {
            rule: "应为0至100的百分点数，如5",
            ruleEn: "percentage points from 0 to 100, such as 5",
          };
    },
    fallback: 0.05,
    fallbackText: "5个百分点",
    note: "以百分点计（填5即5个百分点）：落后序时进度不足此幅度为滞后，达到或超过为严重滞后",
    cell: (value: number): CellValue => dec(value).times(100).toNumber(),
    describe: (value: number): string => `预警幅度${dec(value).times(100).toString()}个百分点`,
  } satisfies MonthlyDefinition<number>,
  method: choice<PaceMethod | "auto">(
    "method",
    ["进度算法", "序时进度算法", "序时进度方法"],
    [
      ["auto", ["自动", "按指标自动", "auto"]],
      ["checkpoint", ["按节点倒排", "节点倒排", "倒排", "checkpoint"]],
      ["linear", ["均衡进度", "均衡", "线性", "linear"]],
    ],
    "auto",
    "自动：指标有年内节点目标的按节点倒排，否则按均衡进度；也可统一按节点倒排或均衡进度"
  ),
  ties: choice<TiesMethod>(
    "ties",
    ["并列名次", "名次并列方式", "排名方式"],
    [
      ["competition", ["1,1,3", "1，1，3", "并列占位", "competition"]],
      ["dense", ["1,1,2", "1，1，2", "中国式", "中国式排名", "并列不占位", "dense"]],
    ],
    "competition",
    "1,1,3：并列后空位（同RANK.EQ）；1,1,2：中国式排名"
  ),
  bottomCount: whole(
    "bottomCount",
    ["后N位", "后几位", "排名靠后位数"],
    [1, 99],
    3,
    "排名后几位算排名靠后（种子000：全市后三位）",
    (value) => `后${value}位为排名靠后`
  ),
  rankingMeasure: choice<NonNullable<SummarySettings["rankingMeasure"]>>(
    "rankingMeasure",
    ["排名依据", "排名指标", "排名口径"],
    [
      ["paceGap", ["平均进度差", "进度差", "pacegap"]],
      ["completion", ["完成率", "平均完成率", "completion"]],
      ["composite", ["综合得分", "综合", "composite"]],
    ],
    "paceGap",
    "责任单位按所牵头指标的平均进度差、平均完成率或综合得分排名"
  ),
  bonusCap: {
    name: "bonusCap",
    labels: ["加分上限", "加分累计上限", "县考加分上限"],
    parse: (value: CellValue): number | null | Invalid => {
      if (NO_CAP.includes(word(value))) {
        return null;
      }
      const found = plain(value);
      return found !== null && found >= 0
        ? found
        : {
            rule: "应为不小于0的数，或“不设上限”",
            ruleEn: "a number of at least 0, or 不设上限, is needed",
          };
    },
    fallback: 3,
    fallbackText: "3分",
    note: "县考加分累计不超过此分（盘山2018：3分）；填“不设上限”取消",
    cell: (value: number | null): CellValue => value ?? NO_CAP[0],
    describe: (value: number | null): string =>
      value === null ? `加分${NO_CAP[0]}` : `加分上限${value}分`,
  } satisfies MonthlyDefinition<number | null>,
  cityMultiplier: {
    ...points("cityMultiplier", ["市考加减分倍数", "市考倍数"], 2, ""),
    fallbackText: "2",
    note: "市考加减分在县考中按此倍数计算（平利2017、宁陕2019：双倍）",
    describe: (value: number): string => `市考加减分${value}倍`,
  } satisfies MonthlyDefinition<number>,
  dueDay: whole(
    "dueDay",
    ["报送截止日", "截止日"],
    [1, 31],
    15,
    "每月数据于次月此日前报送，逾期为迟报（宁陕2019：15日）",
    (value) => `报送截止日次月${value}日`
  ),
  paceBonusPoints: points(
    "paceBonusPoints",
    ["超序时进度加分", "超进度加分"],
    0.5,
    "指标超序时进度完成的，每项给牵头单位加的分（种子000）"
  ),
  paceDeductionPoints: points(
    "paceDeductionPoints",
    ["未达序时进度扣分", "落后进度扣分"],
    0.5,
    "未达序时进度且全市排名后N位或本组最后一名的，每项扣的分（种子000）",
    true
  ),
  latePoints: points(
    "latePoints",
    ["迟报扣分", "迟报每次扣分"],
    0.5,
    "报送登记中每迟报一次扣的分（宁陕2019：根据情节扣分）；0为不扣",
    true
  ),
  interviewRuns: whole(
    "interviewRuns",
    ["约谈连续次数", "连续靠后次数"],
    [1, 12],
    2,
    "连续几期排名靠后或被扣分的，列入约谈名单（种子000：连续两次）",
    (value) => `连续${value}期靠后列入约谈`
  ),
  groupName: {
    name: "groupName",
    labels: ["所在分组", "县区分组", "分组"],
    parse: (value: CellValue): string | null => {
      const text = String(value).trim();
      return text === "" ? null : text;
    },
    fallback: null,
    fallbackText: "不分组",
    note: "本县在全市排名中所属的组（如山区县）；空白为不分组",
    cell: (value: string | null): CellValue => value ?? "",
    describe: (value: string | null): string => `所在分组${value ?? "无"}`,
  } satisfies MonthlyDefinition<string | null>,
} satisfies { readonly [N in MonthlySettingName]: MonthlyDefinition<MonthlyValue<N>> };
