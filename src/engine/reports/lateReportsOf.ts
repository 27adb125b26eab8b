import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { AssessError } from "../kernel/errors";
import { GridSheet } from "../kernel/grid";
import { formatMessage } from "../kernel/messages";
import { LateReport } from "../summary/summaryTypes";
import { lateReports } from "./lateReports";
import { readReportLog } from "./readReportLog";

/** Options of {@link lateReportsOf}. */
export interface LateReportsOfOptions {
  readonly month: number;
  readonly year: number | null;
  /** Months (periods) in the year: reports are due monthly, so only 12 has a late list. */
  readonly periods: number;
  /** Day of the next month by which a month's figures are due. */
  readonly dueDay: number;
}

/** The month's late list, what became of the 报送登记, and every finding. */
export interface LateReportList {
  readonly late: readonly LateReport[];
  /**
   * `read`: listed from the register; `absent`: the workbook has none; `not_monthly`: the year does
   * not have 12 periods; `failed`: the list could not be made (a `late_reports_failed` says why).
   */
  readonly reportLog: "read" | "absent" | "not_monthly" | "failed";
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 迟报情况: the late and missing reports of `month` from a 报送登记 sheet (`readReportLog`, then
 * {@link lateReports} over the units that lead indicators, `leadUnits`, in their order; blanks and
 * repeats are passed over). With a year of other than 12 periods the register is read (its findings
 * reported) but no list is made. When `lateReports` rejects the month, year or due day the list is
 * not made and a `late_reports_failed` error names the register and the reason; any other error is
 * a bug and is thrown.
 */
export function lateReportsOf(
  reportSheet: GridSheet | undefined,
  leadUnits: readonly string[],
  options: LateReportsOfOptions
): LateReportList {
  if (reportSheet === undefined) {
    return { late: [], reportLog: "absent", diagnostics: [] };
  }
  const log = readReportLog(reportSheet);
  if (options.periods !== 12) {
    return { late: [], reportLog: "not_monthly", diagnostics: log.diagnostics };
  }
  try {
    const late = lateReports(log.reports, leadUnits, options.month, options.year, options.dueDay);
    return { late, reportLog: "read", diagnostics: log.diagnostics };
  } catch (error) {
    if (!(error instanceof AssessError)) {
      throw error;
    }
    const failed = diagnostic(
      "late_reports_failed",
      "error",
      String(reportSheet.name ?? ""),
      "",
      "summaryLateReportsFailed",
      {
        month: options.month,
        reason: formatMessage("zh-CN", error.key, error.params),
        reasonEn: formatMessage("en-US", error.key, error.params),
      }
    );
    return { late: [], reportLog: "failed", diagnostics: [...log.diagnostics, failed] };
  }
}
