import { STATUS_FILLS } from "../status/statusFills";
import { Dec, dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";
import { gradeLabel } from "../grades/gradeLabel";
import {
  CellStyle,
  PrintSetup,
  SheetColumn,
  SheetKind,
  SheetSpec,
  headerRowCount,
} from "../workbook/sheetSpec";
import { statusLabel } from "../status/statusLabel";
import {
  AdjustmentGrade,
  AdjustmentSummary,
  IndicatorSummary,
  LateReport,
  RankingItem,
  WarningNotice,
} from "./summaryTypes";
import { PaceMethod, TiesMethod } from "../kernel/types";

/** Everything the summary sheets show, with the pace gaps still exact (fractions as `Dec`). */
export interface SummarySheetsInput {
  readonly month: number;
  readonly periods: number;
  readonly county: string | null;
  readonly year: number | null;
  readonly method?: PaceMethod;
  readonly band: number;
  readonly ties: TiesMethod;
  readonly bonusCap: number | null;
  readonly cityMultiplier: number;
  readonly dueDay: number;
  /** Where the bonus/deduction rules came from: the workbook's 加减分规则 sheet or seed 003. */
  readonly rulesSource: "sheet" | "default";
  /** Whether the workbook has a 报送登记 sheet (and the late list could be made). */
  readonly reportLog: "read" | "absent" | "not_monthly";
  /** Where last month's ranks came from. */
  readonly previousRanking: "settings" | "computed" | "none";
  readonly indicators: readonly IndicatorSummary[];
  /** Per indicator, the exact pace gap (fraction). */
  readonly indicatorGaps: readonly (Dec | null)[];
  readonly ranking: readonly RankingItem[];
  /** Per ranking item, the exact average pace gap (fraction). */
  readonly rankingGaps: readonly (Dec | null)[];
  readonly adjustments: readonly AdjustmentSummary[];
  /** The rule codes that occur, in the order of the rules table. */
  readonly ruleCodes: readonly string[];
  readonly warnings: readonly WarningNotice[];
  /** Per warning, the exact pace gap (fraction). */
  readonly warningGaps: readonly (Dec | null)[];
  readonly late: readonly LateReport[];
}

/** 状态底色: the bulletin's row fill of each status (green, yellow, red, grey). */
const RED = "#FF0000";
const GREEN = "#00B050";
const GREY = "#A6A6A6";
const NOTICE_FILL = "#FFEB9C";
const SUPERVISION_FILL = "#FFC7CE";

const PRINT: PrintSetup = {
  orientation: "landscape",
  paperSize: "A4",
  fitToPagesWide: 1,
  fitToPagesTall: 0,
  titleRows: [headerRowCount, headerRowCount],
};
const FREEZE = { rows: headerRowCount, columns: 2 } as const;

const TEXT = "@";
const AMOUNT = "#,##0.00";
const POINTS = "0.0";
const PERCENT = "0.0%";
const WHOLE = "0";
const SCORE = "0.00";
/** 进退位: ↑2, ↓1, - for no change. */
const CHANGE = '"↑"0;"↓"0;"-"';
/** Characters Excel refuses in a sheet name. */
const BAD_NAME_CHARACTERS = /[[\]:*?/\\]/g;

const column = (key: string, header: string, width: number, numberFormat: string): SheetColumn => ({
  key,
  header,
  width,
  numberFormat,
});

/** A sheet name Excel accepts: without []:*?/\, not starting or ending with ', at most 31 characters. */
function sheetName(name: string): string {
  const cleaned = name.replace(BAD_NAME_CHARACTERS, "").replace(/^'+|'+$/g, "");
  return [...cleaned].slice(0, 31).join("") || "Sheet";
}

/** A number of the summary as written to a cell (null stays blank). */
const cell = (value: number | null): CellValue => value;

/** A fraction as percentage points (−0.05 → −5), computed exactly; null stays null. */
function inPoints(gap: Dec | null): number | null {
  if (gap === null) {
    return null;
  }
  const value = gap.times(100).toNumber();
  return Number.isFinite(value) ? value : null;
}

/** The band as percentage points for the subtitles (0.05 → "5"). */
function bandPoints(band: number): string {
  return dec(band).times(100).toString();
}

/** "镇巴县2016年7月": county and year when known. */
function titlePrefix(input: SummarySheetsInput): string {
  return `${input.county ?? ""}${input.year === null ? "" : `${input.year}年`}${input.month}月`;
}

/** Builds one sheet with the shared layout. */
function sheet(
  kind: SheetKind,
  name: string,
  title: string,
  subtitle: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly CellValue[])[],
  rowFills: readonly (string | null)[],
  cellStyles: readonly CellStyle[] = [],
  chart?: SheetSpec["chart"]
): SheetSpec {
  return {
    kind,
    name: sheetName(name),
    title,
    subtitle,
    columns,
    rows,
    rowFills,
    cellStyles,
    freeze: FREEZE,
    print: PRINT,
    ...(chart === undefined ? {} : { chart }),
  };
}

/** The header of the remaining-monthly-task column: 后5个月月均任务. */
function remainingHeader(month: number, periods: number): string {
  return periods > month ? `后${periods - month}个月月均任务` : "后续月均任务";
}

function bulletin(input: SummarySheetsInput): SheetSpec {
  const { month, periods } = input;
  const columns = [
    column("index", "序号", 6, WHOLE),
    column("name", "指标", 28, TEXT),
    column("measure", "口径", 8, TEXT),
    column("measureUnit", "单位", 8, TEXT),
    column("annualTarget", "年度目标", 12, AMOUNT),
    column("paceTarget", "序时目标", 12, AMOUNT),
    column("actual", "累计完成", 12, AMOUNT),
    column("completion", "完成率", 9, PERCENT),
    column("paceGap", "进度差（百分点）", 11, POINTS),
    column("arrears", "欠账", 12, AMOUNT),
    column("newArrears", "新欠账", 12, AMOUNT),
    column("remainingMonthly", remainingHeader(month, periods), 14, AMOUNT),
    column("status", "状态", 10, TEXT),
    column("leadUnit", "牵头单位", 14, TEXT),
    column("cooperatingUnits", "配合单位", 22, TEXT),
    column("leader", "包抓领导", 10, TEXT),
    column("person", "责任人", 10, TEXT),
    column("source", "来源", 14, TEXT),
  ];
  const rows = input.indicators.map((indicator, position): CellValue[] => [
    position + 1,
    indicator.name,
    indicator.measure,
    indicator.measureUnit,
    cell(indicator.annualTarget),
    cell(indicator.paceTarget),
    cell(indicator.actual),
    cell(indicator.completion),
    inPoints(input.indicatorGaps[position] ?? null),
    cell(indicator.arrears),
    cell(indicator.newArrears),
    cell(indicator.remainingMonthly),
    statusLabel(indicator.status),
    indicator.leadUnit,
    indicator.units.filter((unit) => unit !== indicator.leadUnit).join("、"),
    indicator.leader,
    indicator.person,
    indicator.source,
  ]);
  const pointColors = input.indicators.map((_, position) => {
    const gap = input.indicatorGaps[position] ?? null;
    return gap === null ? GREY : gap.isNegative() ? RED : GREEN;
  });
  const pace = dec(month).div(periods).times(100).toDecimalPlaces(1).toFixed(1);
  const method =
    input.method === "linear"
      ? "按均衡进度（年度目标×月数/期数）"
      : input.method === "checkpoint"
        ? "按倒排时间节点插值"
        : "有年内时间节点的按节点插值，其余按均衡进度";
  const subtitle =
    `数据截至${input.year === null ? "" : `${input.year}年`}${month}月底；时序进度${pace}%（${month}/${periods}）；` +
    `序时目标${method}；进度差 =（累计完成 − 序时目标）÷ 年度目标，以百分点计；` +
    `落后不足${bandPoints(input.band)}个百分点为滞后，达到或超过为严重滞后`;
  return sheet(
    "bulletin",
    `${month}月进度通报`,
    `${titlePrefix(input)}市考指标进度通报`,
    subtitle,
    columns,
    rows,
    input.indicators.map((indicator) => STATUS_FILLS[indicator.status]),
    [],
    { title: "进度差（百分点）", categoryColumn: "name", valueColumn: "paceGap", pointColors }
  );
}

function ranking(input: SummarySheetsInput): SheetSpec {
  const columns = [
    column("rank", "名次", 6, WHOLE),
    column("unit", "单位", 16, TEXT),
    column("averagePaceGap", "平均进度差（百分点）", 12, POINTS),
    column("indicators", "牵头指标数", 10, WHOLE),
    column("serious", "严重滞后数", 10, WHOLE),
    column("previousRank", "上月名次", 9, WHOLE),
    column("change", "进退位", 8, CHANGE),
    column("bottom", "后三位", 8, TEXT),
  ];
  const rows = input.ranking.map((item, position): CellValue[] => [
    item.rank,
    item.unit,
    inPoints(input.rankingGaps[position] ?? null),
    item.indicators,
    item.serious,
    item.previousRank,
    item.change,
    item.bottom ? "后三位" : "",
  ]);
  const cellStyles: CellStyle[] = [];
  input.ranking.forEach((item, row) => {
    if (item.bottom) {
      columns.forEach((_, columnIndex) =>
        cellStyles.push({
          row,
          column: columnIndex,
          fontColor: RED,
          ...(columnIndex === 7 ? { bold: true } : {}),
        })
      );
    }
  });
  const ties = input.ties === "dense" ? "并列不占名次（1,1,2）" : "并列占名次（1,1,3）";
  const previous =
    input.previousRanking === "settings"
      ? "上月名次按给定的上月排名"
      : input.previousRanking === "computed"
        ? `上月名次按${input.month - 1}月数据同法计算`
        : "无上月名次";
  const subtitle =
    `按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）；平均进度差相同时严重滞后指标少者在前，` +
    `${ties}；${previous}；后三位以红字标出`;
  return sheet(
    "ranking",
    `${input.month}月排名`,
    `${titlePrefix(input)}责任单位进度排名`,
    subtitle,
    columns,
    rows,
    input.ranking.map(() => null),
    cellStyles
  );
}

/** 等次影响 as the clerk reads it. */
function gradeText(grade: AdjustmentGrade | null): string {
  if (grade === "excellent") {
    return `直接评为${gradeLabel("excellent")}`;
  }
  if (grade === "at_most_fair") {
    return `不得评为${gradeLabel("good")}以上`;
  }
  return "";
}

function adjustments(input: SummarySheetsInput): SheetSpec {
  const columns = [
    column("unit", "单位", 16, TEXT),
    ...input.ruleCodes.map((code) => column(`rule:${code}`, code, 8, SCORE)),
    column("bonus", "加分", 8, SCORE),
    column("deduction", "减分", 8, SCORE),
    column("net", "净分", 8, SCORE),
    column("cityBonus", "市考加分", 9, SCORE),
    column("cityDeduction", "市考减分", 9, SCORE),
    column("grade", "等次影响", 16, TEXT),
  ];
  const rows = input.adjustments.map((unit): CellValue[] => [
    unit.unit,
    ...input.ruleCodes.map(
      (code) => unit.byRule.find((rule) => rule.code === code)?.points ?? null
    ),
    unit.bonus,
    unit.deduction,
    unit.net,
    unit.cityBonus,
    unit.cityDeduction,
    gradeText(unit.grade),
  ]);
  const cap =
    input.bonusCap === null
      ? "县考加分不封顶"
      : `县考加分合计不超过${dec(input.bonusCap).abs().toString()}分`;
  const subtitle =
    `规则：${input.rulesSource === "sheet" ? "本工作簿加减分规则表" : "默认规则（盘山县2018年考评方案）"}；` +
    `各规则列为该规则封顶后的得分（市考部分已按${dec(input.cityMultiplier).toString()}倍计入）；${cap}，减分不封顶；` +
    `市考加分达3分直接评为优秀，市考减分达1分不得评为良好以上`;
  return sheet(
    "adjustments",
    `${input.month}月加减分汇总`,
    `${titlePrefix(input)}加减分汇总`,
    subtitle,
    columns,
    rows,
    input.adjustments.map(() => null)
  );
}

function warnings(input: SummarySheetsInput): SheetSpec {
  const columns = [
    column("kind", "类型", 10, TEXT),
    column("indicator", "指标", 28, TEXT),
    column("measure", "口径", 8, TEXT),
    column("measureUnit", "单位", 8, TEXT),
    column("leadUnit", "牵头单位", 14, TEXT),
    column("cooperatingUnits", "配合单位", 20, TEXT),
    column("leader", "包抓领导", 10, TEXT),
    column("person", "责任人", 10, TEXT),
    column("target", "年度目标", 12, AMOUNT),
    column("paceTarget", "序时目标", 12, AMOUNT),
    column("actual", "累计完成", 12, AMOUNT),
    column("paceGap", "进度差（百分点）", 11, POINTS),
    column("arrears", "欠账", 12, AMOUNT),
    column("remainingMonthly", remainingHeader(input.month, input.periods), 14, AMOUNT),
    column("reason", "说明", 48, TEXT),
  ];
  const rows = input.warnings.map((notice, position): CellValue[] => [
    notice.kind === "supervision" ? "督办单" : "预警提示单",
    notice.indicator,
    notice.measure,
    notice.measureUnit,
    notice.leadUnit,
    notice.cooperatingUnits.join("、"),
    notice.leader,
    notice.person,
    cell(notice.target),
    cell(notice.paceTarget),
    cell(notice.actual),
    inPoints(input.warningGaps[position] ?? null),
    cell(notice.arrears),
    cell(notice.remainingMonthly),
    notice.reason,
  ]);
  const subtitle =
    `滞后且欠账的指标发预警提示单；严重滞后（落后${bandPoints(input.band)}个百分点及以上）或连续两个月滞后的发督办单；` +
    `数据截至${input.month}月底`;
  return sheet(
    "warnings",
    `${input.month}月预警`,
    `${titlePrefix(input)}预警提示单和督办单`,
    subtitle,
    columns,
    rows,
    input.warnings.map((notice) => (notice.kind === "supervision" ? SUPERVISION_FILL : NOTICE_FILL))
  );
}

/** An ISO date as the sheet shows it: "2016-08-15" stays, "--08-15" becomes "8月15日". */
function dateText(iso: string): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  return yearless === null ? iso : `${Number(yearless[1])}月${Number(yearless[2])}日`;
}

function late(input: SummarySheetsInput): SheetSpec {
  const columns = [
    column("unit", "单位", 16, TEXT),
    column("month", "月份", 8, TEXT),
    column("dueDate", "应报日期", 12, TEXT),
    column("reportedOn", "实际报送", 12, TEXT),
    column("daysLate", "逾期天数", 10, WHOLE),
  ];
  const rows = input.late.map((report): CellValue[] => [
    report.unit,
    `${report.month}月`,
    dateText(report.dueDate),
    report.reportedOn === null ? "未报送" : dateText(report.reportedOn),
    report.daysLate,
  ]);
  const note =
    input.reportLog === "absent"
      ? "；工作簿中没有报送登记表，未统计迟报"
      : input.reportLog === "not_monthly"
        ? "；期数不是12个月，未统计迟报"
        : "";
  const subtitle = `各责任单位应于每月${input.dueDay}日前报送上月完成情况；${input.month}月数据逾期报送及未报送的单位${note}`;
  return sheet(
    "late",
    `${input.month}月迟报`,
    `${titlePrefix(input)}数据报送迟报情况`,
    subtitle,
    columns,
    rows,
    input.late.map((report) => (report.reportedOn === null ? SUPERVISION_FILL : NOTICE_FILL))
  );
}

/**
 * 月度汇总表: the five summary sheets of a month as plain data, in this order — 进度通报 (bulletin),
 * 排名 (ranking), 加减分汇总 (adjustments), 预警 (warnings), 迟报 (late reports). Layout as in
 * `sheetSpec.ts`: title, subtitle (data month, time pace, band), headers with units, data from
 * row 4; three rows and two columns frozen; A4 landscape, one page wide, row 3 repeated. Pace gaps
 * are shown in percentage points (×100, exact); figures are never rounded, only formatted.
 */
export function summarySheets(input: SummarySheetsInput): SheetSpec[] {
  return [bulletin(input), ranking(input), adjustments(input), warnings(input), late(input)];
}
