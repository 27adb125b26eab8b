import { AdjustmentRule } from "../kernel/types";

/**
 * The 25 bonus and deduction rules of seed 003 (盘山县2018年专项行动绩效考评方案, 六(一)2-3), as in
 * /work/shared/data/panshan-2018-adjustment-rules.tsv. Deduction points are negative. All bonus rules
 * together are capped at 3 (以上所有加分项,累计不超过3分): that cap is a setting of the summary, not a rule.
 */
const SEED_003_RULES: readonly AdjustmentRule[] = Object.freeze([
  {
    code: "B01",
    side: "bonus",
    kind: "per_event",
    points: 1,
    description: "受到党中央、国务院和省委、省政府综合性表彰奖励或通报表扬(每次)",
  },
  {
    code: "B02",
    side: "bonus",
    kind: "per_event",
    points: 0.75,
    description: "受到市委、市政府综合性表彰奖励或通报表扬(每次)",
  },
  {
    code: "B03",
    side: "bonus",
    kind: "per_event",
    points: 0.2,
    description: "受到党中央、国务院和省委、省政府单项表彰奖励或通报表扬(每次)",
  },
  {
    code: "B04",
    side: "bonus",
    kind: "per_event",
    points: 0.15,
    cap: 0.4,
    description: "受到市委、市政府单项表彰奖励或通报表扬(每次,累计不超过0.4分)",
  },
  {
    code: "B05",
    side: "bonus",
    kind: "per_event",
    points: 0.3,
    description: "受到党中央、国务院和省委、省政府领导明确批示表扬(每次)",
  },
  {
    code: "B06",
    side: "bonus",
    kind: "per_event",
    points: 0.25,
    cap: 0.6,
    description: "受市委、市政府领导明确批示表扬(每次,累计不超过0.6分)",
  },
  {
    code: "B07",
    side: "bonus",
    kind: "per_event",
    points: 0.5,
    description: "受到县委、县政府或县相关部门综合性表彰奖励或通报表扬(每次)",
  },
  {
    code: "B08",
    side: "bonus",
    kind: "per_event",
    points: 0.1,
    cap: 0.2,
    description: "受到县委、县政府或县相关部门单项表彰奖励或通报表扬(每次,累计不超过0.2分)",
  },
  {
    code: "B09",
    side: "bonus",
    kind: "per_event",
    points: 0.2,
    cap: 0.4,
    description: "受到县委、县政府主要领导明确批示表扬(每次,累计不超过0.4分)",
  },
  {
    code: "B10",
    side: "bonus",
    kind: "proportional",
    points: 2,
    description: "主动争取国家和省资金、项目、政策支持,最多的部门加2分,其他部门按比例加分",
  },
  {
    code: "B11",
    side: "bonus",
    kind: "range",
    points: 0.1,
    pointsMax: 0.2,
    description: "专项行动中承担任务较少或未承担任务的部门积极参与、主动作为、成效显著",
  },
  {
    code: "B12",
    side: "bonus",
    kind: "range",
    points: 0.1,
    pointsMax: 0.2,
    description: "落实宣传工作实施方案成效显著",
  },
  {
    code: "B13",
    side: "bonus",
    kind: "per_event",
    points: 0.5,
    description: "创新工作以国家或部委文件形式在全国推广(每次)",
  },
  {
    code: "P01",
    side: "deduction",
    kind: "per_event",
    points: -2,
    description: "受到党中央、国务院和省委、省政府通报批评(每次)",
  },
  {
    code: "P02",
    side: "deduction",
    kind: "per_event",
    points: -1,
    description: "受到党中央、国务院和省委、省政府领导批示批评(每次)",
  },
  {
    code: "P03",
    side: "deduction",
    kind: "per_event",
    points: -1.5,
    description: "受到市委、市政府或省相关部门通报批评(每次)",
  },
  {
    code: "P04",
    side: "deduction",
    kind: "per_event",
    points: -0.75,
    description: "受到市委、市政府主要领导批示批评(每次)",
  },
  {
    code: "P05",
    side: "deduction",
    kind: "per_event",
    points: -1,
    description: "受到县委、县政府或省相关部门通报批评(每次)",
  },
  {
    code: "P06",
    side: "deduction",
    kind: "per_event",
    points: -0.5,
    description: "受到县委、县政府主要领导批示批评(每次)",
  },
  {
    code: "P07",
    side: "deduction",
    kind: "per_event",
    points: -0.2,
    description: "检查、暗访、核验时发现庸、懒、散、慢、拖等慢作为、不作为(每次)",
  },
  {
    code: "P08",
    side: "deduction",
    kind: "per_event",
    points: -1,
    description: "发现虚报、瞒报、弄虚作假(每次)",
  },
  {
    code: "P09",
    side: "deduction",
    kind: "per_event",
    points: -1,
    description: "对破坏营商环境建设影响较大(每次)",
  },
  {
    code: "P10",
    side: "deduction",
    kind: "per_event",
    points: -1,
    description: "发生较大安全事故(每次)",
  },
  {
    code: "P11",
    side: "deduction",
    kind: "per_event",
    points: -2,
    description: "发生重大安全事故(每次)",
  },
  {
    code: "P12",
    side: "deduction",
    kind: "per_event",
    points: -3,
    description: "发生特大安全事故(每次)",
  },
]);

/**
 * 默认加减分规则 (default bonus/deduction rules): seed 003's 25 rules B01…B13 and P01…P12, used when the
 * workbook has no 加减分规则 sheet. Returns a fresh copy each call, so callers may not change the seed.
 */
export function defaultRules(): AdjustmentRule[] {
  return SEED_003_RULES.map((rule) => ({ ...rule }));
}
