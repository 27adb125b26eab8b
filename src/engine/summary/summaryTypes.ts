import { SheetSpec } from "../workbook/sheetSpec";
import { SummaryRun } from "../workbook/summaryRun";
import { ColumnOverride, Diagnostic, DiagnosticCode } from "../table/tableModel";
import { Direction, PaceMethod, Status, TiesMethod } from "../kernel/types";
import { Notice, NoticeSettings } from "../notices/noticeModels";

/**
 * The plain-data types of the monthly summary (月度汇总: 进度通报, 排名, 加减分汇总, 预警, 迟报) and of
 * the readers of the three side sheets (加减分规则, 加减分登记, 报送登记). Figures are plain numbers,
 * converted once from `Dec`; null = not applicable or unknown.
 */

/** The summary's diagnostics are the table reader's: one catalogue of codes for every reader. */
export type SummaryDiagnosticCode = DiagnosticCode;

/** 诊断: a finding of any reader or of the summary, naming sheet and cell. */
export type SummaryDiagnostic = Diagnostic;

/** 报送登记: one registered report of a unit's monthly figures. */
export interface ReportEntry {
  readonly unit: string;
  /** The data month reported (7 for the July figures, sent in August). */
  readonly month: number;
  /** The year of the data month when the 月份 cell names one ("2016年7月"), else null. */
  readonly year: number | null;
  /**
   * 报送日期 as an ISO date "2016-08-16"; "--08-16" when the cell names no year ("8月16日");
   * null when the date cell is blank (registered, not yet reported).
   */
  readonly reportedOn: string | null;
  /** Where it was read: "报送登记!A5". */
  readonly source: string;
}

/** 迟报: a report sent after the due date, or missing (未报送: `reportedOn` null). */
export interface LateReport {
  readonly unit: string;
  /** The data month. */
  readonly month: number;
  /** ISO date "2016-08-15"; "--08-15" when the year is unknown. */
  readonly dueDate: string;
  /** ISO date of the (first) report; null when missing. */
  readonly reportedOn: string | null;
  /** Days after the due date; null when missing. */
  readonly daysLate: number | null;
}

/** Settings of {@link buildMonthlySummary}. */
export interface SummarySettings {
  /** The data month 1…periods (7 = figures to the end of July). */
  readonly month: number;
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
  /** Pace method; undefined = per indicator (checkpoints before year end → checkpoint, else linear). */
  readonly method?: PaceMethod;
  /** Warning band as a fraction, 0.05 (5 percentage points) by default. */
  readonly band?: number;
  /** Ties in the ranking: competition 1,1,3 (default) or dense 1,1,2. */
  readonly ties?: TiesMethod;
  /** The table's sheet; default: the first sheet with a table header. */
  readonly sheet?: string;
  /** County name for the titles; default: from the title row above the table. */
  readonly county?: string;
  /** Year for the titles and due dates; default: a 20xx in the title or sheet names. */
  readonly year?: number;
  /** Cap of all county bonus together (seed 003: 3); null = none. Default 3. */
  readonly bonusCap?: number | null;
  /** Multiplier of city-assessment points (seeds 001/002: 双倍). Default 2. */
  readonly cityMultiplier?: number;
  /** Day of the next month by which a month's figures are due (seed 001: 15). Default 15. */
  readonly dueDay?: number;
  /** Last month's ranking; default: the ranking computed at month − 1 from the same workbook. */
  readonly previousRanking?: readonly { readonly unit: string; readonly rank: number }[];
  /** The clerk's column roles (列角色更正) for the table's header; see `ReadTableOptions.columns`. */
  readonly columns?: readonly ColumnOverride[];
  /** 后N位: how many of the city's last ranks count as low (seed 000: 后三位). Default 3. */
  readonly bottomCount?: number;
  /** 排名依据: average pace gap (default), average completion rate, or composite score. */
  readonly rankingMeasure?: RankingMeasure;
  /** 超序时进度加分: points per indicator ahead of pace in the month (seed 000). Default 0.5. */
  readonly paceBonusPoints?: number;
  /** 未达序时进度且排名靠后扣分: points per indicator (seed 000), as a positive number. Default 0.5. */
  readonly paceDeductionPoints?: number;
  /** 迟报扣分: points per late report (seed 001), as a positive number. Default 0.5. */
  readonly latePoints?: number;
  /** 约谈: periods running in the low ranks that put a unit on the interview list. Default 2. */
  readonly interviewRuns?: number;
  /** The county's group in the city's ranking (山区县); default null: read from the 全市排名 sheet. */
  readonly groupName?: string | null;
  /** 预警通知: number prefix, first number, issuing office and date, reply date. */
  readonly notices?: NoticeSettings;
}

/**
 * 排名依据: `paceGap` the average pace gap (进度差), `completion` the average completion rate
 * (完成率), `composite` the mean of both (进度差 + 完成率) / 2, one figure that rewards both.
 */
export type RankingMeasure = "paceGap" | "completion" | "composite";

/** 进度通报 line: one indicator and measure in the month. */
export interface IndicatorSummary {
  readonly name: string;
  /** 口径 as the table writes it: 绝对量 / 增幅. */
  readonly measure: string;
  /** 单位: 万元, 亿元, %, 套 … */
  readonly measureUnit: string;
  readonly direction: Direction;
  /** 年度目标 (全年); for growth the year's rate, for a ceiling the year-end ceiling. */
  readonly annualTarget: number | null;
  /** 序时目标 P(m); for growth the rate in force, for a ceiling the ceiling in force. */
  readonly paceTarget: number | null;
  /** 累计完成 at the month; null = 未报送. */
  readonly actual: number | null;
  /** 完成率 as a fraction. */
  readonly completion: number | null;
  /** 进度差 as a fraction of the annual target (−0.05 = 5 percentage points behind). */
  readonly paceGap: number | null;
  /** 欠账 P − A (for a ceiling A − ceiling: positive = over the limit). */
  readonly arrears: number | null;
  /** 新欠账 this month. */
  readonly newArrears: number | null;
  /** 后N个月月均任务. */
  readonly remainingMonthly: number | null;
  /** 当月完成 A(m) − A(m−1) of an absolute, higher-is-better indicator; null otherwise. */
  readonly monthly: number | null;
  /** 较上月: this month's figure minus last month's (seed 004: −11183); null when not known. */
  readonly monthOverMonth: number | null;
  /** 增减%: that change / |last month's figure| as a fraction (−0.69); null when not known. */
  readonly monthOverMonthRatio: number | null;
  /** 上年同期 of the month, as given; null when not. */
  readonly lastYear: number | null;
  /** 绝对量欠账 of a growth rate: 上年同期 × (target rate − actual rate) / 100; null without 上年同期. */
  readonly growthShortfall: number | null;
  /** The unit of 上年同期 and of the shortfall (亿元); "" when not known. */
  readonly growthShortfallUnit: string;
  readonly status: Status;
  /** Status at month − 1; null in month 1. */
  readonly previousStatus: Status | null;
  /** 牵头单位. */
  readonly leadUnit: string;
  /** 责任单位: lead first, then cooperating units. */
  readonly units: readonly string[];
  /** 包抓领导. */
  readonly leader: string;
  /** 责任人 (the lead unit's). */
  readonly person: string;
  /** Where it was read: "分解表!A5". */
  readonly source: string;
  /** 1-based first row in the table. */
  readonly row: number;
  /** 区块行: the 1-based rows of the table sheet it was read from (first row and checkpoint rows). */
  readonly rows: readonly number[];
}

/** 排名 line: one lead unit (牵头单位). */
export interface RankingItem {
  readonly unit: string;
  /** 名次, 1 = best; null when the unit leads no reported absolute indicator. */
  readonly rank: number | null;
  /** 平均进度差 (fraction) of the reported absolute indicators it leads; null when none. */
  readonly averagePaceGap: number | null;
  /** 平均完成率 (fraction) of those indicators; null when none has one. */
  readonly averageCompletion: number | null;
  /** The figure ranked on (`SummarySettings.rankingMeasure`): the average gap, completion or composite. */
  readonly score: number | null;
  /** Reported absolute indicators in the average. */
  readonly indicators: number;
  /** Of those, seriously lagging (严重滞后). */
  readonly serious: number;
  /** Of those, lagging (滞后). */
  readonly lagging: number;
  /** 后三位. */
  readonly bottom: boolean;
  /** 上月名次. */
  readonly previousRank: number | null;
  /** 进退位: previous rank − rank (positive = moved up). */
  readonly change: number | null;
}

/** 等次影响 (seed 002): 直接评为优秀, or 不得评为良好以上 (at most 一般). */
export type AdjustmentGrade = "excellent" | "at_most_fair";

/** 加减分汇总 line: one unit. */
export interface AdjustmentSummary {
  readonly unit: string;
  /** 加分 with all caps applied (county, capped, + city × multiplier). */
  readonly bonus: number;
  /** 减分 (negative). */
  readonly deduction: number;
  /** 净分 = bonus + deduction. */
  readonly net: number;
  /** 市考加分 before doubling. */
  readonly cityBonus: number;
  /** 市考减分 (negative) before doubling. */
  readonly cityDeduction: number;
  /** Per rule: events counted and points after the rule's own cap (city points multiplied). */
  readonly byRule: readonly {
    readonly code: string;
    readonly count: number;
    readonly points: number;
  }[];
  /** excellent: 市考加分 ≥ 3; at_most_fair: |市考减分| ≥ 1 (this one wins); else null. */
  readonly grade: AdjustmentGrade | null;
  /** 说明: the reasons of the summary's own points (序时加分, 序时扣分, 迟报扣分), in order. */
  readonly reasons: readonly string[];
}

/** 预警提示单 (notice) or 督办单 (supervision order) for one indicator. */
export interface WarningNotice {
  readonly kind: "notice" | "supervision";
  readonly indicator: string;
  /** 口径 label. */
  readonly measure: string;
  /** 单位 of the figures. */
  readonly measureUnit: string;
  readonly leadUnit: string;
  readonly cooperatingUnits: readonly string[];
  readonly leader: string;
  readonly person: string;
  /** 年度目标. */
  readonly target: number | null;
  readonly paceTarget: number | null;
  readonly actual: number | null;
  readonly paceGap: number | null;
  readonly arrears: number | null;
  readonly remainingMonthly: number | null;
  readonly month: number;
  /** zh-CN: "截至7月累计完成6500万元，落后序时进度8.8个百分点，欠账1200万元". */
  readonly reason: string;
}

/** 约谈 period: one month of the run that puts a unit on the interview list. */
export interface InterviewPeriod {
  readonly month: number;
  /** 名次: the county's city rank (basis city) or the unit's rank in the county (basis county). */
  readonly rank: number | null;
  /** Ranked in all: the city's counties, or the county's units; null when not known. */
  readonly count: number | null;
  /** The rank as the clerk reads it: "全市排名第10/11", "本县排名第8/9". */
  readonly rankText: string;
  /** 进度差 (fraction; the average gap for basis county); null when not known. */
  readonly paceGap: number | null;
  /** The indicator's status (basis city); null when not known or for basis county. */
  readonly status: Status | null;
  /** 扣分: deducted in that month by the pace rule. */
  readonly deducted: boolean;
}

/**
 * 约谈名单 line (seed 000: 连续两次出现排名靠后的，提请县委、政府对指标责任人进行约谈): a unit whose
 * indicator was low in the city's ranks (basis city), or which was in the county's own bottom ranks
 * when no city ranks are given (basis county), for `interviewRuns` periods running up to this month.
 */
export interface InterviewItem {
  readonly basis: "city" | "county";
  /** 责任单位 (the indicator's lead unit). */
  readonly unit: string;
  /** 指标; "" for basis county. */
  readonly indicator: string;
  /** 口径 label; "" for basis county. */
  readonly measure: string;
  /** 包抓领导. */
  readonly leader: string;
  /** 责任人. */
  readonly person: string;
  /** The months of the run, oldest first; the last is the month summarised. */
  readonly periods: readonly InterviewPeriod[];
  /** zh-CN: "6月全市排名第10/11，进度差-3.2个百分点；7月全市排名第11/11，…；连续2期排名靠后，提请约谈". */
  readonly reason: string;
}

/** 月度汇总: everything the clerk circulates for one month, and the sheets to write. */
export interface MonthlySummary {
  readonly month: number;
  readonly periods: number;
  readonly county: string | null;
  readonly year: number | null;
  readonly indicators: readonly IndicatorSummary[];
  readonly ranking: readonly RankingItem[];
  readonly adjustments: readonly AdjustmentSummary[];
  readonly warnings: readonly WarningNotice[];
  /** 预警通知: one document per lead unit with warnings (the counts of 预警提示单/督办单 are these). */
  readonly notices: readonly Notice[];
  readonly late: readonly LateReport[];
  /** 约谈名单: for the notices to build on. */
  readonly interviews: readonly InterviewItem[];
  readonly diagnostics: readonly SummaryDiagnostic[];
  readonly sheets: readonly SheetSpec[];
  /** The run the summary was made for: month, year, county and the run key of its sheets. */
  readonly run: SummaryRun;
}
