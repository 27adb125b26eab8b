import { dec } from "../../kernel/decimal";
import { CellValue } from "../../kernel/grid";
import { STATUS_FILLS } from "../../status/statusFills";
import { statusLabel } from "../../status/statusLabel";
import { SheetSpec } from "../../workbook/sheetSpec";
import { SummarySheetsInput } from "../summarySheetsInput";
import { arrearsCell } from "./arrearsCell";
import { bandPoints } from "./bandPoints";
import { inPoints } from "./inPoints";
import { numberFormats } from "./numberFormats";
import { remainingHeader } from "./remainingHeader";
import { sheetColors } from "./sheetColors";
import { sheetColumn } from "./sheetColumn";
import { summarySheet } from "./summarySheet";
import { titlePrefix } from "./titlePrefix";

const { text, amount, points, percent, whole } = numberFormats;

/** How the subtitle words the pace method. */
function methodText(method: SummarySheetsInput["method"]): string {
  return method === "linear"
    ? "按均衡进度（年度目标×月数/期数）"
    : method === "checkpoint"
      ? "按倒排时间节点插值"
      : "有年内时间节点的按节点插值，其余按均衡进度";
}

/**
 * What the subtitle says of the statuses that ask the clerk to fix a figure, when there are any:
 * 实际值无法识别 (reported, but the figure cannot be read) and 目标缺失或为零 (no usable annual target).
 */
function unjudgedNote(input: SummarySheetsInput): string {
  const count = (status: string): number =>
    input.indicators.filter((indicator) => indicator.status === status).length;
  const notes: string[] = [];
  if (count("actual_unreadable") > 0) {
    notes.push(`实际值无法识别${count("actual_unreadable")}项（已报送但数值无法读取，请核对原表）`);
  }
  if (count("target_missing") > 0) {
    notes.push(`目标缺失或为零${count("target_missing")}项（没有可用的全年目标，不判断进度）`);
  }
  return notes.length === 0 ? "" : `；${notes.join("，")}`;
}

/**
 * 进度通报: every indicator of the month — target, pace target, actual, completion, pace gap (in
 * percentage points, exact), arrears, new arrears, remaining monthly task, the month's own figure
 * and its change against last month (较上月, 增减%: absolute indicators, from the cumulative actuals),
 * 上年同期 and a growth rate's absolute shortfall (绝对量欠账), status, units and people
 * — each row filled by its status (an arrears below 0 written as 超进度, see `arrearsCell`), with a
 * bar chart of the pace gaps (red behind, green on pace,
 * grey without a gap). The subtitle gives the data month, the time pace, the pace method and band.
 */
export function bulletinSheet(input: SummarySheetsInput): SheetSpec {
  const { month, periods } = input;
  const pointsOf = input.pointsOf ?? inPoints;
  const columns = [
    sheetColumn("index", "序号", 6, whole),
    sheetColumn("name", "指标", 28, text),
    sheetColumn("measure", "口径", 8, text),
    sheetColumn("measureUnit", "单位", 8, text),
    sheetColumn("annualTarget", "年度目标", 12, amount),
    sheetColumn("paceTarget", "序时目标", 12, amount),
    sheetColumn("actual", "累计完成", 12, amount),
    sheetColumn("completion", "完成率", 9, percent),
    sheetColumn("paceGap", "进度差（百分点）", 11, points),
    // Wide enough for "超进度 1,234.56" on one line.
    sheetColumn("arrears", "欠账", 15, amount),
    sheetColumn("newArrears", "新欠账", 15, amount),
    sheetColumn("remainingMonthly", remainingHeader(month, periods), 14, amount),
    sheetColumn("monthly", `${month}月当月完成`, 12, amount),
    sheetColumn("monthOverMonth", "较上月", 12, amount),
    sheetColumn("monthOverMonthRatio", "增减%", 9, percent),
    sheetColumn("lastYear", "上年同期", 12, amount),
    sheetColumn("growthShortfall", "绝对量欠账", 12, amount),
    sheetColumn("status", "状态", 10, text),
    sheetColumn("leadUnit", "牵头单位", 14, text),
    sheetColumn("cooperatingUnits", "配合单位", 22, text),
    sheetColumn("leader", "包抓领导", 10, text),
    sheetColumn("person", "责任人", 10, text),
    sheetColumn("source", "来源", 14, text),
  ];
  const rows = input.indicators.map((indicator, position): CellValue[] => [
    position + 1,
    indicator.name,
    indicator.measure,
    indicator.measureUnit,
    indicator.annualTarget,
    indicator.paceTarget,
    indicator.actual,
    indicator.completion,
    pointsOf(input.indicatorGaps[position] ?? null),
    arrearsCell(indicator.arrears, indicator.direction),
    arrearsCell(indicator.newArrears, indicator.direction),
    indicator.remainingMonthly,
    indicator.monthly,
    indicator.monthOverMonth,
    indicator.monthOverMonthRatio,
    indicator.lastYear,
    indicator.growthShortfall,
    statusLabel(indicator.status),
    indicator.leadUnit,
    indicator.units.filter((unit) => unit !== indicator.leadUnit).join("、"),
    indicator.leader,
    indicator.person,
    indicator.source,
  ]);
  const pointColors = input.indicators.map((_, position) => {
    const gap = input.indicatorGaps[position] ?? null;
    return gap === null ? sheetColors.grey : gap.isNegative() ? sheetColors.red : sheetColors.green;
  });
  const pace = dec(month).div(periods).times(100).toDecimalPlaces(1).toFixed(1);
  const subtitle =
    `数据截至${input.year === null ? "" : `${input.year}年`}${month}月底；时序进度${pace}%（${month}/${periods}）；` +
    `序时目标${methodText(input.method)}；进度差 =（累计完成 − 序时目标）÷ 年度目标，以百分点计；` +
    `落后不足${bandPoints(input.band)}个百分点为滞后，达到或超过为严重滞后；` +
    `当月完成 = 本月累计 − 上月累计，较上月、增减%为与上月当月完成相比；绝对量欠账 = 上年同期 ×（目标增速 − 实际增速）÷ 100` +
    unjudgedNote(input);
  return summarySheet({
    kind: "bulletin",
    name: `${month}月进度通报`,
    title: `${titlePrefix(input)}市考指标进度通报`,
    subtitle,
    columns,
    rows,
    rowFills: input.indicators.map((indicator) => STATUS_FILLS[indicator.status]),
    chart: {
      title: "进度差（百分点）",
      categoryColumn: "name",
      valueColumn: "paceGap",
      pointColors,
    },
  });
}
