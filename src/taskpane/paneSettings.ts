import {
  dec,
  isValidMonth,
  monthlyDefinitions,
  MonthlyDefinition,
  MonthlySettingName,
  MonthlyValue,
  SummarySettings,
  PaceMethod,
} from "../engine";
import { defaultMonth } from "./defaultMonth";

/** The settings of the 更多设置 section: every monthly setting but the month, method, band and periods. */
export type MoreSettingName = Exclude<MonthlySettingName, "periods" | "band" | "method">;

/** The values of the 更多设置 section, as the engine takes them. */
export type MoreSettings = { readonly [N in MoreSettingName]: MonthlyValue<N> };

/** 窗格设置: what the clerk sets for the month in the settings card. */
export interface PaneSettings extends MoreSettings {
  /** Data month 1…periods. */
  readonly month: number;
  /** Pace method; `auto` = checkpoints when the indicator has them before year end, else linear. */
  readonly method: PaceMethod | "auto";
  /** Warning band in percentage points (5 = 5 points). */
  readonly bandPoints: number;
  /** Months (periods) in the year. */
  readonly periods: number;
}

/** The names of the 更多设置 section, in the order of the catalogue. */
export const moreSettingNames: readonly MoreSettingName[] = (
  Object.keys(monthlyDefinitions) as MonthlySettingName[]
).filter((name): name is MoreSettingName => !["periods", "band", "method"].includes(name));

const definitionOf = (name: MonthlySettingName): MonthlyDefinition<unknown> =>
  monthlyDefinitions[name] as MonthlyDefinition<unknown>;

/**
 * The settings a new pane starts with: last month, and every other setting at its default
 * (automatic pace, a 5-point band, 12 periods …; see `monthlyDefinitions`).
 */
export function defaultPaneSettings(today: Date): PaneSettings {
  const more = Object.fromEntries(
    moreSettingNames.map((name) => [name, definitionOf(name).fallback])
  ) as MoreSettings;
  return { ...more, month: defaultMonth(today), method: "auto", bandPoints: 5, periods: 12 };
}

/** Whether a 更多设置 value is one the 设置 sheet would accept (written as a cell, read back). */
export function moreSettingValid(name: MoreSettingName, value: unknown): boolean {
  if (typeof value === "number" && !Number.isFinite(value)) {
    return false;
  }
  const definition = definitionOf(name);
  const read = definition.parse(definition.cell(value));
  return !(typeof read === "object" && read !== null && "rule" in read);
}

/** Whether every setting is usable (0 ≤ band ≤ 100, periods 1…366, the others as the catalogue says). */
export function settingsValid(settings: PaneSettings): boolean {
  return (
    Number.isFinite(settings.bandPoints) &&
    settings.bandPoints >= 0 &&
    settings.bandPoints <= 100 &&
    settings.periods <= 366 &&
    isValidMonth(settings.month, settings.periods) &&
    moreSettingNames.every((name) => moreSettingValid(name, settings[name]))
  );
}

/** The band as the fraction the engine and the functions take (5 points → 0.05), exactly. */
export function bandFraction(settings: PaneSettings): number {
  return dec(settings.bandPoints).div(100).toNumber();
}

/** Every monthly setting but the month as the engine takes it (the automatic method left out). */
export function monthlyValuesOf(settings: PaneSettings): Partial<SummarySettings> {
  const more = Object.fromEntries(moreSettingNames.map((name) => [name, settings[name]]));
  return {
    ...more,
    periods: settings.periods,
    band: bandFraction(settings),
    ...(settings.method === "auto" ? {} : { method: settings.method }),
  };
}

/** The engine's summary settings for these pane settings, on the given table sheet. */
export function summarySettingsOf(settings: PaneSettings, sheet?: string): SummarySettings {
  return {
    month: settings.month,
    ...monthlyValuesOf(settings),
    ...(sheet === undefined ? {} : { sheet }),
  };
}

/**
 * 恢复的窗格设置: `base` with the settings the workbook keeps (`savedMonthlySettings`) put in;
 * the month is not one of them. A saved band is shown in percentage points.
 */
export function paneSettingsOf(saved: Partial<SummarySettings>, base: PaneSettings): PaneSettings {
  const more = Object.fromEntries(
    moreSettingNames.filter((name) => saved[name] !== undefined).map((name) => [name, saved[name]])
  ) as Partial<MoreSettings>;
  const periods = saved.periods ?? base.periods;
  return {
    ...base,
    ...more,
    periods,
    month: Math.min(base.month, periods),
    // The automatic method is saved as its absence: nothing saved keeps the base's.
    method: saved.method ?? (Object.keys(saved).length === 0 ? base.method : "auto"),
    bandPoints: saved.band === undefined ? base.bandPoints : dec(saved.band).times(100).toNumber(),
  };
}

/** The monthly settings that differ between two pane settings (the month is not one of them). */
export function changedSettings(before: PaneSettings, after: PaneSettings): MonthlySettingName[] {
  const a = monthlyValuesOf(before) as Readonly<Record<string, unknown>>;
  const b = monthlyValuesOf(after) as Readonly<Record<string, unknown>>;
  return (Object.keys(monthlyDefinitions) as MonthlySettingName[]).filter(
    (name) => a[name] !== b[name]
  );
}
