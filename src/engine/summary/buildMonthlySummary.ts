import { adjustUnits } from "../adjustments/adjustUnits";
import { Diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { DepartmentIndicator } from "../ranking/rankDepartments";
import { rankUnits } from "../ranking/rankUnits";
import { lateReportsOf } from "../reports/lateReportsOf";
import { IndicatorRecord } from "../table/tableModel";
import { buildNotices } from "../notices/buildNotices";
import { noticeDates } from "../notices/noticeDates";
import { buildWarnings } from "../warnings/buildWarnings";
import { summaryRun } from "../workbook/summaryRun";
import { LastMonthPace, assessIndicators } from "./assessIndicators";
import { emptySummary } from "./emptySummary";
import { findSideSheets } from "./findSideSheets";
import { readSummaryTable } from "./readSummaryTable";
import { resolveSettings } from "./resolveSettings";
import { summarizeIndicators } from "./summarizeIndicators";
import { summarySheets } from "./summarySheets";
import { summaryTitle } from "./summaryTitle";
import { MonthlySummary, SummarySettings } from "./summaryTypes";

/** The records with a month's statuses and gaps, as the ranking takes them. */
function departments(
  records: readonly IndicatorRecord[],
  paces: readonly LastMonthPace[]
): DepartmentIndicator[] {
  return records.map((record, position) => ({
    leadUnit: record.leadUnit,
    measure: record.measure,
    status: paces[position].status,
    paceGap: paces[position].paceGap,
  }));
}

/**
 * 月度汇总 (the clerk's one-click monthly summary, DOMAIN.md “What the clerk does each month”): reads
 * the decomposition table (with a 月度完成 sheet joined), the 加减分规则 sheet (else seed 003's rules),
 * the 加减分登记 and 报送登记 sheets, and makes for data month m:
 * - every indicator assessed (target, pace target, actual, completion, pace gap, arrears, new
 *   arrears, remaining monthly task, status; status at m − 1 too) — {@link assessIndicators};
 * - the lead units ranked by the average pace gap of their reported absolute indicators, ties
 *   broken by fewer seriously lagging ones, with 后三位 and the change against last month (given,
 *   or computed at m − 1 from the same workbook) — {@link rankUnits};
 * - the bonus/deduction totals per unit with all caps, city points doubled and the seed 002 grade
 *   consequence — {@link adjustUnits};
 * - a 预警提示单 for every lagging indicator in arrears, a 督办单 when it is seriously lagging or
 *   lagged the month before too — {@link buildWarnings};
 * - the late and missing reports — {@link lateReportsOf};
 * - the five summary sheets as `SheetSpec`s — {@link summarySheets};
 * - the run it was made for (month, year, county, run key).
 * Sheets named like its own output (7月进度通报 …) are not read as the table. Every problem of the
 * workbook or the settings is a diagnostic (a bad setting included); without a table the lists are
 * empty. It throws only on a bug: an error of a step other than an `AssessError` is not hidden.
 */
export function buildMonthlySummary(
  sheets: readonly GridSheet[],
  settings: SummarySettings
): MonthlySummary {
  const resolved = resolveSettings(settings);
  const diagnostics: Diagnostic[] = [...resolved.diagnostics];
  const chosen = resolved.settings;
  if (chosen === null) {
    const month = typeof settings?.month === "number" ? settings.month : Number.NaN;
    const periods =
      typeof settings?.periods === "number" && Number.isFinite(settings.periods)
        ? settings.periods
        : 12;
    return emptySummary(Number.isFinite(month) ? month : 0, periods, null, null, diagnostics);
  }
  const { month, periods } = chosen;
  const list = (Array.isArray(sheets) ? sheets : []).filter(
    (sheet): sheet is GridSheet => typeof sheet === "object" && sheet !== null
  );
  const side = findSideSheets(list, chosen.sheet);

  const read = readSummaryTable(list, side.tableSheets, chosen);
  diagnostics.push(...read.diagnostics);
  const table = read.table;
  if (table === null || table.indicators.length === 0) {
    // No table, or a header with nothing under it (no_indicators): no sheets of empty tables.
    return emptySummary(month, periods, chosen.county, chosen.year, diagnostics);
  }
  const { county, year } = summaryTitle(table, list, chosen);
  const records = table.indicators;

  const assessed = assessIndicators(records, table.sheet, chosen);
  diagnostics.push(...assessed.diagnostics);
  const indicators = summarizeIndicators(records, assessed, month);
  const currentPaces = assessed.current.map(({ result, status }) => ({
    status,
    paceGap: result?.paceGap ?? null,
  }));

  const ranked = rankUnits(
    departments(records, currentPaces),
    assessed.previous === null ? null : departments(records, assessed.previous),
    { ties: chosen.ties, previousRanking: chosen.previousRanking }
  );

  const adjusted = adjustUnits(side.rules, side.events, {
    month,
    year,
    bonusCap: chosen.bonusCap,
    cityMultiplier: chosen.cityMultiplier,
  });
  diagnostics.push(...adjusted.diagnostics);

  const warned = buildWarnings(
    indicators.map((indicator, position) => ({
      indicator,
      measure: records[position].measure,
      result: assessed.current[position].result,
    })),
    month,
    periods
  );

  const notices = buildNotices(
    {
      warnings: warned.warnings,
      warningGaps: warned.gaps,
      month,
      periods,
      year,
      dueDay: chosen.dueDay,
    },
    settings.notices
  );

  const reported = lateReportsOf(
    side.reports,
    records.map((record) => record.leadUnit),
    { month, year, periods, dueDay: chosen.dueDay }
  );
  diagnostics.push(...reported.diagnostics);

  const sheetsOut = summarySheets({
    month,
    periods,
    county,
    year,
    ...(chosen.method === undefined ? {} : { method: chosen.method }),
    band: chosen.band,
    ties: chosen.ties,
    bonusCap: chosen.bonusCap,
    cityMultiplier: chosen.cityMultiplier,
    dueDay: chosen.dueDay,
    rulesSource: adjusted.rulesSource,
    reportLog: reported.reportLog,
    previousRanking: ranked.previousSource,
    indicators,
    indicatorGaps: currentPaces.map((pace) => pace.paceGap),
    ranking: ranked.ranking,
    rankingGaps: ranked.gaps,
    adjustments: adjusted.adjustments,
    ruleCodes: adjusted.ruleCodes,
    warnings: warned.warnings,
    warningGaps: warned.gaps,
    late: reported.late,
    notices,
    ...noticeDates({ month, periods, year, dueDay: chosen.dueDay }, settings.notices),
  });

  return {
    month,
    periods,
    county,
    year,
    indicators,
    ranking: ranked.ranking,
    adjustments: adjusted.adjustments,
    warnings: warned.warnings,
    notices,
    late: reported.late,
    diagnostics,
    sheets: sheetsOut,
    run: summaryRun(month, year, county),
  };
}
