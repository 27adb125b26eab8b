import { Dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { AssessError } from "../kernel/errors";
import { Locale, formatMessage } from "../kernel/messages";
import { PaceSettings, Status } from "../kernel/types";
import { IndicatorResult, assessIndicator } from "../status/assessIndicator";
import { statusLabel } from "../status/statusLabel";
import { IndicatorRecord } from "../table/tableModel";
import { actualAt } from "./actualAt";
import { indicatorInputAt } from "./indicatorInputAt";
import { monthPace } from "./monthPace";
import { unjudgedStatus } from "./unjudgedStatus";

/**
 * One indicator assessed this month; `result` null when it could not be assessed (目标缺失或为零,
 * or 未报送 when nothing was assessed and no actual stands).
 */
export interface AssessedIndicator {
  readonly result: IndicatorResult | null;
  readonly status: Status;
}

/** An indicator's status and pace gap last month: all the summary uses of month − 1. */
export interface LastMonthPace {
  readonly status: Status;
  readonly paceGap: Dec | null;
}

/** What {@link assessIndicators} finds, per record in the table's order. */
export interface AssessedIndicators {
  readonly current: readonly AssessedIndicator[];
  /** Null in month 1. */
  readonly previous: readonly LastMonthPace[] | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Pace settings and the data month. */
export interface AssessSettings extends PaceSettings {
  readonly month: number;
}

/** The failure as a finding about the data; anything but an `AssessError` is a bug and is thrown. */
function reasonOf(error: unknown): (locale: Locale) => string {
  if (!(error instanceof AssessError)) {
    throw error;
  }
  return (locale) => formatMessage(locale, error.key, error.params);
}

/** The message parameters naming a record. */
function named(record: IndicatorRecord): Record<string, string> {
  return {
    name: record.name,
    measure: record.measureLabel,
    measureEn: record.measure === "growth" ? "growth rate" : "absolute value",
  };
}

/**
 * The status of a record whose assessment failed: 未报送 only when no actual stands; else
 * 实际值无法识别 when the failure is about an actual, 目标缺失或为零 when it is about the targets.
 */
function failedStatus(record: IndicatorRecord, month: number, error: unknown): Status {
  if (actualAt(record, month) === null) {
    return "not_reported";
  }
  const name = error instanceof AssessError ? error.params.name : undefined;
  return name === "actual" || name === "previousActual" ? "actual_unreadable" : "target_missing";
}

/** The status a failure counts as, for its message. */
function statusWords(status: Status): Record<string, string> {
  return { status: statusLabel(status, "zh-CN"), statusEn: statusLabel(status, "en-US") };
}

/** The cell of a record's source ("分解表!A9" → "A9"). */
function sourceCell(record: IndicatorRecord): string {
  return record.source.includes("!") ? record.source.slice(record.source.lastIndexOf("!") + 1) : "";
}

/**
 * 指标评估 (every indicator, this month and last): each record of the table `sheet` assessed at the
 * data month (`assessIndicator`: pace target, completion, pace gap, arrears …) and, after month 1,
 * its status and pace gap at month − 1 (`paceStatus`). A record whose annual target is missing or an
 * unusable 0 is 目标缺失或为零 and one whose actual cell could not be read 实际值无法识别 (see
 * `unjudgedStatus`; the reader named the cell), never 未报送: 未报送 means no actual. An indicator
 * whose assessment fails otherwise is 未报送 only without an actual (else 实际值无法识别 or 目标缺失或为零,
 * as the failure is about the actual or the targets) and says why: this month's failure names the record's cell (`missing_target` without
 * any target, else `invalid_value`); last month's (`previous_month_failed`) names last month's
 * actual cell and the month, unless it is this month's failure again. Only an `AssessError` is a
 * finding: any other error is a bug and is thrown.
 */
export function assessIndicators(
  records: readonly IndicatorRecord[],
  sheet: string,
  settings: AssessSettings
): AssessedIndicators {
  const { month, periods, band, method } = settings;
  const pace: PaceSettings = method === undefined ? { periods, band } : { periods, band, method };
  const diagnostics: Diagnostic[] = [];
  // Last month's findings come after all of this month's, as before; each record is assessed in
  // both months in turn, while its figures are fresh in `dec`'s cache of conversions.
  const previousDiagnostics: Diagnostic[] = [];
  const current: AssessedIndicator[] = [];
  const previous: LastMonthPace[] = [];
  for (const record of records) {
    const { assessed, failure } = assessCurrent(record, sheet, month, pace, diagnostics);
    current.push(assessed);
    if (month > 1) {
      previous.push(assessPrevious(record, sheet, month - 1, pace, failure, previousDiagnostics));
    }
  }
  if (month === 1) {
    return { current, previous: null, diagnostics };
  }
  diagnostics.push(...previousDiagnostics);
  return { current, previous, diagnostics };
}

/**
 * One record at the data month, its failure noted (`summaryIndicatorFailed`); `failure` is the
 * reason in zh-CN, null when it was assessed (or has no target to assess against).
 */
function assessCurrent(
  record: IndicatorRecord,
  sheet: string,
  month: number,
  pace: PaceSettings,
  diagnostics: Diagnostic[]
): { readonly assessed: AssessedIndicator; readonly failure: string | null } {
  const unjudged = unjudgedStatus(record, month);
  if (unjudged === "target_missing") {
    return { assessed: { result: null, status: unjudged }, failure: null };
  }
  try {
    const result = assessIndicator(indicatorInputAt(record, month), pace);
    return { assessed: { result, status: unjudged ?? result.status }, failure: null };
  } catch (error) {
    const reason = reasonOf(error);
    const code =
      error instanceof AssessError && error.key === "noTargets"
        ? "missing_target"
        : "invalid_value";
    const status = failedStatus(record, month, error);
    diagnostics.push(
      diagnostic(code, "warning", sheet, sourceCell(record), "summaryIndicatorFailed", {
        ...named(record),
        reason: reason("zh-CN"),
        reasonEn: reason("en-US"),
        ...statusWords(status),
      })
    );
    return { assessed: { result: null, status }, failure: reason("zh-CN") };
  }
}

/**
 * One record's status and pace gap at `month` (the month before the data month); a failure other
 * than this month's (`failure`) is noted (`previous_month_failed`, at last month's actual cell).
 */
function assessPrevious(
  record: IndicatorRecord,
  sheet: string,
  month: number,
  pace: PaceSettings,
  failure: string | null,
  diagnostics: Diagnostic[]
): LastMonthPace {
  try {
    return monthPace(record, month, pace);
  } catch (error) {
    const reason = reasonOf(error);
    const status = failedStatus(record, month, error);
    if (reason("zh-CN") !== failure) {
      const actual = record.actuals.find((found) => found.month === month);
      diagnostics.push(
        diagnostic(
          "previous_month_failed",
          "warning",
          actual?.sheet ?? sheet,
          actual?.cell ?? sourceCell(record),
          "summaryPreviousMonthFailed",
          {
            ...named(record),
            month,
            reason: reason("zh-CN"),
            reasonEn: reason("en-US"),
            ...statusWords(status),
          }
        )
      );
    }
    return { status, paceGap: null };
  }
}
