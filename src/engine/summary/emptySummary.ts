import { Diagnostic } from "../kernel/diagnostic";
import { summaryRun } from "../workbook/summaryRun";
import { MonthlySummary } from "./summaryTypes";

/**
 * 空汇总: the summary of a month with nothing in it but the diagnostics that say why — a bad month,
 * no table, or a header with no indicator under it. No sheets: an empty table is not circulated.
 */
export function emptySummary(
  month: number,
  periods: number,
  county: string | null,
  year: number | null,
  diagnostics: readonly Diagnostic[]
): MonthlySummary {
  return {
    month,
    periods,
    county,
    year,
    indicators: [],
    ranking: [],
    adjustments: [],
    warnings: [],
    notices: [],
    late: [],
    interviews: [],
    diagnostics,
    sheets: [],
    run: summaryRun(month, year, county),
  };
}
