/**
 * 年度考核的提示 (the year-end assessment's messages): the scores sheet, its settings and the year-end
 * sheet, zh-CN first; part of the engine's one catalogue (see `formatMessage`). `{ref}` is the sheet
 * and cell, filled in by `formatDiagnostic`.
 */
export const yearEndMessages = {
  yearEndNoSheet: {
    "zh-CN":
      "工作簿中找不到年度评分表：需要一张名称含“年度评分”的工作表，表头有“单位”及省专项指标、共性指标、县政府领导评价等列",
    "en-US":
      'No year-end scores sheet: a sheet named like "年度评分" is needed, with a unit column and columns such as 省专项指标, 共性指标, 县政府领导评价',
  },
  yearEndNoHeader: {
    "zh-CN": "{ref}：前20行中找不到年度评分表的表头（需要“单位”列及各项成绩列）",
    "en-US":
      "{ref}: no scores header in the first 20 rows (a unit column and score columns are needed)",
  },
  yearEndMissingColumn: {
    "zh-CN": "{ref}：年度评分表没有“{part}”列（权重{weight}），各单位均未计算总分",
    "en-US":
      "{ref}: the scores sheet has no {partEn} column (weight {weight}); no unit was totalled",
  },
  yearEndDuplicateUnit: {
    "zh-CN": "{ref}：单位“{unit}”与第{firstRow}行重复，已跳过此行",
    "en-US": '{ref}: the unit "{unit}" already appears in row {firstRow}; this row was skipped',
  },
  yearEndMissingScore: {
    "zh-CN": "{ref}：{unit}的{part}为空，未计算总分",
    "en-US": "{ref}: {partEn} of {unit} is blank; no total was computed",
  },
  yearEndNotANumber: {
    "zh-CN": "{ref}：{unit}的{part}“{text}”不是数字，未计算总分",
    "en-US": '{ref}: {partEn} of {unit} is "{text}", not a number; no total was computed',
  },
  yearEndAboveFull: {
    "zh-CN": "{ref}：{unit}的{part}{value}超过满分{full}，未计算总分（请核对，不会自动改为满分）",
    "en-US":
      "{ref}: {partEn} of {unit} is {value}, above full marks {full}; no total was computed (check it: it is never cut to full marks)",
  },
  yearEndNegative: {
    "zh-CN": "{ref}：{unit}的{part}{value}为负数，未计算总分",
    "en-US": "{ref}: {partEn} of {unit} is negative ({value}); no total was computed",
  },
  yearEndDeductionOverFull: {
    "zh-CN": "{ref}：{unit}的{part}扣分{value}超过满分{full}，按直接扣分法计0分",
    "en-US":
      "{ref}: the deduction {value} of {unit}'s {partEn} exceeds full marks {full}; it scores 0 by the direct-deduction method",
  },
  yearEndPercentRead: {
    "zh-CN": "{ref}：{unit}的{part}“{text}”按{text}%读取（完成率请填92%或0.92）",
    "en-US":
      '{ref}: {partEn} of {unit} "{text}" is read as {text}% (write a completion as 92% or 0.92)',
  },
  yearEndInvalidWord: {
    "zh-CN": "{ref}：{unit}的{part}“{text}”无法识别（可用：{allowed}），未计算总分",
    "en-US":
      '{ref}: {partEn} of {unit} is "{text}", which cannot be read (use {allowed}); no total was computed',
  },
  yearEndNoTask: {
    "zh-CN":
      "{ref}：{unit}的{part}写为“{text}”（不承担），但只有省专项指标、市专项指标、部门自身工作可以不承担，未计算总分",
    "en-US":
      '{ref}: {partEn} of {unit} is "{text}" (no task), but only the provincial, city and own-work parts may be left out; no total was computed',
  },
  yearEndNoPersonal: {
    "zh-CN":
      "{ref}：{unit}的省专项指标、市专项指标、部门自身工作均为空（均不承担），无法计算年度成绩，未计算总分",
    "en-US":
      "{ref}: {unit} has none of the provincial, city and own-work parts; its annual score cannot be computed and no total was computed",
  },
  yearEndVetoWithoutReason: {
    "zh-CN": "{ref}：{unit}一票否决，但未写明否决事由",
    "en-US": "{ref}: {unit} is vetoed but the reason is not written",
  },
  yearEndReasonWithoutVeto: {
    "zh-CN": "{ref}：{unit}写有否决事由，但一票否决一栏不是“是”，按未否决计分",
    "en-US": '{ref}: {unit} has a veto reason but the veto cell is not "是"; scored as not vetoed',
  },
  yearEndUnknownUnit: {
    "zh-CN": "{ref}：单位“{unit}”不是任务分解表中的责任单位，请核对名称（已照常计分）",
    "en-US":
      '{ref}: "{unit}" is not a responsible unit of the decomposition table; check the name (scored as usual)',
  },
  yearEndUnscoredUnit: {
    "zh-CN": "{ref}：任务分解表的责任单位“{unit}”在年度评分表中没有成绩",
    "en-US":
      '{ref}: the responsible unit "{unit}" of the decomposition table has no row in the scores sheet',
  },
  yearEndNoTable: {
    "zh-CN": "未找到任务分解表：年度评分表中的单位未与责任单位核对",
    "en-US": "No decomposition table: the units of the scores sheet were not checked against it",
  },
  yearEndEventUnknownUnit: {
    "zh-CN": "{ref}：加减分登记的单位“{unit}”不在年度评分表中，其加减分未计入年度考核",
    "en-US":
      '{ref}: "{unit}" of the bonus/deduction register is not in the scores sheet; its points were not counted',
  },
  yearEndEventOutsideYear: {
    "zh-CN": "{ref}：日期{date}不在{year}年度内，未计入年度考核",
    "en-US": "{ref}: dated {date}, outside the year {year}; not counted in the year-end assessment",
  },
  yearEndWeightSum: {
    "zh-CN": "{ref}：{level}的权重合计{sum}%（{list}），应为100%，已采用默认权重（{defaults}）",
    "en-US":
      "{ref}: the weights of {levelEn} add up to {sum}% ({list}), not 100%; the defaults ({defaults}) are used",
  },
  yearEndThresholds: {
    "zh-CN":
      "{ref}：等次分数线应为优秀≥良好≥一般（现为{excellent}、{good}、{fair}），已采用默认的90、80、60",
    "en-US":
      "{ref}: the grade thresholds must be excellent ≥ good ≥ fair (they are {excellent}, {good}, {fair}); the defaults 90, 80, 60 are used",
  },
  yearEndProcessConflict: {
    "zh-CN": "{ref}：{unit}的过程考核已在“{sheet}”中逐月登记，年度评分表中不应再填写，未计算总分",
    "en-US":
      '{ref}: the process scores of {unit} are registered month by month in "{sheet}"; the scores sheet must not repeat them; no total was computed',
  },
  yearEndProcessUnknownUnit: {
    "zh-CN": "{ref}：过程考核登记的单位“{unit}”不在年度评分表中，未计入",
    "en-US": '{ref}: "{unit}" of the process register is not in the scores sheet; not counted',
  },
} as const;
