import { Dec } from "../kernel/decimal";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { AssessError } from "../kernel/errors";
import { finiteNumber } from "../kernel/finiteNumber";
import { GridSheet } from "../kernel/grid";
import { AdjustmentEvent, AdjustmentRule } from "../kernel/types";
import { Locale, MessageKey, formatMessage } from "../kernel/messages";
import { gradeOverride } from "../grades/gradeOverride";
import { AdjustmentSummary } from "../summary/summaryTypes";
import { eventProblemCell } from "./eventProblemCell";
import { eventsInMonth } from "./eventsInMonth";
import { rulesOf } from "./rulesOf";
import { UnitAdjustment, unitAdjustments } from "./unitAdjustments";

/** Options of {@link adjustUnits}. */
export interface AdjustUnitsOptions {
  readonly month: number;
  readonly year: number | null;
  /** Cap of all county bonus together; null = none. */
  readonly bonusCap: number | null;
  /** Multiplier of city-assessment points. */
  readonly cityMultiplier: number;
  /**
   * 月度规则: the rules and events the summary makes itself (pace points, late points), counted
   * with the registered ones and under the same caps; each event's reason is listed.
   */
  readonly monthly?: {
    readonly rules: readonly AdjustmentRule[];
    readonly events: readonly AdjustmentEvent[];
  };
}

/** The month's 加减分汇总: one line per unit, the rules that occur, and every finding. */
export interface AdjustedUnits {
  readonly adjustments: readonly AdjustmentSummary[];
  /** The rule codes that occur, in the order of the rules table. */
  readonly ruleCodes: readonly string[];
  readonly rulesSource: "sheet" | "default";
  readonly diagnostics: readonly Diagnostic[];
}

/** A unit's line, its figures as plain numbers (0 when not finite), with seed 002's 等次影响. */
function summaryOf(unit: UnitAdjustment, reasons: readonly string[]): AdjustmentSummary {
  const plain = (value: Dec): number => finiteNumber(value) ?? 0;
  const override = gradeOverride(unit.cityBonus, unit.cityDeduction);
  return {
    unit: unit.unit,
    bonus: plain(unit.bonus),
    deduction: plain(unit.deduction),
    net: plain(unit.net),
    cityBonus: plain(unit.cityBonus),
    cityDeduction: plain(unit.cityDeduction),
    byRule: unit.byRule.map((rule) => ({
      code: rule.code,
      count: rule.count,
      points: plain(rule.capped.plus(rule.city)),
    })),
    grade: override.atMostFair ? "at_most_fair" : override.excellent ? "excellent" : null,
    reasons,
  };
}

/**
 * 单位加减分 (the month's bonus and deduction per unit): the rules in force ({@link rulesOf}) applied
 * by `unitAdjustments` to the events that count in the month ({@link eventsInMonth}), with every cap,
 * city points multiplied, and the grade consequence ({@link gradeOverride}); the summary's own
 * monthly rules and events (`monthly`) count alongside, their reasons listed per unit. An event that cannot be
 * counted is reported as `rejected_event` at its cell; an `AssessError` of the totals as one
 * `rejected_event` of the sheet. Any other error is a bug and is thrown.
 */
export function adjustUnits(
  rulesSheet: GridSheet | undefined,
  eventsSheet: GridSheet | undefined,
  options: AdjustUnitsOptions
): AdjustedUnits {
  const inForce = rulesOf(rulesSheet);
  const counted = eventsInMonth(eventsSheet, options.month, options.year);
  const diagnostics: Diagnostic[] = [...inForce.diagnostics, ...counted.diagnostics];
  const none = { adjustments: [], ruleCodes: [], rulesSource: inForce.source };
  const monthlyEvents = options.monthly?.events ?? [];
  const registered = eventsSheet === undefined ? [] : counted.events;
  if (registered.length === 0 && monthlyEvents.length === 0) {
    return { ...none, diagnostics };
  }
  const events = [...registered, ...monthlyEvents];
  const rules = [...inForce.rules, ...(options.monthly?.rules ?? [])];
  const sheet = String(eventsSheet?.name ?? "");
  const rejected = (cell: string, text: (locale: Locale) => string): Diagnostic =>
    diagnostic("rejected_event", "error", sheet, cell, "sideRejectedEvent", {
      reason: text("zh-CN"),
      reasonEn: text("en-US"),
    });
  let totals: ReturnType<typeof unitAdjustments>;
  try {
    totals = unitAdjustments(events, rules, {
      bonusCap: options.bonusCap,
      cityMultiplier: options.cityMultiplier,
    });
  } catch (error) {
    if (!(error instanceof AssessError)) {
      throw error;
    }
    diagnostics.push(rejected("", (locale) => formatMessage(locale, error.key, error.params)));
    return { ...none, diagnostics };
  }
  for (const problem of totals.problems) {
    const key: MessageKey = problem.key;
    diagnostics.push(
      rejected(eventProblemCell(key, problem.params, counted.cells[problem.index]), (locale) =>
        formatMessage(locale, key, problem.params)
      )
    );
  }
  const used = new Set(totals.units.flatMap((unit) => unit.byRule.map((rule) => rule.code)));
  const ruleCodes: string[] = [];
  for (const rule of rules) {
    if (used.has(rule.code) && !ruleCodes.includes(rule.code)) {
      ruleCodes.push(rule.code);
    }
  }
  // The monthly events' reasons by unit, in the events' order, gathered once (not searched per unit).
  const reasonsByUnit = new Map<string, string[]>();
  for (const event of monthlyEvents) {
    if (event.reason !== undefined) {
      const list = reasonsByUnit.get(event.unit);
      if (list === undefined) {
        reasonsByUnit.set(event.unit, [event.reason]);
      } else {
        list.push(event.reason);
      }
    }
  }
  const reasonsOf = (unit: string): string[] => [...(reasonsByUnit.get(unit) ?? [])];
  return {
    adjustments: totals.units.map((unit) => summaryOf(unit, reasonsOf(unit.unit))),
    ruleCodes,
    rulesSource: inForce.source,
    diagnostics,
  };
}
