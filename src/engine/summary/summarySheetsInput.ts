import { Dec } from "../kernel/decimal";
import { PaceMethod, TiesMethod } from "../kernel/types";
import { Notice } from "../notices/noticeModels";
import {
  AdjustmentSummary,
  IndicatorSummary,
  InterviewItem,
  LateReport,
  RankingItem,
  RankingMeasure,
  WarningNotice,
} from "./summaryTypes";

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
  /**
   * What became of the 报送登记 sheet: read (the late list made), absent, in a year of other than
   * 12 periods, or failed (the list could not be made; a diagnostic says why).
   */
  readonly reportLog: "read" | "absent" | "not_monthly" | "failed";
  /** Where last month's ranks came from. */
  readonly previousRanking: "settings" | "computed" | "none";
  readonly indicators: readonly IndicatorSummary[];
  /** Per indicator, the exact pace gap (fraction). */
  readonly indicatorGaps: readonly (Dec | null)[];
  /**
   * An exact gap in percentage points (`inPoints`), when the caller remembers them for the sheets
   * and notices of one summary (`pointsMemo`); absent = `inPoints`.
   */
  readonly pointsOf?: (gap: Dec | null) => number | null;
  readonly ranking: readonly RankingItem[];
  /** Per ranking item, the exact average pace gap (fraction). */
  readonly rankingGaps: readonly (Dec | null)[];
  /** Per ranking item, the exact figure ranked on. */
  readonly rankingScores: readonly (Dec | null)[];
  readonly rankingMeasure: RankingMeasure;
  /** 后N位. */
  readonly bottomCount: number;
  /** Whether the 全市排名 sheet was read (the pace deduction and 约谈 by city ranks) or absent. */
  readonly cityRanks: "read" | "absent";
  /** Points of the monthly rules, positive: 序时加分, 序时扣分, 迟报扣分 (each). */
  readonly paceBonusPoints: number;
  readonly paceDeductionPoints: number;
  readonly latePoints: number;
  /** 约谈: periods running. */
  readonly interviewRuns: number;
  /** 约谈名单. */
  readonly interviews: readonly InterviewItem[];

  readonly adjustments: readonly AdjustmentSummary[];
  /** The rule codes that occur, in the order of the rules table. */
  readonly ruleCodes: readonly string[];
  readonly warnings: readonly WarningNotice[];
  /** Per warning, the exact pace gap (fraction). */
  readonly warningGaps: readonly (Dec | null)[];
  readonly late: readonly LateReport[];
  /** 预警通知, one per lead unit; absent = no 预警通知 sheet. */
  readonly notices?: readonly Notice[];
  /** 发文单位 and date (ISO) of the line under each sheet; absent = no such line. */
  readonly issuer?: string;
  readonly issuedOn?: string;
}
