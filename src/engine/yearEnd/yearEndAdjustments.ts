import { defaultRules } from "../adjustments/defaultRules";
import { EventCells, readEvents } from "../adjustments/readEvents";
import { readRules } from "../adjustments/readRules";
import { unitAdjustments } from "../adjustments/unitAdjustments";
import { Dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { AssessError } from "../kernel/errors";
import { GridSheet } from "../kernel/grid";
import { MessageKey, formatMessage } from "../kernel/messages";
import { AdjustmentEvent, AdjustmentRule } from "../kernel/types";
import { lateReports } from "../reports/lateReports";
import { readReportLog } from "../reports/readReportLog";
import { unitKey } from "./unitKey";
import { YearEndAdjustment, YearEndSettings } from "./yearEndSummary";

/** The side sheets the year-end reads its points from; each may be absent. */
export interface AdjustmentSheets {
  readonly rules?: GridSheet;
  readonly events?: GridSheet;
  readonly reports?: GridSheet;
}

/** The code of the rule that late reports count under (迟报扣分). */
const LATE_RULE = "迟报";

/** The year of an ISO date ("2018-07-20"); null without one ("--07-20") or unreadable. */
function yearOf(date: string | undefined): number | null {
  const match = date === undefined ? null : /^(\d{4})-\d{2}-\d{2}$/.exec(date);
  return match === null ? null : Number(match[1]);
}

/** The cell of an event that a problem of `unitAdjustments` concerns. */
function problemCell(
  key: MessageKey,
  params: Record<string, string | number>,
  cells: EventCells
): string {
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

const ZERO: YearEndAdjustment = {
  bonus: new Dec(0),
  deduction: new Dec(0),
  net: new Dec(0),
  cityBonus: new Dec(0),
  cityDeduction: new Dec(0),
  lateReports: 0,
  latePoints: new Dec(0),
};

/**
 * 年度加减分: each unit's bonus and deduction for the year from what the workbook already holds —
 * the 加减分登记 events under the 加减分规则 sheet's rules (else seed 003's), counted by
 * `unitAdjustments` (each rule's cap, the county bonus capped at the bonus cap, city points × the
 * multiplier; with `cityBonusCapped` the doubled city bonus counts under the cap too), and, when a
 * late report costs points (`latePoints` > 0), every late report of months 1–12 in the 报送登记
 * (reported after the due day; a missing report is not counted, as the register may be partial).
 * Events of units not in `units`, and events dated in another year than `year`, are reported and
 * left out; names match across scripts (`unitKey`). Keyed by `unitKey`; every unit has an entry.
 */
export function yearEndAdjustments(
  sheets: AdjustmentSheets,
  units: readonly string[],
  year: number | null,
  settings: YearEndSettings,
  diagnostics: Diagnostic[]
): Map<string, YearEndAdjustment> {
  const byKey = new Map(units.map((unit) => [unitKey(unit), unit] as const));
  let rules: AdjustmentRule[] = defaultRules();
  if (sheets.rules !== undefined) {
    const read = readRules(sheets.rules);
    diagnostics.push(...read.diagnostics);
    if (!read.diagnostics.some((found) => found.code === "no_header")) {
      rules = read.rules;
    }
  }

  const events: AdjustmentEvent[] = [];
  const cells: (EventCells | null)[] = [];
  if (sheets.events !== undefined) {
    const sheet = sheets.events;
    const read = readEvents(sheet);
    diagnostics.push(...read.diagnostics);
    read.events.forEach((event, index) => {
      const at = read.cells[index];
      const unit = byKey.get(unitKey(event.unit));
      if (unit === undefined) {
        diagnostics.push(
          diagnostic("unknown_unit", "warning", sheet.name, at.unit, "yearEndEventUnknownUnit", {
            unit: event.unit,
          })
        );
        return;
      }
      const eventYear = yearOf(event.date);
      if (year !== null && eventYear !== null && eventYear !== year) {
        diagnostics.push(
          diagnostic(
            "event_outside_year",
            "warning",
            sheet.name,
            at.date,
            "yearEndEventOutsideYear",
            {
              date: event.date ?? "",
              year,
            }
          )
        );
        return;
      }
      events.push({ ...event, unit });
      cells.push(at);
    });
  }

  let lateCode: string | null = null;
  if (settings.latePoints.gt(0) && sheets.reports !== undefined) {
    const log = readReportLog(sheets.reports);
    diagnostics.push(...log.diagnostics);
    const reports = log.reports.flatMap((report) => {
      const unit = byKey.get(unitKey(report.unit));
      return unit === undefined ? [] : [{ ...report, unit }];
    });
    const counts = new Map<string, number>();
    for (let month = 1; month <= 12; month++) {
      for (const late of lateReports(reports, units, month, year, settings.dueDay)) {
        if (late.daysLate !== null && late.daysLate > 0) {
          counts.set(late.unit, (counts.get(late.unit) ?? 0) + 1);
        }
      }
    }
    if (counts.size > 0) {
      const code = rules.some((rule) => rule.code === LATE_RULE) ? `${LATE_RULE}(年度)` : LATE_RULE;
      lateCode = code;
      rules = [
        ...rules,
        {
          code,
          side: "deduction",
          kind: "per_event",
          points: settings.latePoints.neg().toNumber(),
          description: "迟报（报送登记）",
        },
      ];
      for (const [unit, count] of counts) {
        events.push({ unit, rule: code, count, city: false });
        cells.push(null);
      }
    }
  }

  const result = new Map(units.map((unit) => [unitKey(unit), ZERO] as const));
  if (events.length === 0) {
    return result;
  }
  try {
    const totals = unitAdjustments(events, rules, {
      bonusCap: settings.bonusCap,
      cityMultiplier: settings.cityMultiplier,
    });
    for (const problem of totals.problems) {
      const at = cells[problem.index];
      const reason = (locale: "zh-CN" | "en-US"): string =>
        formatMessage(locale, problem.key, problem.params);
      diagnostics.push(
        diagnostic(
          "rejected_event",
          "error",
          sheets.events?.name ?? "",
          at === null ? "" : problemCell(problem.key, problem.params, at),
          "sideRejectedEvent",
          { reason: reason("zh-CN"), reasonEn: reason("en-US") }
        )
      );
    }
    for (const unit of totals.units) {
      const late = unit.byRule.find((rule) => rule.code === lateCode);
      const bonus =
        settings.cityBonusCapped && settings.bonusCap !== null
          ? Dec.min(unit.bonus, settings.bonusCap)
          : unit.bonus;
      result.set(unitKey(unit.unit), {
        bonus,
        deduction: unit.deduction,
        net: bonus.plus(unit.deduction),
        cityBonus: unit.cityBonus,
        cityDeduction: unit.cityDeduction,
        lateReports: late?.count ?? 0,
        latePoints: late?.capped ?? new Dec(0),
      });
    }
  } catch (error) {
    const reason = (locale: "zh-CN" | "en-US"): string =>
      error instanceof AssessError ? formatMessage(locale, error.key, error.params) : String(error);
    diagnostics.push(
      diagnostic("rejected_event", "error", sheets.events?.name ?? "", "", "sideRejectedEvent", {
        reason: reason("zh-CN"),
        reasonEn: reason("en-US"),
      })
    );
  }
  return result;
}
