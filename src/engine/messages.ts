/** The languages the clerk can see. zh-CN is the default. */
export type Locale = "zh-CN" | "en-US";

/**
 * The engine's message catalogue: calculation errors and table diagnostics, zh-CN first.
 * Parameters are written `{name}` and filled by {@link formatMessage}.
 */
const catalogue = {
  notANumber: {
    "zh-CN": "“{name}”应为数字，而不是“{text}”",
    "en-US": '"{name}" must be a number, not "{text}"',
  },
  blankArgument: { "zh-CN": "“{name}”不能为空", "en-US": '"{name}" must not be blank' },
  notReported: {
    "zh-CN": "未报送：本月实际完成为空",
    "en-US": "Not reported: this month's actual is blank",
  },
  zeroTarget: {
    "zh-CN": "目标为0，无法计算比率",
    "en-US": "The target is 0, so no ratio can be computed",
  },
  zeroActual: {
    "zh-CN": "实际值为0，无法计算逆向指标的完成率",
    "en-US": "The actual is 0, so a lower-is-better completion cannot be computed",
  },
  monthOutOfRange: {
    "zh-CN": "月份{month}超出范围，应在1至{periods}之间",
    "en-US": "Month {month} is out of range: it must be between 1 and {periods}",
  },
  periodsInvalid: {
    "zh-CN": "期数{periods}无效，应为正整数",
    "en-US": "Periods {periods} is invalid: it must be a positive whole number",
  },
  noMonthsLeft: {
    "zh-CN": "已到期末，没有剩余月份",
    "en-US": "The period has ended: no months remain",
  },
  unknownCheckpoint: {
    "zh-CN": "无法识别的时间节点“{text}”（可用：一季度、上半年、前三季度、全年、1-7月、7月等）",
    "en-US": 'Unrecognised checkpoint "{text}" (use 一季度, 上半年, 前三季度, 全年, 1-7月, 7月 …)',
  },
  checkpointNotWhole: {
    "zh-CN": "时间节点“{text}”在每年{periods}期的设置下不落在整期上",
    "en-US":
      'Checkpoint "{text}" does not fall on a whole period when the year has {periods} periods',
  },
  lengthMismatch: {
    "zh-CN": "“{first}”与“{second}”的个数不一致（{firstCount}个与{secondCount}个）",
    "en-US": '"{first}" and "{second}" differ in length ({firstCount} and {secondCount})',
  },
  invalidOption: {
    "zh-CN": "“{name}”的取值“{text}”无效，可用：{allowed}",
    "en-US": '"{name}" cannot be "{text}"; use one of: {allowed}',
  },
  noTargets: {
    "zh-CN": "没有可用的目标值",
    "en-US": "There is no target to work with",
  },
  noScores: {
    "zh-CN": "没有可计分的得分（全部为空）",
    "en-US": "There is no score to combine (all are blank)",
  },
  negativeWeight: {
    "zh-CN": "权重不能为负数：{text}",
    "en-US": "A weight cannot be negative: {text}",
  },
  invalidRank: {
    "zh-CN": "名次{rank}无效，应为不小于1的整数",
    "en-US": "Rank {rank} is invalid: it must be a whole number of at least 1",
  },
  equalBounds: {
    "zh-CN": "满意值与不允许值相同，无法用功效系数法计分",
    "en-US":
      "The satisfactory and unacceptable values are equal, so no efficacy score can be computed",
  },
  negativeCount: {
    "zh-CN": "次数不能为负数：{text}",
    "en-US": "A count cannot be negative: {text}",
  },
  valueOutsideRange: {
    "zh-CN": "分值{value}超出规则{code}的范围{min}至{max}",
    "en-US": "Points {value} are outside rule {code}'s range {min} to {max}",
  },
  unknownRule: {
    "zh-CN": "未找到加减分规则“{code}”",
    "en-US": 'No bonus/deduction rule "{code}"',
  },
  negativeQuantity: {
    "zh-CN": "数量不能为负数：{text}",
    "en-US": "A quantity cannot be negative: {text}",
  },
  rangeValueMissing: {
    "zh-CN": "规则{code}须填写分值（{min}至{max}）",
    "en-US": "Rule {code} needs the points picked ({min} to {max})",
  },
  quantityMissing: {
    "zh-CN": "规则{code}按比例加分，须填写数量",
    "en-US": "Rule {code} is proportional: the quantity is needed",
  },
  notInList: {
    "zh-CN": "数值不在排名范围内",
    "en-US": "The value is not among the values ranked",
  },
} as const;

/** A key of the engine's message catalogue. */
export type MessageKey = keyof typeof catalogue;

/** Fills a catalogue message with its parameters in the given language. */
export function formatMessage(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {}
): string {
  const template: string = catalogue[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
