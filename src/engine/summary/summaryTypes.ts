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
  /** 预警通知: number prefix, first number, issuing office and date, reply date. */
  readonly notices?: NoticeSettings;
}

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
  readonly diagnostics: readonly SummaryDiagnostic[];
  readonly sheets: readonly SheetSpec[];
  /** The run the summary was made for: month, year, county and the run key of its sheets. */
  readonly run: SummaryRun;
}
