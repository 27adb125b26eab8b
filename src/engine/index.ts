/**
 * The ASSESS engine: pure, exact-decimal calculations of target-responsibility assessment
 * (目标责任考核). Nothing here touches Office, Excel, React, the DOM or the file system.
 *
 * This index is the one way in: code outside `src/engine/` imports only from here. It is grouped
 * as the folders are, one folder per domain rule.
 */

// The kernel: exact decimals, errors and messages, diagnostics, grids, text, cell addresses, dates, months
export { cellAddress } from "./kernel/cellAddress";
export { cellText } from "./kernel/cellText";
export { checkMonth } from "./kernel/checkMonth";
export { Dec, dec, toNumber, type Figure } from "./kernel/decimal";
export {
  diagnostic,
  formatDiagnostic,
  type DiagnosticCode,
  type Diagnostic,
} from "./kernel/diagnostic";
export { AssessError, assert, type ErrorKind } from "./kernel/errors";
export { excelSerialDate, maxDateSerial, type SerialDate } from "./kernel/excelSerialDate";
export type { CellValue, MergedArea, GridSheet } from "./kernel/grid";
export { finiteNumber } from "./kernel/finiteNumber";
export { isAfterMonth } from "./kernel/isAfterMonth";
export { isValidMonth, isValidPeriods } from "./kernel/isValidMonth";
export { formatMessage, fillTemplate, type Locale, type MessageKey } from "./kernel/messages";
export { normalizeText } from "./kernel/normalizeText";
export { quotient } from "./kernel/quotient";
export { readDate } from "./kernel/readDate";
export { sheetReference } from "./kernel/sheetReference";
export { toSimplified } from "./kernel/toSimplified";
export type { Direction, Measure, Status, PaceMethod, TiesMethod, RankOrder } from "./kernel/types";
export type { Sharing, Grade, CheckpointTarget, PaceSettings, RuleKind } from "./kernel/types";
export type { AdjustmentRule, AdjustmentEvent } from "./kernel/types";

// Pace (时序进度): checkpoints, pace targets, pace gap, completion, ceilings, growth
export { ceilingMargin } from "./pace/ceilingMargin";
export { completion } from "./pace/completion";
export { growthGap } from "./pace/growthGap";
export { growthShortfall } from "./pace/growthShortfall";
export { monthOverMonth } from "./pace/monthOverMonth";
export { monthlyChange, type MonthlyChange } from "./pace/monthlyChange";
export { paceGap } from "./pace/paceGap";
export { paceTarget, type PaceTargetOptions } from "./pace/paceTarget";
export { parseCheckpoint } from "./pace/parseCheckpoint";
export { sortCheckpoints } from "./pace/sortCheckpoints";
export { timePace } from "./pace/timePace";

// Arrears (欠账): arrears, new arrears, remaining monthly task
export { arrears } from "./arrears/arrears";
export { newArrears } from "./arrears/newArrears";
export { remainingMonthly } from "./arrears/remainingMonthly";

// Status (状态): one indicator assessed in one month
export { assessIndicator, type IndicatorResult } from "./status/assessIndicator";
export type { IndicatorInput } from "./status/indicatorInput";
export { isSuspectMagnitude } from "./status/isSuspectMagnitude";
export { paceStatus, type PaceStatus } from "./status/paceStatus";
export { STATUS_FILLS } from "./status/statusFills";
export { statusLabel } from "./status/statusLabel";
export { statusOf } from "./status/statusOf";

// Warnings (预警提示单/督办单)
export { buildWarnings, type WarningCandidate, type BuiltWarnings } from "./warnings/buildWarnings";
export { warningReason, type WarningFacts } from "./warnings/warningReason";

// The Word bulletin (月度进度通报): its sentences and content
export { bulletinDocument } from "./bulletin/bulletinDocument";
export type { BulletinDocument, DocumentTable } from "./bulletin/bulletinModels";

// Notices (预警通知): one 预警提示单 or 督办单 per lead unit, and their sheet
export { chineseDate } from "./notices/chineseDate";
export type { Notice, NoticeSettings } from "./notices/noticeModels";
export { noticesSheet } from "./notices/noticesSheet";

// Ranking (排名)
export { rank } from "./ranking/rank";
export { rankCounties, type CountyFigures, type CountyRank } from "./city/rankCounties";
export { readCountyGroups } from "./city/readCountyGroups";
export { cityLowRank, type CityLowRank } from "./ranking/cityLowRank";
export { cityRanksFor, type RankedRecord, type RecordCityRanks } from "./ranking/cityRanksFor";
export {
  interviewList,
  type InterviewCandidate,
  type InterviewCandidatePeriod,
} from "./ranking/interviewList";
export { readCityRanks, type CityRank, type CityRanks } from "./ranking/readCityRanks";
export { rankChange } from "./ranking/rankChange";
export {
  rankDepartments,
  type DepartmentIndicator,
  type DepartmentRank,
} from "./ranking/rankDepartments";
export { rankFlags, type RankFlag } from "./ranking/rankFlags";
export { rankUnits, type RankUnitsOptions, type RankedUnits } from "./ranking/rankUnits";
export { rankValues, type RankOptions } from "./ranking/rankValues";

// Scores (计分)
export { completionScore, type CompletionScoreOptions } from "./scores/completionScore";
export { compositeScore, type CompositePart } from "./scores/compositeScore";
export { efficacyScore } from "./scores/efficacyScore";
export { rankScore } from "./scores/rankScore";

// Bonus and deduction points (加减分)
export {
  adjustmentTotals,
  type AdjustmentEntry,
  type AdjustmentTotals,
} from "./adjustments/adjustmentTotals";
export {
  adjustUnits,
  type AdjustUnitsOptions,
  type AdjustedUnits,
} from "./adjustments/adjustUnits";
export { defaultRules } from "./adjustments/defaultRules";
export {
  pacePoints,
  paceBonusCode,
  paceDeductionCode,
  type PaceCandidate,
  type PacePointsOptions,
  type PacePointsResult,
} from "./adjustments/pacePoints";
export { eventProblemCell } from "./adjustments/eventProblemCell";
export { eventsInMonth, type EventsInMonth } from "./adjustments/eventsInMonth";
export { proportionalPoints } from "./adjustments/proportionalPoints";
export { readEvents, type EventCells, type ReadEventsResult } from "./adjustments/readEvents";
export { readRules } from "./adjustments/readRules";
export { rulesOf, type RulesInForce } from "./adjustments/rulesOf";
export {
  unitAdjustments,
  type RuleAdjustment,
  type UnitAdjustment,
  type AdjustmentProblem,
  type UnitAdjustmentsOptions,
  type UnitAdjustmentsResult,
} from "./adjustments/unitAdjustments";

// Grades (等次)
export {
  defaultGradeThresholds,
  grade,
  type GradeThresholds,
  type GradeOptions,
} from "./grades/grade";
export { gradeLabel } from "./grades/gradeLabel";
export {
  cityBonusForExcellent,
  cityDeductionForAtMostFair,
  gradeOverride,
  type GradeOverride,
} from "./grades/gradeOverride";

// Reporting (报送、迟报)
export { lateReports } from "./reports/lateReports";
export { latePoints, lateCode, type LatePointsResult } from "./reports/latePoints";
export {
  lateReportsOf,
  type LateReportsOfOptions,
  type LateReportList,
} from "./reports/lateReportsOf";
export { readReportLog } from "./reports/readReportLog";
export { REPORT_COLUMNS } from "./reports/reportColumns";

// Return forms (报送表): forms out to the lead units, returns collected into the ledger
export { applyCollectPlan } from "./returns/applyCollectPlan";
export { cellHolds } from "./returns/cellHolds";
export { returnFormFileName } from "./returns/returnFormFileName";
export { dueDateText } from "./returns/dueDateText";
export { collectChanges } from "./returns/collectChanges";
export { plannedWrites, type PlannedWrites } from "./returns/plannedWrites";
export { localIsoDay } from "./kernel/localIsoDay";
export { longFormRows, type LongFormRows, type NewRowCell } from "./returns/longFormRows";
export { longFormSheet, type LongFormSheet } from "./returns/longFormSheet";
export type {
  CollectPlan,
  FigureWrite,
  PlannedCell,
  RegisterEntry,
  RegisteredBefore,
  ReturnedFile,
  UnchangedFigure,
} from "./returns/collectPlan";
export {
  collectReturns,
  type CollectDiagnostic,
  type CollectOptions,
  type CollectResult,
} from "./returns/collectReturns";
export { indicatorChecksum, type ChecksumItem } from "./returns/indicatorChecksum";
export { monthCells, type LedgerCell, type MonthCells } from "./returns/monthCells";
export { readLedger, type Ledger, type LedgerOptions } from "./returns/readLedger";
export { readReturn } from "./returns/readReturn";
export { registerPlan, type Arrival } from "./returns/registerPlan";
export { returnDueDate } from "./returns/returnDueDate";
export type {
  ReturnForm,
  ReturnFormIndicator,
  ReturnFormInput,
  ReturnFormSheet,
  ReturnIdentity,
  ReturnRead,
  ReturnedFigure,
} from "./returns/returnForm";
export { RETURN_FORM_LAYOUT } from "./returns/returnFormLayout";
export { returnForms, type ReturnFormsOptions } from "./returns/returnForms";
export { returnFormSheet } from "./returns/returnFormSheet";

// Reading the clerk's tables (读表)
export { actualMonths, type ActualMonth } from "./table/actualMonths";
export { classifyHeader, type HeaderClass } from "./table/classifyHeader";
export { columnLetters } from "./table/columnLetters";
export { findHeader, type FindHeaderOptions } from "./table/findHeader";
export { findSideHeader, type SideHeader } from "./table/findSideHeader";
export { isPercentUnit } from "./table/isPercentUnit";
export { joinActuals, type JoinActualsOptions } from "./table/joinActuals";
export { MEASURE_LABELS } from "./table/measureLabels";
export { mergeIndex, type MergeIndex } from "./table/mergeIndex";
export { overrideColumns } from "./table/overrideColumns";
export { parseDirection } from "./table/parseDirection";
export { parseMeasure } from "./table/parseMeasure";
export { readFigure, type FigureReading } from "./table/readFigure";
export { readTable, type ReadTableOptions, type ReadTableResult } from "./table/readTable";
export { readTableRows } from "./table/readTableRows";
export { readTitle } from "./table/readTitle";
export {
  responsiblePeople,
  type PeopleCells,
  type ResponsiblePeople,
} from "./table/responsiblePeople";
export { splitResponsible, type ResponsibleEntry } from "./table/splitResponsible";
export type {
  ColumnRole,
  ColumnMapping,
  CheckpointRecord,
  ActualRecord,
  IndicatorRecord,
  TableModel,
  HeaderMatch,
  ColumnOverride,
} from "./table/tableModel";

// The monthly summary (月度通报)
export { actualAt } from "./summary/actualAt";
export {
  assessIndicators,
  type AssessedIndicator,
  type AssessedIndicators,
  type AssessSettings,
  type LastMonthPace,
} from "./summary/assessIndicators";
export { buildMonthlySummary } from "./summary/buildMonthlySummary";
export { emptySummary } from "./summary/emptySummary";
export { findSideSheets, type SideSheets } from "./summary/findSideSheets";
export { indicatorChanges, type IndicatorChange } from "./summary/indicatorChanges";
export { indicatorInputAt } from "./summary/indicatorInputAt";
export { monthlyRules, type MonthlyRules, type MonthlyRulesInput } from "./summary/monthlyRules";
export { pacesAt } from "./summary/pacesAt";
export { readSummaryTable, type SummaryTable } from "./summary/readSummaryTable";
export {
  resolveSettings,
  type ResolvedSettings,
  type ResolvedSettingsResult,
} from "./summary/resolveSettings";
export { summarizeIndicators } from "./summary/summarizeIndicators";
export { summarySheets } from "./summary/summarySheets";
export type { SummarySheetsInput } from "./summary/summarySheetsInput";
export { summaryTitle } from "./summary/summaryTitle";
export { adjustmentsSheet } from "./summary/sheets/adjustmentsSheet";
export { bandPoints } from "./summary/sheets/bandPoints";
export { bulletinSheet } from "./summary/sheets/bulletinSheet";
export { inPoints } from "./summary/sheets/inPoints";
export { lateSheet } from "./summary/sheets/lateSheet";
export { numberFormats } from "./summary/sheets/numberFormats";
export { rankingSheet } from "./summary/sheets/rankingSheet";
export { remainingHeader } from "./summary/sheets/remainingHeader";
export { sheetColors } from "./summary/sheets/sheetColors";
export { sheetColumn } from "./summary/sheets/sheetColumn";
export { summarySheet, type SummarySheetContent } from "./summary/sheets/summarySheet";
export { titlePrefix } from "./summary/sheets/titlePrefix";
export { warningsSheet } from "./summary/sheets/warningsSheet";
export type { SummaryDiagnosticCode, SummaryDiagnostic, ReportEntry } from "./summary/summaryTypes";
export type { LateReport, SummarySettings, IndicatorSummary } from "./summary/summaryTypes";
export type { RankingItem, AdjustmentGrade, AdjustmentSummary } from "./summary/summaryTypes";
export type { WarningNotice, InterviewItem, InterviewPeriod } from "./summary/summaryTypes";
export type { RankingMeasure, MonthlySummary } from "./summary/summaryTypes";

// The workbook plan (what the add-in owns and writes: sheet specs, run markers, sheet names)
export { findMarkers, type FoundMarker, type NameRead } from "./workbook/findMarkers";
export { newSheetNames, type NewSheetNames } from "./workbook/newSheetNames";
export { ownedSheets, type OwnedSheet } from "./workbook/ownedSheets";
export {
  planSummaryWrite,
  type PlannedSheet,
  type SummaryWritePlan,
} from "./workbook/planSummaryWrite";
export {
  runMarkerPrefix,
  runKeyOf,
  runMarkerName,
  parseRunMarker,
  isRunMarker,
  markerOfRun,
  sheetOfReference,
  markerRange,
  type RunMarker,
} from "./workbook/runMarker";
export { runOf } from "./workbook/runOf";
export { sameSheetName } from "./workbook/sameSheetName";
export { summaryRun, type SummaryRun } from "./workbook/summaryRun";
export {
  headerRowCount,
  type SheetColumn,
  type CellStyle,
  type SheetKind,
  type ChartSpec,
  type PrintSetup,
  type SheetSpec,
  type TextRow,
  type LegendItem,
} from "./workbook/sheetSpec";
export { textLines } from "./workbook/textLines";
export { wrappedRowHeight } from "./workbook/wrappedRowHeight";
export { sheetNameKey } from "./workbook/sheetNameKey";
export { legendLabel } from "./workbook/legendLabel";
export { subtitlePoints, subtitleRowHeight } from "./workbook/subtitleRowHeight";
export { maxSheetNameLength, uniqueSheetName } from "./workbook/uniqueSheetName";

// Settings (设置): the 设置 sheet the add-in creates and reads, one definition per setting
export {
  readSettingsSheet,
  settingKey,
  settingsSheetName,
  type SettingEntry,
  type SettingsSheet,
} from "./settings/readSettingsSheet";
export { settingValue, type SettingDefinition, type SettingRead } from "./settings/settingValue";
export { isSettingsSheetName } from "./settings/isSettingsSheetName";
export {
  monthlyDefinitions,
  type MonthlyDefinition,
  type MonthlySettingName,
  type MonthlyValue,
} from "./settings/monthlyDefinitions";
export { monthlySettingCells } from "./settings/monthlySettingCells";
export { monthlySettingsOf, type MonthlySettingsRead } from "./settings/monthlySettingsOf";
export { savedMonthlySettings } from "./settings/savedMonthlySettings";
export { settingsInForce } from "./settings/settingsInForce";
export { settingsNote } from "./settings/settingsNote";
export {
  planSettingsSheet,
  type SettingsSheetPlan,
  type SettingsWrite,
} from "./workbook/planSettingsSheet";

// The year-end assessment (年度考核): the scores sheet, its settings, composite, veto, grades, one sheet
export { buildYearEnd } from "./yearEnd/buildYearEnd";
export { partLabels } from "./yearEnd/partLabels";
export { partScore, type PartScoreSettings } from "./yearEnd/partScore";
export { processPart } from "./yearEnd/processPart";
export { processScore, type PlacedReading } from "./yearEnd/processScore";
export {
  readProcessSheet,
  type ProcessEntries,
  type ProcessSheet,
} from "./yearEnd/readProcessSheet";
export { readScoresSheet, SCORE_COLUMNS, type ScoresSheet } from "./yearEnd/readScoresSheet";
export { readVeto } from "./yearEnd/readVeto";
export { scoreUnit, type UnitScore } from "./yearEnd/scoreUnit";
export { shareWeights } from "./yearEnd/shareWeights";
export { tableUnits, type TableUnits } from "./yearEnd/tableUnits";
export { unitKey } from "./yearEnd/unitKey";
export { yearEndAdjustments, type AdjustmentSheets } from "./yearEnd/yearEndAdjustments";
export { yearEndDefinitions, type YearEndDefinition } from "./yearEnd/yearEndDefinitions";
export { yearEndGrade, type YearEndGradeResult } from "./yearEnd/yearEndGrade";
export { yearEndRun } from "./yearEnd/yearEndRun";
export { yearEndSettingRows, type SettingRow } from "./yearEnd/yearEndSettingRows";
export { yearEndSettings } from "./yearEnd/yearEndSettings";
export { yearEndSheet, yearEndSheetName, type YearEndSheetInput } from "./yearEnd/yearEndSheet";
export {
  OPTIONAL_PARTS,
  type YearEndPart,
  type MethodPart,
  type ScoringMethod,
  type LevelWeights,
  type YearEndWeights,
  type VetoTotal,
  type YearEndSettings,
  type ScoreRow,
  type PartReading,
  type PartNote,
  type YearEndAdjustment,
  type GradeOverrideKind,
  type YearEndUnit,
  type YearEndOptions,
  type YearEndSummary,
} from "./yearEnd/yearEndSummary";
