import { returnMessages } from "./returnMessages";
import { ruleMessages } from "./ruleMessages";
import { yearEndMessages } from "./yearEndMessages";

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
  workbookUnreadable: {
    "zh-CN": "无法读取工作簿“{file}”：{reason}",
    "en-US": 'Cannot read the workbook "{file}": {reason}',
  },
  outputIsInput: {
    "zh-CN": "输出文件“{file}”就是输入文件：本工具从不改写原工作簿，请另选输出文件名",
    "en-US":
      'The output "{file}" is the input file: this tool never overwrites the original workbook; choose another output name',
  },
  // 报送表与汇总 (return forms and their collection)
  ...returnMessages,
  notInList: {
    "zh-CN": "数值不在排名范围内",
    "en-US": "The value is not among the values ranked",
  },
  invalidCellPosition: {
    "zh-CN": "行{row}、列{column}不是有效的单元格位置",
    "en-US": "Row {row}, column {column} is not a valid cell position",
  },
  tableNoHeader: {
    "zh-CN": "{ref}：前20行中找不到表头（需要“指标”列，以及“考核任务”“倒排时间”或“完成”等列）",
    "en-US":
      "{ref}: no header in the first 20 rows (an indicator column and a target, checkpoint or actual column are needed)",
  },
  tableNoTable: {
    "zh-CN": "工作簿中找不到任务分解表：没有哪张工作表的前20行有“指标”及“考核任务”“倒排时间”等表头",
    "en-US":
      "No decomposition table in the workbook: no sheet has an indicator header and a target or checkpoint header in its first 20 rows",
  },
  tableSheetNotFound: {
    "zh-CN": "找不到工作表“{sheet}”",
    "en-US": 'There is no worksheet "{sheet}"',
  },
  tableNotANumber: {
    "zh-CN": "{ref}：“{text}”不是数字，已跳过该目标",
    "en-US": '{ref}: "{text}" is not a number; the target was skipped',
  },
  tableUnreadableActual: {
    "zh-CN": "{ref}：实际完成“{text}”无法读取，按未报送处理",
    "en-US": '{ref}: the actual "{text}" cannot be read; it counts as not reported',
  },
  tableDuplicateIndicator: {
    "zh-CN": "{ref}：指标“{name}”（{measure}）与第{firstRow}行重复，已跳过此处",
    "en-US":
      '{ref}: indicator "{name}" ({measureEn}) already appears in row {firstRow}; this copy was skipped',
  },
  tableCheckpointConflict: {
    "zh-CN":
      "{ref}：“{name}”（{measure}）{label}目标{value}与{otherRef}的{otherLabel}目标{otherValue}不一致，已采用{otherLabel}的{otherValue}",
    "en-US":
      '{ref}: "{name}" ({measureEn}) has target {value} for {label} but {otherValue} for {otherLabel} at {otherRef}; {otherValue} ({otherLabel}) is used',
  },
  tableUnitChanged: {
    "zh-CN": "{ref}：“{name}”的单位由“{from}”变为“{to}”，请核对数值（按“{from}”读取）",
    "en-US":
      '{ref}: the unit of "{name}" changes from "{from}" to "{to}"; check the figures (read as "{from}")',
  },
  tableSuspectMagnitude: {
    "zh-CN": "{ref}：“{name}”实际完成{actual}超过全年目标{target}的10倍，请核对单位（万元/亿元）",
    "en-US":
      '{ref}: the actual {actual} of "{name}" is more than 10 times the annual target {target}; check the unit (万元/亿元)',
  },
  tableUnknownCheckpoint: {
    "zh-CN":
      "{ref}：无法识别的时间节点“{text}”，已跳过（可用：一季度、上半年、前三季度、全年、1-7月、7月等）",
    "en-US":
      '{ref}: unrecognised checkpoint "{text}", skipped (use 一季度, 上半年, 前三季度, 全年, 1-7月, 7月 …)',
  },
  tableMissingTarget: {
    "zh-CN": "{ref}：“{name}”（{measure}）没有目标值",
    "en-US": '{ref}: "{name}" ({measureEn}) has no target',
  },
  tableMissingCheckpoint: {
    "zh-CN": "{ref}：“{name}”（{measure}）的目标没有时间节点，按全年目标读取",
    "en-US":
      '{ref}: the target of "{name}" ({measureEn}) has no checkpoint; it is read as the annual target',
  },
  tableUnmatchedActual: {
    "zh-CN": "{ref}：“{name}”在分解表中找不到对应指标，该行完成数未导入",
    "en-US": '{ref}: "{name}" matches no indicator of the table; its actuals were not imported',
  },
  tableUnknownMeasure: {
    "zh-CN": "{ref}：无法识别的口径“{text}”，按{measure}读取",
    "en-US": '{ref}: unrecognised measure "{text}"; read as {measureEn}',
  },
  tableUnknownDirection: {
    "zh-CN": "{ref}：无法识别的方向“{text}”，按{direction}读取",
    "en-US": '{ref}: unrecognised direction "{text}"; read as {directionEn}',
  },
  tableActualWithoutMonth: {
    "zh-CN": "{ref}：看不出“{text}”列是几月的完成数，已忽略该列",
    "en-US": '{ref}: the column "{text}" names no month; it was ignored',
  },
  tableDuplicateColumn: {
    "zh-CN": "{ref}：表头“{text}”与{first}列“{firstText}”重复，已按{first}列读取，此列未读取",
    "en-US":
      '{ref}: the header "{text}" repeats column {first} ("{firstText}"); column {first} was read and this column ignored',
  },
  tableMissingName: {
    "zh-CN": "{ref}：该行有数据但没有指标名称{detail}，已跳过该行",
    "en-US": "{ref}: the row has data but no indicator name{detailEn}; the row was skipped",
  },
  tableNoIndicators: {
    "zh-CN": "{ref}：表头下没有读到任何指标，请检查数据是否在表头下方",
    "en-US": "{ref}: no indicator was read under the header; check that the data stands below it",
  },
  tableActualConflict: {
    "zh-CN":
      "{ref}：“{name}”（{measure}）{month}月实际完成{value}与{otherRef}的{otherValue}不一致，已采用{usedRef}的数值",
    "en-US":
      '{ref}: "{name}" ({measureEn}) has actual {value} for month {month} but {otherValue} at {otherRef}; the figure at {usedRef} is used',
  },
  tableUncalculatedFormula: {
    "zh-CN":
      "{ref}：公式“{text}”没有计算结果（工作簿保存前未重新计算），已跳过；请在Excel中重新计算并保存后再读取",
    "en-US":
      '{ref}: the formula "{text}" has no result (the workbook was saved without recalculating); skipped — recalculate and save it in Excel, then read it again',
  },
  tableNumberOutOfRange: {
    "zh-CN": "{ref}：数字“{text}”位数过多，无法准确读取（最多15位有效数字），已跳过",
    "en-US":
      '{ref}: the number "{text}" has too many digits to be read exactly (15 significant digits at most); skipped',
  },
  tableUnitConverted: {
    "zh-CN": "{ref}：“{text}”的单位与本行单位“{to}”不同，已按1{from}={factor}{to}换算为{value}{to}",
    "en-US":
      '{ref}: "{text}" is not in the row\'s unit "{to}"; converted at 1 {from} = {factor} {to} to {value} {to}',
  },
  tableNoAnnualTarget: {
    "zh-CN":
      "{ref}：“{name}”（{measure}）没有全年目标，只有{labels}目标；节点目标不作为全年目标，完成率和进度差不计算",
    "en-US":
      '{ref}: "{name}" ({measureEn}) has no annual target, only {labels} targets; a checkpoint target is not taken as the annual one, so no completion or pace gap is computed',
  },
  tableZeroTarget: {
    "zh-CN": "{ref}：“{name}”（{measure}）全年目标为0，无法计算完成率和进度差，按目标缺失处理",
    "en-US":
      '{ref}: the annual target of "{name}" ({measureEn}) is 0, so no completion or pace gap can be computed; it counts as a missing target',
  },
  tableTotalRow: {
    "zh-CN": "{ref}：“{name}”是合计行，不作为指标考核",
    "en-US": '{ref}: "{name}" is a total row; it is not assessed as an indicator',
  },
  tableHeaderMergeSpill: {
    "zh-CN": "{ref}：表头“{text}”向下合并到了数据行（至第{lastRow}行），这些行的该列按空白读取",
    "en-US":
      '{ref}: the header "{text}" is merged down into the data (to row {lastRow}); those rows are read as blank in this column',
  },
  tableUnreadableLastYear: {
    "zh-CN": "{ref}：上年同期数“{text}”无法读取，已跳过",
    "en-US": '{ref}: last year\'s figure "{text}" cannot be read; skipped',
  },
  tableLastYearWithoutMonth: {
    "zh-CN": "{ref}：看不出“{text}”列是几月的上年同期数，已忽略该列",
    "en-US": '{ref}: the column "{text}" names no month of last year; it was ignored',
  },
  tableColumnOverrideInvalid: {
    "zh-CN": "{ref}：列角色更正（{column}列设为“{role}”{month}）无效，已按表头识别",
    "en-US":
      '{ref}: the column role correction (column {column} as "{roleEn}"{monthEn}) is invalid; the header is read as written',
  },
  tableColumnOverrideDropped: {
    "zh-CN": "{ref}：“{role}”只能有一列，已按{used}列的更正读取，此列的更正未采用",
    "en-US":
      '{ref}: only one column can be "{roleEn}"; the correction of column {used} is used, not this one',
  },
  sideNoHeader: {
    "zh-CN": "{ref}：前20行中找不到{table}的表头（需要{columns}等列）",
    "en-US": "{ref}: no {tableEn} header in the first 20 rows ({columnsEn} … are needed)",
  },
  sideMissingValue: {
    "zh-CN": "{ref}：{name}为空，已跳过该行",
    "en-US": "{ref}: {nameEn} is blank; the row was skipped",
  },
  sideNotANumber: {
    "zh-CN": "{ref}：{name}“{text}”不是数字，已跳过该行",
    "en-US": '{ref}: {nameEn} "{text}" is not a number; the row was skipped',
  },
  sideInvalidValue: {
    "zh-CN": "{ref}：无法识别的{name}“{text}”（可用：{allowed}），已跳过该行",
    "en-US": '{ref}: unrecognised {nameEn} "{text}" (use {allowed}); the row was skipped',
  },
  sideAssumedSide: {
    "zh-CN": "{ref}：规则{code}未写明加分或减分，按分值的正负读作{side}",
    "en-US":
      "{ref}: rule {code} does not say bonus or deduction; read as {sideEn} from the sign of its points",
  },
  sideDuplicateRule: {
    "zh-CN": "{ref}：规则编号{code}与第{firstRow}行重复，已跳过此处",
    "en-US": "{ref}: rule code {code} already appears in row {firstRow}; this copy was skipped",
  },
  settingDuplicate: {
    "zh-CN": "{ref}：设置项“{label}”与第{firstRow}行重复，已采用第{firstRow}行的取值",
    "en-US":
      '{ref}: the setting "{label}" already appears in row {firstRow}; the value of row {firstRow} is used',
  },
  settingInvalid: {
    "zh-CN": "{ref}：设置项“{label}”的取值“{text}”无效（{rule}），已采用{fallback}",
    "en-US": '{ref}: the setting "{label}" cannot be "{text}" ({ruleEn}); {fallback} is used',
  },
  eventAfterMonth: {
    "zh-CN": "{ref}：日期{date}晚于{month}月，不计入{month}月汇总",
    "en-US": "{ref}: dated {date}, after month {month}; not counted in the month {month} summary",
  },
  sideRejectedEvent: {
    "zh-CN": "{ref}：{reason}，该条未计分",
    "en-US": "{ref}: {reasonEn}; the entry was not counted",
  },
  summaryInvalidSetting: {
    "zh-CN": "设置“{name}”的取值“{text}”无效，已采用{fallback}",
    "en-US": 'The setting "{name}" cannot be "{text}"; {fallback} is used',
  },
  summaryMonthInvalid: {
    "zh-CN": "月份{month}无效（应为1至{periods}之间的整数），未生成月度汇总",
    "en-US":
      "Month {month} is invalid (a whole number from 1 to {periods} is needed); no monthly summary was made",
  },
  summaryIndicatorFailed: {
    "zh-CN": "{ref}：“{name}”（{measure}）无法计算：{reason}，按“{status}”处理",
    "en-US":
      '{ref}: "{name}" ({measureEn}) cannot be assessed: {reasonEn}; it counts as {statusEn}',
  },
  summaryPreviousMonthFailed: {
    "zh-CN": "{ref}：“{name}”（{measure}）{month}月无法计算：{reason}，上月状态按“{status}”处理",
    "en-US":
      '{ref}: "{name}" ({measureEn}) cannot be assessed for month {month}: {reasonEn}; last month counts as {statusEn}',
  },
  summaryLateReportsFailed: {
    "zh-CN": "{ref}：无法统计{month}月迟报：{reason}，未列出迟报单位",
    "en-US": "{ref}: the late reports of month {month} cannot be listed: {reasonEn}",
  },
  // 年度考核 (year-end assessment)
  ...yearEndMessages,
  // 月度规则 (the monthly rules)
  ...ruleMessages,
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
  return fillTemplate(template, params);
}

/**
 * Fills a message template's `{name}` parameters; unknown names stay as written. Every message
 * catalogue of the add-in (engine, Excel adapter, CLI, task pane) formats through this.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
