/**
 * The ASSESS engine: pure, exact-decimal calculations of target-responsibility assessment
 * (目标责任考核). Nothing here touches Office, Excel, React, the DOM or the file system.
 */
export { Dec, dec, toNumber, type Figure } from "./decimal";
export { AssessError, assert, type ErrorKind } from "./errors";
export { formatMessage, type Locale, type MessageKey } from "./messages";
export type * from "./types";

// Pace (时序进度)
export { normalizeText } from "./normalizeText";
export { parseCheckpoint } from "./parseCheckpoint";
export { parseDirection } from "./parseDirection";
export { checkMonth } from "./checkMonth";
export { timePace } from "./timePace";
export { sortCheckpoints } from "./sortCheckpoints";
export { paceTarget, type PaceTargetOptions } from "./paceTarget";
export { paceGap } from "./paceGap";
export { arrears } from "./arrears";
export { newArrears } from "./newArrears";
export { remainingMonthly } from "./remainingMonthly";
export { completion } from "./completion";
export { ceilingMargin } from "./ceilingMargin";
export { growthGap } from "./growthGap";
export { growthShortfall } from "./growthShortfall";
export { monthOverMonth } from "./monthOverMonth";
export { statusOf } from "./statusOf";
export { statusLabel } from "./statusLabel";
export { assessIndicator, type IndicatorInput, type IndicatorResult } from "./assessIndicator";
export { paceStatus, type PaceStatus } from "./paceStatus";

// Ranking and scores (排名、计分)
export { rankValues, type RankOptions } from "./rankValues";
export { rank } from "./rank";
export { rankFlags, type RankFlag } from "./rankFlags";
export { rankChange } from "./rankChange";
export { completionScore, type CompletionScoreOptions } from "./completionScore";
export { compositeScore, type CompositePart } from "./compositeScore";
export { adjustmentTotals, type AdjustmentEntry, type AdjustmentTotals } from "./adjustmentTotals";
export { proportionalPoints } from "./proportionalPoints";
export {
  unitAdjustments,
  type RuleAdjustment,
  type UnitAdjustment,
  type AdjustmentProblem,
  type UnitAdjustmentsOptions,
  type UnitAdjustmentsResult,
} from "./unitAdjustments";
export { grade, defaultGradeThresholds, type GradeOptions, type GradeThresholds } from "./grade";
export { gradeLabel } from "./gradeLabel";
export { rankScore } from "./rankScore";
export { efficacyScore } from "./efficacyScore";

// Reading the clerk's tables (读表)
export type { CellValue, MergedArea, GridSheet } from "./grid";
export type {
  DiagnosticCode,
  Diagnostic,
  ColumnRole,
  ColumnMapping,
  ColumnOverride,
  CheckpointRecord,
  ActualRecord,
  IndicatorRecord,
  TableModel,
  HeaderMatch,
} from "./tableModel";
export { readTable, type ReadTableOptions, type ReadTableResult } from "./readTable";
export { joinActuals } from "./joinActuals";
export { findHeader } from "./findHeader";
export { cellAddress } from "./cellAddress";
export { toSimplified } from "./toSimplified";
export { readRules } from "./readRules";
export { defaultRules } from "./defaultRules";
export { readEvents, type EventCells, type ReadEventsResult } from "./readEvents";
export { readReportLog } from "./readReportLog";
export { lateReports } from "./lateReports";

// The monthly summary (月度通报)
export { buildMonthlySummary } from "./buildMonthlySummary";
export type * from "./summaryTypes";
export { runOf } from "./runOf";
export { STATUS_FILLS } from "./statusFills";
export * from "./sheetSpec";
export { subtitleRowHeight } from "./subtitleRowHeight";
export { uniqueSheetName, maxSheetNameLength } from "./uniqueSheetName";
