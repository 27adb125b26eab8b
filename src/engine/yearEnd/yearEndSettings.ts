import { Dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { SettingsSheet } from "../settings/readSettingsSheet";
import { SettingRead, settingValue } from "../settings/settingValue";
import { YearEndDefinition, yearEndDefinitions } from "./yearEndDefinitions";
import { LevelWeights, YearEndSettings, YearEndWeights } from "./yearEndSummary";

type Definitions = typeof yearEndDefinitions;
type WeightName = {
  [K in keyof Definitions]: Definitions[K] extends YearEndDefinition<Dec> ? K : never;
}[keyof Definitions];

/** The levels of the composite: their weights' settings, and how a message names the level. */
const LEVELS: readonly {
  readonly level: keyof YearEndWeights;
  readonly zh: string;
  readonly en: string;
  readonly parts: readonly (readonly [string, WeightName, string])[];
}[] = [
  {
    level: "total",
    zh: "专项考评成绩（指标考核、综合评价）",
    en: "the total (indicators, evaluation)",
    parts: [
      ["indicator", "indicatorWeight", "指标考核"],
      ["evaluation", "evaluationWeight", "综合评价"],
    ],
  },
  {
    level: "indicator",
    zh: "指标考核（个性指标、共性指标）",
    en: "the indicator score (personal, common)",
    parts: [
      ["personal", "personalWeight", "个性指标"],
      ["common", "commonWeight", "共性指标"],
    ],
  },
  {
    level: "personal",
    zh: "个性指标（过程考核、年度成绩）",
    en: "the personal indicators (process, annual)",
    parts: [
      ["process", "processWeight", "过程考核"],
      ["annual", "annualWeight", "年度成绩"],
    ],
  },
  {
    level: "annual",
    zh: "年度成绩（省专项指标、市专项指标、部门自身工作）",
    en: "the annual score (provincial, city, own work)",
    parts: [
      ["province", "provinceWeight", "省专项指标"],
      ["city", "cityWeight", "市专项指标"],
      ["ownWork", "ownWorkWeight", "部门自身工作"],
    ],
  },
  {
    level: "evaluation",
    zh: "综合评价（县政府领导评价、专项行动领导小组办公室评价、互评）",
    en: "the evaluation (leaders, campaign office, peers)",
    parts: [
      ["leader", "leaderWeight", "县政府领导评价"],
      ["office", "officeWeight", "专项办评价"],
      ["peer", "peerWeight", "互评"],
    ],
  },
];

const percent = (value: Dec): string => value.times(100).toString();

/**
 * 年度考核设置: the year-end settings from the 设置 sheet (see {@link yearEndDefinitions}); a blank
 * or missing entry keeps seed 003's default, an invalid one keeps it with a diagnostic at its cell.
 * The weights of each level must add up to 100%: when they do not, the whole level keeps its
 * defaults, with a diagnostic at the first weight the clerk wrote (never scaled silently). The
 * grade thresholds must descend (优秀 ≥ 良好 ≥ 一般), else 90/80/60 with a diagnostic.
 */
export function yearEndSettings(sheet: SettingsSheet, diagnostics: Diagnostic[]): YearEndSettings {
  const read = <T>(definition: YearEndDefinition<T>): SettingRead<T> =>
    settingValue(sheet, definition, diagnostics);
  const value = <T>(definition: YearEndDefinition<T>): T => read(definition).value;

  const weights: Record<string, LevelWeights<string>> = {};
  for (const { level, zh, en, parts } of LEVELS) {
    const reads = parts.map(([, name]) => read(yearEndDefinitions[name]));
    const sum = reads.reduce((total, found) => total.plus(found.value), new Dec(0));
    const chosen: Record<string, Dec> = {};
    if (sum.eq(1)) {
      parts.forEach(([key], index) => (chosen[key] = reads[index].value));
    } else {
      const at = reads.find((found) => found.cell !== "") ?? reads[0];
      diagnostics.push(
        diagnostic("weight_sum", "error", at.sheet, at.cell, "yearEndWeightSum", {
          level: zh,
          levelEn: en,
          sum: percent(sum),
          list: parts
            .map(([, , label], index) => `${label}${percent(reads[index].value)}%`)
            .join("、"),
          defaults: parts.map(([, name]) => percent(yearEndDefinitions[name].fallback)).join("/"),
        })
      );
      parts.forEach(([key, name]) => (chosen[key] = yearEndDefinitions[name].fallback));
    }
    weights[level] = chosen;
  }

  const excellent = read(yearEndDefinitions.excellent);
  const good = read(yearEndDefinitions.good);
  const fair = read(yearEndDefinitions.fair);
  let thresholds = { excellent: excellent.value, good: good.value, fair: fair.value };
  if (excellent.value.lt(good.value) || good.value.lt(fair.value)) {
    const at = [excellent, good, fair].find((found) => found.cell !== "") ?? excellent;
    diagnostics.push(
      diagnostic("invalid_setting", "error", at.sheet, at.cell, "yearEndThresholds", {
        excellent: excellent.value.toString(),
        good: good.value.toString(),
        fair: fair.value.toString(),
      })
    );
    thresholds = {
      excellent: yearEndDefinitions.excellent.fallback,
      good: yearEndDefinitions.good.fallback,
      fair: yearEndDefinitions.fair.fallback,
    };
  }

  const county = value(yearEndDefinitions.county);
  return {
    weights: weights as unknown as YearEndWeights,
    sharing: value(yearEndDefinitions.sharing),
    fullScore: value(yearEndDefinitions.fullScore),
    floor: value(yearEndDefinitions.floor),
    cap: value(yearEndDefinitions.cap),
    methods: {
      province: value(yearEndDefinitions.provinceMethod),
      city: value(yearEndDefinitions.cityMethod),
      ownWork: value(yearEndDefinitions.ownWorkMethod),
      process: value(yearEndDefinitions.processMethod),
      common: value(yearEndDefinitions.commonMethod),
    },
    thresholds,
    bonusCap: value(yearEndDefinitions.bonusCap),
    cityMultiplier: value(yearEndDefinitions.cityMultiplier),
    cityBonusCapped: value(yearEndDefinitions.cityBonusCapped),
    vetoTotal: value(yearEndDefinitions.vetoTotal),
    decimals: value(yearEndDefinitions.decimals),
    ties: value(yearEndDefinitions.ties),
    latePoints: value(yearEndDefinitions.latePoints),
    dueDay: value(yearEndDefinitions.dueDay),
    year: value(yearEndDefinitions.year),
    county: county === null || county === "" ? null : county,
  };
}
