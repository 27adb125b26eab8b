import { checkMonth } from "../kernel/checkMonth";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { AssessError } from "../kernel/errors";
import { PaceMethod, TiesMethod } from "../kernel/types";
import { ColumnOverride } from "../table/tableModel";
import { RankingMeasure, SummarySettings } from "./summaryTypes";

/** The summary's settings after checking, every default filled in. */
export interface ResolvedSettings {
  readonly month: number;
  readonly periods: number;
  /** Undefined: per indicator (checkpoints before year end → checkpoint, else linear). */
  readonly method?: PaceMethod;
  readonly band: number;
  readonly ties: TiesMethod;
  readonly sheet?: string;
  readonly county: string | null;
  readonly year: number | null;
  readonly bonusCap: number | null;
  readonly cityMultiplier: number;
  readonly dueDay: number;
  /** Null: computed at month − 1 from the same workbook. */
  readonly previousRanking: readonly { readonly unit: string; readonly rank: number }[] | null;
  readonly columns?: readonly ColumnOverride[];
  readonly bottomCount: number;
  readonly rankingMeasure: RankingMeasure;
  /** Positive points; the deductions are made negative where they are counted. */
  readonly paceBonusPoints: number;
  readonly paceDeductionPoints: number;
  readonly latePoints: number;
  readonly interviewRuns: number;
  /** Null: the group the 全市排名 sheet names, if any. */
  readonly groupName: string | null;
}

/** What {@link resolveSettings} finds: the settings (null when no month can be had) and why not. */
export interface ResolvedSettingsResult {
  readonly settings: ResolvedSettings | null;
  readonly diagnostics: readonly Diagnostic[];
}

const wholeIn = (value: unknown, low: number, high: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= low && value <= high;

const finite = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** An entry of last month's ranking that can be used: a unit name and a rank 1, 2, 3 … */
const isRankedUnit = (item: unknown): item is { readonly unit: string; readonly rank: number } =>
  typeof item === "object" &&
  item !== null &&
  typeof (item as { readonly unit?: unknown }).unit === "string" &&
  wholeIn((item as { readonly rank?: unknown }).rank, 1, Number.MAX_SAFE_INTEGER);

/**
 * 设置校验: checks the monthly summary's settings. A bad setting is reported (`invalid_setting`,
 * a warning naming the default used) and its default taken: periods 12, band 0.05, method per
 * indicator, competition ties, bonus cap 3 (its sign ignored; null = none), city multiplier 2, due
 * day 15, year and county from the table's title, last month's ranking computed; the monthly rules'
 * bottom count 3, ranking by average pace gap, 0.5 points for ahead of pace, behind pace and low
 * in the city, and each late report (signs ignored), interviews after 2 periods running, the group
 * as the 全市排名 sheet names it. A month that is not
 * a whole month of the periods ({@link checkMonth}) is an error: no settings, no summary.
 */
export function resolveSettings(raw: SummarySettings | undefined): ResolvedSettingsResult {
  const given: Partial<SummarySettings> = typeof raw === "object" && raw !== null ? raw : {};
  const diagnostics: Diagnostic[] = [];
  /** The setting's value when given and accepted (`read` gives undefined to refuse it), else the default. */
  const take = <T>(
    name: keyof SummarySettings,
    fallback: T,
    fallbackText: string,
    read: (value: unknown) => T | undefined
  ): T => {
    const value: unknown = given[name];
    if (value === undefined) {
      return fallback;
    }
    const accepted = read(value);
    if (accepted !== undefined) {
      return accepted;
    }
    diagnostics.push(
      diagnostic("invalid_setting", "warning", "", "", "summaryInvalidSetting", {
        name,
        text: String(value),
        fallback: fallbackText,
      })
    );
    return fallback;
  };

  const periods = take("periods", 12, "12", (value) =>
    wholeIn(value, 1, 366) ? value : undefined
  );
  const month = given.month;
  try {
    checkMonth(month as number, periods);
  } catch (error) {
    if (!(error instanceof AssessError)) {
      throw error;
    }
    diagnostics.push(
      diagnostic("invalid_setting", "error", "", "", "summaryMonthInvalid", {
        month: String(month),
        periods,
      })
    );
    return { settings: null, diagnostics };
  }
  const band = take("band", 0.05, "0.05", (value) =>
    finite(value) && value >= 0 ? value : undefined
  );
  const method = take<PaceMethod | undefined>("method", undefined, "按指标自动选择", (value) =>
    value === "linear" || value === "checkpoint" ? value : undefined
  );
  const ties = take<TiesMethod>("ties", "competition", "competition", (value) =>
    value === "competition" || value === "dense" ? value : undefined
  );
  const bonusCap = take<number | null>("bonusCap", 3, "3", (value) =>
    value === null ? null : finite(value) ? Math.abs(value) : undefined
  );
  const cityMultiplier = take("cityMultiplier", 2, "2", (value) =>
    finite(value) ? value : undefined
  );
  const dueDay = take("dueDay", 15, "15", (value) => (wholeIn(value, 1, 31) ? value : undefined));
  const year = take<number | null>("year", null, "标题中的年份", (value) =>
    wholeIn(value, 1000, 9998) ? value : undefined
  );
  const county =
    typeof given.county === "string" && given.county.trim() !== "" ? given.county.trim() : null;
  const sheet =
    typeof given.sheet === "string" && given.sheet.trim() !== "" ? given.sheet : undefined;
  const previousRanking = take<ResolvedSettings["previousRanking"]>(
    "previousRanking",
    null,
    "按上月数据计算",
    (value) => (Array.isArray(value) ? value.filter(isRankedUnit) : undefined)
  );
  const columns = take<readonly ColumnOverride[] | undefined>(
    "columns",
    undefined,
    "表头识别的列角色",
    (value) => (Array.isArray(value) ? (value as readonly ColumnOverride[]) : undefined)
  );
  const bottomCount = take("bottomCount", 3, "3", (value) =>
    wholeIn(value, 0, 1000) ? value : undefined
  );
  const rankingMeasure = take<RankingMeasure>("rankingMeasure", "paceGap", "paceGap", (value) =>
    value === "paceGap" || value === "completion" || value === "composite" ? value : undefined
  );
  const points = (value: unknown): number | undefined =>
    finite(value) ? Math.abs(value) : undefined;
  const paceBonusPoints = take("paceBonusPoints", 0.5, "0.5", points);
  const paceDeductionPoints = take("paceDeductionPoints", 0.5, "0.5", points);
  const latePoints = take("latePoints", 0.5, "0.5", points);
  const interviewRuns = take("interviewRuns", 2, "2", (value) =>
    wholeIn(value, 1, 12) ? value : undefined
  );
  const groupName = take<string | null>("groupName", null, "全市排名表中的组别", (value) =>
    value === null ? null : typeof value === "string" ? value.trim() || null : undefined
  );
  const settings: ResolvedSettings = {
    month: month as number,
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
    bottomCount,
    rankingMeasure,
    paceBonusPoints,
    paceDeductionPoints,
    latePoints,
    interviewRuns,
    groupName,
  };
  return { settings, diagnostics };
}
