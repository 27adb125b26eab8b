import { dec, isValidMonth, SummarySettings, PaceMethod } from "../engine";
import { defaultMonth } from "./defaultMonth";

/** 窗格设置: what the clerk sets for the month in the settings card. */
export interface PaneSettings {
  /** Data month 1…periods. */
  readonly month: number;
  /** Pace method; `auto` = checkpoints when the indicator has them before year end, else linear. */
  readonly method: PaceMethod | "auto";
  /** Warning band in percentage points (5 = 5 points). */
  readonly bandPoints: number;
  /** Months (periods) in the year. */
  readonly periods: number;
}

/** The settings a new pane starts with: last month, automatic pace, a 5-point band, 12 periods. */
export function defaultPaneSettings(today: Date): PaneSettings {
  return { month: defaultMonth(today), method: "auto", bandPoints: 5, periods: 12 };
}

/** Whether the band and the periods are usable (0 ≤ band ≤ 100, periods a whole number 1…366). */
export function settingsValid(settings: PaneSettings): boolean {
  return (
    Number.isFinite(settings.bandPoints) &&
    settings.bandPoints >= 0 &&
    settings.bandPoints <= 100 &&
    settings.periods <= 366 &&
    isValidMonth(settings.month, settings.periods)
  );
}

/** The band as the fraction the engine and the functions take (5 points → 0.05), exactly. */
export function bandFraction(settings: PaneSettings): number {
  return dec(settings.bandPoints).div(100).toNumber();
}

/** The engine's summary settings for these pane settings, on the given table sheet. */
export function summarySettingsOf(settings: PaneSettings, sheet?: string): SummarySettings {
  return {
    month: settings.month,
    periods: settings.periods,
    band: bandFraction(settings),
    ...(settings.method === "auto" ? {} : { method: settings.method }),
    ...(sheet === undefined ? {} : { sheet }),
  };
}
