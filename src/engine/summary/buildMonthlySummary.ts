import { isAfterMonth } from "../kernel/isAfterMonth";
import { IndicatorInput, IndicatorResult, assessIndicator } from "../status/assessIndicator";
import { Dec, dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { EventCells, readEvents } from "../adjustments/readEvents";
import { GridSheet } from "../kernel/grid";
import { lateReports } from "../reports/lateReports";
import { MessageKey, formatMessage } from "../kernel/messages";
import { defaultRules } from "../adjustments/defaultRules";
import { paceStatus } from "../status/paceStatus";
import { rankChange } from "../ranking/rankChange";
import { DepartmentRank, rankDepartments } from "../ranking/rankDepartments";
import { rankFlags } from "../ranking/rankFlags";
import { readReportLog } from "../reports/readReportLog";
import { readRules } from "../adjustments/readRules";
import { readTable } from "../table/readTable";
import { readTitle } from "../table/readTitle";
import { diagnostic } from "../kernel/diagnostic";
import { SummarySheetsInput, summarySheets } from "./summarySheets";
import {
  AdjustmentSummary,
  IndicatorSummary,
  LateReport,
  MonthlySummary,
  RankingItem,
  SummaryDiagnostic,
  SummarySettings,
  WarningNotice,
} from "./summaryTypes";
import { ColumnOverride, IndicatorRecord } from "../table/tableModel";
import { toSimplified } from "../kernel/toSimplified";
import {
  AdjustmentEvent,
  AdjustmentRule,
  PaceMethod,
  PaceSettings,
  Status,
  TiesMethod,
} from "../kernel/types";
import { unitAdjustments } from "../adjustments/unitAdjustments";
import { warningReason } from "../warnings/warningReason";

/** The settings after checking, every default filled in. */
interface Resolved {
  readonly month: number;
  readonly periods: number;
  readonly method?: PaceMethod;
  readonly band: number;
  readonly ties: TiesMethod;
  readonly sheet?: string;
  readonly county: string | null;
  readonly year: number | null;
  readonly bonusCap: number | null;
  readonly cityMultiplier: number;
  readonly dueDay: number;
  readonly previousRanking: readonly { readonly unit: string; readonly rank: number }[] | null;
  readonly columns?: readonly ColumnOverride[];
}

/** One indicator assessed in one month; `result` null when it could not be assessed. */
interface Assessed {
  readonly result: IndicatorResult | null;
  readonly status: Status;
}

/** An indicator's status and pace gap in a month: all the summary uses of last month. */
interface Pace {
  readonly status: Status;
  readonly paceGap: Dec | null;
}

/** Names of the side sheets (simplified, without spaces). */
const RULES_SHEET = /加减分规则|加扣分规则|加减分标准/;
const EVENTS_SHEET = /加减分登记|加减分记录|加减分台账/;
const REPORT_SHEET = /报送登记|报送记录|报送情况/;
/** The sheets this summary writes, which must not be read back as the table. */
const OUTPUT_SHEET = /^\d+月(?:进度通报|排名|加减分汇总|预警|迟报)(?:\(\d+\))?$/;

function sheetKey(name: unknown): string {
  return toSimplified(String(name ?? "")).replace(/\s+/g, "");
}

/** A `Dec` as the plain number the summary holds; null when absent or not finite. */
function plain(value: Dec | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const number = value.toNumber();
  return Number.isFinite(number) ? number : null;
}

/** A `Dec` as a plain number that is never null (0 when not finite). */
function plainOrZero(value: Dec): number {
  return plain(value) ?? 0;
}

/** Checks the settings; a bad one is reported and its default used. Null when no month can be had. */
function resolveSettings(
  raw: SummarySettings | undefined,
  diagnostics: SummaryDiagnostic[]
): Resolved | null {
  const settings: Partial<SummarySettings> = typeof raw === "object" && raw !== null ? raw : {};
  const invalid = (name: string, value: unknown, fallback: string): void => {
    diagnostics.push(
      diagnostic("invalid_setting", "warning", "", "", "summaryInvalidSetting", {
        name,
        text: String(value),
        fallback,
      })
    );
  };
  const wholeIn = (value: unknown, low: number, high: number): value is number =>
    typeof value === "number" && Number.isInteger(value) && value >= low && value <= high;

  let periods = 12;
  if (settings.periods !== undefined) {
    if (wholeIn(settings.periods, 1, 366)) {
      periods = settings.periods;
    } else {
      invalid("periods", settings.periods, "12");
    }
  }
  if (!wholeIn(settings.month, 1, periods)) {
    diagnostics.push(
      diagnostic("invalid_setting", "error", "", "", "summaryMonthInvalid", {
        month: String(settings.month),
        periods,
      })
    );
    return null;
  }
  let band = 0.05;
  if (settings.band !== undefined) {
    if (typeof settings.band === "number" && Number.isFinite(settings.band) && settings.band >= 0) {
      band = settings.band;
    } else {
      invalid("band", settings.band, "0.05");
    }
  }
  let method: PaceMethod | undefined;
  if (settings.method !== undefined) {
    if (settings.method === "linear" || settings.method === "checkpoint") {
      method = settings.method;
    } else {
      invalid("method", settings.method, "按指标自动选择");
    }
  }
  let ties: TiesMethod = "competition";
  if (settings.ties !== undefined) {
    if (settings.ties === "competition" || settings.ties === "dense") {
      ties = settings.ties;
    } else {
      invalid("ties", settings.ties, "competition");
    }
  }
  let bonusCap: number | null = 3;
  if (settings.bonusCap !== undefined) {
    if (
      settings.bonusCap === null ||
      (typeof settings.bonusCap === "number" && Number.isFinite(settings.bonusCap))
    ) {
      bonusCap = settings.bonusCap === null ? null : Math.abs(settings.bonusCap);
    } else {
      invalid("bonusCap", settings.bonusCap, "3");
    }
  }
  let cityMultiplier = 2;
  if (settings.cityMultiplier !== undefined) {
    if (typeof settings.cityMultiplier === "number" && Number.isFinite(settings.cityMultiplier)) {
      cityMultiplier = settings.cityMultiplier;
    } else {
      invalid("cityMultiplier", settings.cityMultiplier, "2");
    }
  }
  let dueDay = 15;
  if (settings.dueDay !== undefined) {
    if (wholeIn(settings.dueDay, 1, 31)) {
      dueDay = settings.dueDay;
    } else {
      invalid("dueDay", settings.dueDay, "15");
    }
  }
  let year: number | null = null;
  if (settings.year !== undefined) {
    if (wholeIn(settings.year, 1000, 9998)) {
      year = settings.year;
    } else {
      invalid("year", settings.year, "标题中的年份");
    }
  }
  const county =
    typeof settings.county === "string" && settings.county.trim() !== ""
      ? settings.county.trim()
      : null;
  const sheet =
    typeof settings.sheet === "string" && settings.sheet.trim() !== "" ? settings.sheet : undefined;
  let previousRanking: Resolved["previousRanking"] = null;
  if (settings.previousRanking !== undefined) {
    if (Array.isArray(settings.previousRanking)) {
      previousRanking = settings.previousRanking.filter(
        (item) =>
          typeof item === "object" &&
          item !== null &&
          typeof item.unit === "string" &&
          wholeIn(item.rank, 1, Number.MAX_SAFE_INTEGER)
      );
    } else {
      invalid("previousRanking", settings.previousRanking, "按上月数据计算");
    }
  }
  let columns: readonly ColumnOverride[] | undefined;
  if (settings.columns !== undefined) {
    if (Array.isArray(settings.columns)) {
      columns = settings.columns;
    } else {
      invalid("columns", settings.columns, "表头识别的列角色");
    }
  }
  return {
    month: settings.month,
    periods,
    ...(method === undefined ? {} : { method }),
    band,
    ties,
    ...(sheet === undefined ? {} : { sheet }),
    county,
    year,
    bonusCap,
    cityMultiplier,
    dueDay,
    previousRanking,
    ...(columns === undefined ? {} : { columns }),
  };
}

/** The actual of a month (null when missing or unreadable). */
function actualAt(record: IndicatorRecord, month: number): number | null {
  const found = record.actuals.find((actual) => actual.month === month);
  return found === undefined || found.value === null || !Number.isFinite(found.value)
    ? null
    : found.value;
}

/** Assesses a record in a month; a failure is reported (when `report` is given) and counts as 未报送. */
function assess(
  record: IndicatorRecord,
  month: number,
  settings: Resolved,
  report?: (error: unknown) => void
): Assessed {
  try {
    const result = assessIndicator(indicatorInput(record, month), paceSettings(settings));
    return { result, status: result.status };
  } catch (error) {
    report?.(error);
    return { result: null, status: "not_reported" };
  }
}

/**
 * Last month's status and pace gap of a record (`paceStatus`: the status without the figures the
 * summary shows only for this month); a failure counts as 未报送, as in {@link assess}.
 */
function paceBefore(record: IndicatorRecord, month: number, settings: Resolved): Pace {
  try {
    const { status, paceGap } = paceStatus(indicatorInput(record, month), paceSettings(settings));
    return { status, paceGap };
  } catch {
    return { status: "not_reported", paceGap: null };
  }
}

/** A record in a month as `assessIndicator` takes it. */
function indicatorInput(record: IndicatorRecord, month: number): IndicatorInput {
  return {
    direction: record.direction,
    measure: record.measure,
    // As read (label and cell ride along): the assessment copies what it keeps.
    checkpoints: record.checkpoints,
    annualTarget: record.annualTarget,
    actual: actualAt(record, month),
    previousActual: month > 1 ? actualAt(record, month - 1) : null,
    month,
  };
}

/** The pace settings of the summary's settings. */
function paceSettings(settings: Resolved): PaceSettings {
  const { periods, band, method } = settings;
  return method === undefined ? { periods, band } : { periods, band, method };
}

/** The cell of an event that a problem of `unitAdjustments` concerns. */
function problemCell(
  key: MessageKey,
  params: Record<string, string | number>,
  cells: EventCells | undefined
): string {
  if (cells === undefined) {
    return "";
  }
  const name = String(params.name ?? "");
  const wanted =
    key === "negativeCount" || name === "次数"
      ? cells.count
      : key === "valueOutsideRange" || key === "rangeValueMissing" || name === "分值"
        ? cells.value
        : key === "quantityMissing" || key === "negativeQuantity" || name === "数量"
          ? cells.quantity
          : cells.rule;
  return wanted === "" ? cells.rule : wanted;
}

/** The summary with nothing in it but the diagnostics. */
function emptySummary(
  month: number,
  periods: number,
  county: string | null,
  year: number | null,
  diagnostics: readonly SummaryDiagnostic[]
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
    late: [],
    diagnostics,
    sheets: [],
  };
}

/**
 * 月度汇总 (the clerk's one-click monthly summary, DOMAIN.md “What the clerk does each month”): reads
 * the decomposition table (with a 月度完成 sheet joined), the 加减分规则 sheet (else seed 003's rules),
 * the 加减分登记 and 报送登记 sheets, and makes for data month m:
 * - every indicator assessed (target, pace target, actual, completion, pace gap, arrears, new
 *   arrears, remaining monthly task, status; status at m − 1 too);
 * - the lead units ranked by the average pace gap of their reported absolute indicators, ties
 *   broken by fewer seriously lagging ones, with 后三位 and the change against last month (given,
 *   or computed at m − 1 from the same workbook);
 * - the bonus/deduction totals per unit with all caps, city points doubled and the seed 002 grade
 *   consequence;
 * - a 预警提示单 for every lagging indicator in arrears, a 督办单 when it is seriously lagging or
 *   lagged the month before too;
 * - the late and missing reports;
 * - the five summary sheets as `SheetSpec`s.
 * Sheets named like its own output (7月进度通报 …) are not read as the table. Never throws: every
 * problem, including a bad setting, is a diagnostic; without a table the lists are empty.
 */
export function buildMonthlySummary(
  sheets: readonly GridSheet[],
  settings: SummarySettings
): MonthlySummary {
  const diagnostics: SummaryDiagnostic[] = [];
  const resolved = resolveSettings(settings, diagnostics);
  const rawMonth = typeof settings?.month === "number" ? settings.month : Number.NaN;
  if (resolved === null) {
    const periods =
      typeof settings?.periods === "number" && Number.isFinite(settings.periods)
        ? settings.periods
        : 12;
    return emptySummary(Number.isFinite(rawMonth) ? rawMonth : 0, periods, null, null, diagnostics);
  }
  const { month, periods } = resolved;
  const list = (Array.isArray(sheets) ? sheets : []).filter(
    (sheet): sheet is GridSheet => typeof sheet === "object" && sheet !== null
  );

  // The side sheets, found by name; the rest may hold the table.
  const find = (pattern: RegExp): GridSheet | undefined =>
    list.find((sheet) => pattern.test(sheetKey(sheet.name)));
  const rulesSheet = find(RULES_SHEET);
  const eventsSheet = find(EVENTS_SHEET);
  const reportSheet = find(REPORT_SHEET);
  const side = new Set([rulesSheet, eventsSheet, reportSheet]);
  const tableSheets = list.filter(
    (sheet) =>
      (resolved.sheet !== undefined && sheet.name === resolved.sheet) ||
      (!side.has(sheet) && !OUTPUT_SHEET.test(sheetKey(sheet.name)))
  );

  let read: ReturnType<typeof readTable>;
  try {
    read = readTable(tableSheets, {
      periods,
      ...(resolved.sheet === undefined ? {} : { sheet: resolved.sheet }),
      ...(resolved.columns === undefined ? {} : { columns: resolved.columns }),
    });
  } catch {
    read = { table: null, diagnostics: [] };
  }
  diagnostics.push(...read.diagnostics);
  const table = read.table;
  if (table === null) {
    if (
      !diagnostics.some(
        (diagnostic) => diagnostic.code === "no_header" || diagnostic.code === "sheet_not_found"
      )
    ) {
      diagnostics.push(
        diagnostic("no_header", "error", String(list[0]?.name ?? ""), "", "tableNoTable", {})
      );
    }
    return emptySummary(month, periods, resolved.county, resolved.year, diagnostics);
  }
  if (table.indicators.length === 0) {
    // A header with nothing under it (the reader said no_indicators): no sheets of empty tables.
    return emptySummary(month, periods, resolved.county, resolved.year, diagnostics);
  }

  // County and year for the titles.
  const tableGrid = list.find((sheet) => sheet.name === table.sheet);
  const title =
    tableGrid === undefined
      ? { county: null, year: null }
      : readTitle(
          tableGrid,
          table.headerRows[1],
          list.map((sheet) => String(sheet.name ?? ""))
        );
  const county = resolved.county ?? title.county;
  const year = resolved.year ?? title.year;

  // Every indicator, this month and last.
  const records = table.indicators;
  const current = records.map((record) =>
    assess(record, month, resolved, (error) => {
      const reason = (locale: "zh-CN" | "en-US"): string =>
        error instanceof AssessError
          ? formatMessage(locale, error.key, error.params)
          : String(error);
      diagnostics.push(
        diagnostic(
          error instanceof AssessError && error.key === "noTargets"
            ? "missing_target"
            : "invalid_value",
          "warning",
          table.sheet,
          record.source.includes("!")
            ? record.source.slice(record.source.lastIndexOf("!") + 1)
            : "",
          "summaryIndicatorFailed",
          {
            name: record.name,
            measure: record.measureLabel,
            measureEn: record.measure === "growth" ? "growth rate" : "absolute value",
            reason: reason("zh-CN"),
            reasonEn: reason("en-US"),
          }
        )
      );
    })
  );
  const previous =
    month > 1 ? records.map((record) => paceBefore(record, month - 1, resolved)) : null;

  const indicators: IndicatorSummary[] = records.map((record, position) => {
    const { result, status } = current[position];
    const lastCheckpoint = record.checkpoints[record.checkpoints.length - 1];
    return {
      name: record.name,
      measure: record.measureLabel,
      measureUnit: record.unit,
      direction: record.direction,
      annualTarget: record.annualTarget ?? lastCheckpoint?.target ?? null,
      paceTarget: plain(result?.paceTarget),
      actual: status === "not_reported" ? null : actualAt(record, month),
      completion: plain(result?.completion),
      paceGap: plain(result?.paceGap),
      arrears: plain(result?.arrears),
      newArrears: plain(result?.newArrears),
      remainingMonthly: plain(result?.remainingMonthly),
      status,
      previousStatus: previous === null ? null : previous[position].status,
      leadUnit: record.leadUnit,
      units: [...record.units],
      leader: record.leader,
      person: record.person,
      source: record.source,
      row: record.row,
      rows: [...record.rows],
    };
  });
  const indicatorGaps = current.map(({ result }) => result?.paceGap ?? null);

  // Ranking of the lead units.
  const departments = (paces: readonly Pace[]): DepartmentRank[] =>
    rankDepartments(
      records.map((record, position) => ({
        leadUnit: record.leadUnit,
        measure: record.measure,
        status: paces[position].status,
        paceGap: paces[position].paceGap,
      })),
      resolved.ties
    );
  const ranked = departments(
    current.map(({ result, status }) => ({ status, paceGap: result?.paceGap ?? null }))
  );
  let previousRanks: Map<string, number> | null = null;
  let previousSource: SummarySheetsInput["previousRanking"] = "none";
  if (resolved.previousRanking !== null) {
    previousRanks = new Map(resolved.previousRanking.map((item) => [item.unit.trim(), item.rank]));
    previousSource = "settings";
  } else if (previous !== null) {
    const before = departments(previous).filter((item) => item.rank !== null);
    if (before.length > 0) {
      previousRanks = new Map(before.map((item) => [item.unit, item.rank as number]));
      previousSource = "computed";
    }
  }
  const flags = rankFlags(ranked.map((item) => item.rank));
  const ranking: RankingItem[] = ranked.map((item, position) => {
    const previousRank = previousRanks?.get(item.unit) ?? null;
    return {
      unit: item.unit,
      rank: item.rank,
      averagePaceGap: plain(item.averagePaceGap),
      indicators: item.indicators,
      serious: item.serious,
      lagging: item.lagging,
      bottom: flags[position].bottom,
      previousRank,
      change: rankChange(item.rank, previousRank),
    };
  });
  const rankingGaps = ranked.map((item) => item.averagePaceGap);

  // Bonus and deduction.
  let rules: AdjustmentRule[] = defaultRules();
  let rulesSource: SummarySheetsInput["rulesSource"] = "default";
  if (rulesSheet !== undefined) {
    const readRulesResult = readRules(rulesSheet);
    diagnostics.push(...readRulesResult.diagnostics);
    if (!readRulesResult.diagnostics.some((diagnostic) => diagnostic.code === "no_header")) {
      rules = readRulesResult.rules;
      rulesSource = "sheet";
    }
  }
  const events: AdjustmentEvent[] = [];
  const eventCells: EventCells[] = [];
  if (eventsSheet !== undefined) {
    const readEventsResult = readEvents(eventsSheet);
    diagnostics.push(...readEventsResult.diagnostics);
    // Events dated after the month summarised count from their own month on.
    readEventsResult.events.forEach((event, index) => {
      const cells = readEventsResult.cells[index];
      if (isAfterMonth(event.date, month, year)) {
        diagnostics.push(
          diagnostic(
            "event_after_month",
            "warning",
            eventsSheet.name,
            cells.date,
            "eventAfterMonth",
            {
              date: event.date ?? "",
              month,
            }
          )
        );
        return;
      }
      events.push(event);
      eventCells.push(cells);
    });
  }
  const adjustments: AdjustmentSummary[] = [];
  const ruleCodes: string[] = [];
  if (events.length > 0 && eventsSheet !== undefined) {
    try {
      const totals = unitAdjustments(events, rules, {
        bonusCap: resolved.bonusCap,
        cityMultiplier: resolved.cityMultiplier,
      });
      for (const problem of totals.problems) {
        const reason = (locale: "zh-CN" | "en-US"): string =>
          formatMessage(locale, problem.key, problem.params);
        diagnostics.push(
          diagnostic(
            "rejected_event",
            "error",
            String(eventsSheet.name ?? ""),
            problemCell(problem.key, problem.params, eventCells[problem.index]),
            "sideRejectedEvent",
            { reason: reason("zh-CN"), reasonEn: reason("en-US") }
          )
        );
      }
      const used = new Set<string>();
      for (const unit of totals.units) {
        const cityBonus = unit.cityBonus;
        const cityDeduction = unit.cityDeduction;
        adjustments.push({
          unit: unit.unit,
          bonus: plainOrZero(unit.bonus),
          deduction: plainOrZero(unit.deduction),
          net: plainOrZero(unit.net),
          cityBonus: plainOrZero(cityBonus),
          cityDeduction: plainOrZero(cityDeduction),
          byRule: unit.byRule.map((rule) => {
            used.add(rule.code);
            return {
              code: rule.code,
              count: rule.count,
              points: plainOrZero(rule.capped.plus(rule.city)),
            };
          }),
          grade: cityDeduction.abs().gte(1)
            ? "at_most_fair"
            : cityBonus.gte(3)
              ? "excellent"
              : null,
        });
      }
      for (const rule of rules) {
        if (used.has(rule.code) && !ruleCodes.includes(rule.code)) {
          ruleCodes.push(rule.code);
        }
      }
    } catch (error) {
      const reason = (locale: "zh-CN" | "en-US"): string =>
        error instanceof AssessError
          ? formatMessage(locale, error.key, error.params)
          : String(error);
      diagnostics.push(
        diagnostic(
          "rejected_event",
          "error",
          String(eventsSheet.name ?? ""),
          "",
          "sideRejectedEvent",
          {
            reason: reason("zh-CN"),
            reasonEn: reason("en-US"),
          }
        )
      );
    }
  }

  // Warnings: lagging indicators in arrears.
  const warnings: WarningNotice[] = [];
  const warningGaps: (Dec | null)[] = [];
  records.forEach((record, position) => {
    const { result, status } = current[position];
    if (result === null || (status !== "lagging" && status !== "serious")) {
      return;
    }
    if (result.arrears !== null && !result.arrears.gt(0)) {
      return;
    }
    const before = previous?.[position].status;
    const twoMonthsRunning = before === "lagging" || before === "serious";
    const actual = actualAt(record, month);
    const summary = indicators[position];
    warnings.push({
      kind: status === "serious" || twoMonthsRunning ? "supervision" : "notice",
      indicator: record.name,
      measure: record.measureLabel,
      measureUnit: record.unit,
      leadUnit: record.leadUnit,
      cooperatingUnits: record.units.filter((unit) => unit !== record.leadUnit),
      leader: record.leader,
      person: record.person,
      target: summary.annualTarget,
      paceTarget: summary.paceTarget,
      actual: summary.actual,
      paceGap: summary.paceGap,
      arrears: summary.arrears,
      remainingMonthly: summary.remainingMonthly,
      month,
      reason: warningReason({
        month,
        periods,
        direction: record.direction,
        measure: record.measure,
        unit: record.unit,
        annualTarget: summary.annualTarget === null ? null : dec(summary.annualTarget),
        paceTarget: result.paceTarget,
        actual: actual === null ? null : dec(actual),
        paceGap: result.paceGap,
        arrears: result.arrears,
        remainingMonthly: result.remainingMonthly,
        twoMonthsRunning,
      }),
    });
    warningGaps.push(result.paceGap);
  });

  // Late and missing reports.
  let late: LateReport[] = [];
  let reportLog: SummarySheetsInput["reportLog"] = "absent";
  if (reportSheet !== undefined) {
    const log = readReportLog(reportSheet);
    diagnostics.push(...log.diagnostics);
    if (periods !== 12) {
      reportLog = "not_monthly";
    } else {
      reportLog = "read";
      const leads: string[] = [];
      for (const record of records) {
        if (record.leadUnit !== "" && !leads.includes(record.leadUnit)) {
          leads.push(record.leadUnit);
        }
      }
      try {
        late = lateReports(log.reports, leads, month, year, resolved.dueDay);
      } catch {
        late = [];
      }
    }
  }

  const sheetsOut = summarySheets({
    month,
    periods,
    county,
    year,
    ...(resolved.method === undefined ? {} : { method: resolved.method }),
    band: resolved.band,
    ties: resolved.ties,
    bonusCap: resolved.bonusCap,
    cityMultiplier: resolved.cityMultiplier,
    dueDay: resolved.dueDay,
    rulesSource,
    reportLog,
    previousRanking: previousSource,
    indicators,
    indicatorGaps,
    ranking,
    rankingGaps,
    adjustments,
    ruleCodes,
    warnings,
    warningGaps,
    late,
  });

  return {
    month,
    periods,
    county,
    year,
    indicators,
    ranking,
    adjustments,
    warnings,
    late,
    diagnostics,
    sheets: sheetsOut,
  };
}
