import { adjustUnits } from "../adjustments/adjustUnits";
import { Diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { rankUnits } from "../ranking/rankUnits";
import { monthlySettingsOf } from "../settings/monthlySettingsOf";
import { settingsInForce } from "../settings/settingsInForce";
import { settingsNote } from "../settings/settingsNote";
import { lateReportsOf } from "../reports/lateReportsOf";
import { buildNotices } from "../notices/buildNotices";
import { noticeDates } from "../notices/noticeDates";
import { buildWarnings } from "../warnings/buildWarnings";
import { summaryRun } from "../workbook/summaryRun";
import { LastMonthPace, assessIndicators } from "./assessIndicators";
import { departmentIndicators } from "./departmentIndicators";
import { emptySummary } from "./emptySummary";
import { findSideSheets } from "./findSideSheets";
import { indicatorChanges } from "./indicatorChanges";
import { monthlyRules } from "./monthlyRules";
import { pacesAt } from "./pacesAt";
import { pointsMemo } from "./sheets/pointsMemo";
import { readSummaryTable } from "./readSummaryTable";
import { resolveSettings } from "./resolveSettings";
import { summarizeIndicators } from "./summarizeIndicators";
import { summarySheets } from "./summarySheets";
import { summaryTitle } from "./summaryTitle";
import { MonthlySummary, SummarySettings } from "./summaryTypes";

/**
 * 月度汇总 (the clerk's one-click monthly summary, DOMAIN.md “What the clerk does each month”): reads
 * the decomposition table (with a 月度完成 sheet joined), the 加减分规则 sheet (else seed 003's rules),
 * the 加减分登记, 报送登记 and 全市排名 sheets, and makes for data month m:
 * - every indicator assessed (target, pace target, actual, completion, pace gap, arrears, new
 *   arrears, remaining monthly task, status; status at m − 1 too) — {@link assessIndicators};
 * - per absolute indicator its own month's figure and the change against last month (环比), per
 *   growth rate with 上年同期 its absolute shortfall — {@link indicatorChanges};
 * - the lead units ranked by the average pace gap of their reported absolute indicators (or the
 *   average completion, or the composite: `rankingMeasure`), ties broken by fewer seriously
 *   lagging ones, with 后三位 and the change against last month (given, or computed at m − 1 from
 *   the same workbook) — {@link rankUnits};
 * - the monthly rules: seed 000's pace points against the 全市排名 sheet, seed 001's late points,
 *   the 约谈 list — {@link monthlyRules};
 * - the bonus/deduction totals per unit with all caps, city points doubled and the seed 002 grade
 *   consequence, the monthly rules' points among them with their reasons — {@link adjustUnits};
 * - a 预警提示单 for every lagging indicator in arrears, a 督办单 when it is seriously lagging or
 *   lagged the month before too — {@link buildWarnings};
 * - the late and missing reports — {@link lateReportsOf};
 * - the five summary sheets as `SheetSpec`s — {@link summarySheets};
 * - the run it was made for (month, year, county, run key).
 * The settings are the caller's, else the 设置 sheet's (`monthlySettingsOf`), else the defaults;
 * when any in force is not its default, every sheet's subtitle ends with a line saying which
 * (`settingsNote`: "设置：预警幅度3个百分点"). Sheets named like its own output (7月进度通报 …) are not
 * read as the table. Every problem of the
 * workbook or the settings is a diagnostic (a bad setting included); without a table the lists are
 * empty. It throws only on a bug: an error of a step other than an `AssessError` is not hidden.
 */
export function buildMonthlySummary(
  sheets: readonly GridSheet[],
  settings: SummarySettings
): MonthlySummary {
  const list = (Array.isArray(sheets) ? sheets : []).filter(
    (sheet): sheet is GridSheet => typeof sheet === "object" && sheet !== null
  );
  // The caller's settings win over the 设置 sheet's, the sheet's over the defaults.
  const stated = monthlySettingsOf(list);
  const given = typeof settings === "object" && settings !== null ? settings : undefined;
  const merged = given === undefined ? given : settingsInForce(given, stated.settings);
  const resolved = resolveSettings(merged);
  const diagnostics: Diagnostic[] = [...stated.diagnostics, ...resolved.diagnostics];
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
  const changes = indicatorChanges(records, assessed, month);
  const indicators = summarizeIndicators(records, assessed, month, changes);
  const currentPaces = assessed.current.map(({ result, status }) => ({
    status,
    paceGap: result?.paceGap ?? null,
  }));

  const rankOptions = {
    ties: chosen.ties,
    measure: chosen.rankingMeasure,
    bottomCount: chosen.bottomCount,
  };
  // Last month's ranking is read for its ranks and average gaps only: its completion rates
  // matter only when the measure ranks on them.
  const departmentsBefore = (at: number, paces: readonly LastMonthPace[]) =>
    departmentIndicators(records, paces, at, null, chosen.rankingMeasure !== "paceGap");
  const previousDepartments =
    assessed.previous === null ? null : departmentsBefore(month - 1, assessed.previous);
  const ranked = rankUnits(
    departmentIndicators(
      records,
      currentPaces,
      month,
      assessed.current.map((item) => item.result)
    ),
    previousDepartments,
    { ...rankOptions, previousRanking: chosen.previousRanking }
  );
  // Last month as ranked for the rank change, when it was: not ranked a second time.
  const rankingBefore = (at: number, paces: readonly LastMonthPace[]) =>
    at === month - 1 && ranked.computedPrevious !== null
      ? ranked.computedPrevious
      : rankUnits(
          at === month - 1 && previousDepartments !== null
            ? previousDepartments
            : departmentsBefore(at, paces),
          null,
          { ...rankOptions, previousRanking: null }
        ).ranking;
  const pace = {
    periods,
    band: chosen.band,
    ...(chosen.method === undefined ? {} : { method: chosen.method }),
  };
  const pacesBefore = (at: number): readonly LastMonthPace[] | null =>
    at < 1 || at >= month
      ? null
      : at === month - 1
        ? assessed.previous
        : pacesAt(records, at, pace);

  const reported = lateReportsOf(
    side.reports,
    records.map((record) => record.leadUnit),
    { month, year, periods, dueDay: chosen.dueDay }
  );
  diagnostics.push(...reported.diagnostics);

  const rules = monthlyRules({
    records,
    indicators,
    pacesAt: pacesBefore,
    rankingAt: (at) => {
      if (at === month) {
        return ranked.ranking;
      }
      const paces = pacesBefore(at);
      return paces === null ? null : rankingBefore(at, paces);
    },
    cityRankSheet: side.cityRanks,
    late: reported.late,
    settings: chosen,
  });
  diagnostics.push(...rules.diagnostics);

  const adjusted = adjustUnits(side.rules, side.events, {
    month,
    year,
    bonusCap: chosen.bonusCap,
    cityMultiplier: chosen.cityMultiplier,
    monthly: rules.monthly,
  });
  diagnostics.push(...adjusted.diagnostics);

  const warned = buildWarnings(
    indicators.map((indicator, position) => ({
      indicator,
      measure: records[position].measure,
      result: assessed.current[position].result,
      shortfall: changes[position].shortfall,
    })),
    month,
    periods
  );

  // The gaps in points, each worked out once for the bulletin, the warnings and the notices.
  const pointsOf = pointsMemo();
  const notices = buildNotices(
    {
      warnings: warned.warnings,
      pointsOf,
      warningGaps: warned.gaps,
      month,
      periods,
      year,
      dueDay: chosen.dueDay,
    },
    merged?.notices
  );

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
    pointsOf,
    ranking: ranked.ranking,
    rankingGaps: ranked.gaps,
    rankingScores: ranked.scores,
    rankingMeasure: chosen.rankingMeasure,
    bottomCount: chosen.bottomCount,
    cityRanks: rules.cityRanks,
    paceBonusPoints: chosen.paceBonusPoints,
    paceDeductionPoints: chosen.paceDeductionPoints,
    latePoints: chosen.latePoints,
    interviewRuns: chosen.interviewRuns,
    interviews: rules.interviews,
    adjustments: adjusted.adjustments,
    ruleCodes: adjusted.ruleCodes,
    warnings: warned.warnings,
    warningGaps: warned.gaps,
    late: reported.late,
    notices,
    ...noticeDates({ month, periods, year, dueDay: chosen.dueDay }, merged?.notices),
  });
  const note = settingsNote({ ...merged, ...chosen, method: chosen.method });
  const noted =
    note === ""
      ? sheetsOut
      : sheetsOut.map((sheet) => ({ ...sheet, subtitle: `${sheet.subtitle}\n${note}` }));

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
    interviews: rules.interviews,
    diagnostics,
    sheets: noted,
    run: summaryRun(month, year, county),
  };
}
