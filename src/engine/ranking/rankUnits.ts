import { Dec } from "../kernel/decimal";
import { TiesMethod } from "../kernel/types";
import { RankingItem, RankingMeasure } from "../summary/summaryTypes";
import { DepartmentIndicator, rankDepartments } from "./rankDepartments";
import { rankingItems } from "./rankingItems";

/** Options of {@link rankUnits}. */
export interface RankUnitsOptions {
  readonly ties: TiesMethod;
  /** Last month's ranking as given; null = computed from last month's indicators. */
  readonly previousRanking: readonly { readonly unit: string; readonly rank: number }[] | null;
  /** 排名依据; default the average pace gap. */
  readonly measure?: RankingMeasure;
  /** 后N位; default 3. */
  readonly bottomCount?: number;
}

/** The ranking of a month, with the exact average gaps and where last month's ranks came from. */
export interface RankedUnits {
  readonly ranking: readonly RankingItem[];
  /** Per ranking item, the exact average pace gap (fraction). */
  readonly gaps: readonly (Dec | null)[];
  /** Per ranking item, the exact figure ranked on (see `RankingMeasure`). */
  readonly scores: readonly (Dec | null)[];
  readonly previousSource: "settings" | "computed" | "none";
  /**
   * Last month's ranking as computed from `previous` (each unit's own rank then, no change), so
   * that it is not ranked again; null when last month's ranks were given or `previous` is null.
   */
  readonly computedPrevious: readonly RankingItem[] | null;
}

/**
 * 责任单位进度排名: the lead units ranked by {@link rankDepartments} on this month's indicators,
 * on the chosen measure, with 后三位 (the last `bottomCount`) and the change against last month
 * (进退位) — {@link rankingItems}.
 * Last month's ranks are the given ones (unit names trimmed) when there are any, else computed the
 * same way from `previous` (last month's indicators, null in month 1) when a unit ranked then, else
 * none.
 */
export function rankUnits(
  current: readonly DepartmentIndicator[],
  previous: readonly DepartmentIndicator[] | null,
  options: RankUnitsOptions
): RankedUnits {
  const ranked = rankDepartments(current, options.ties, options.measure);
  let previousRanks: ReadonlyMap<string, number> | null = null;
  let previousSource: RankedUnits["previousSource"] = "none";
  let computedPrevious: readonly RankingItem[] | null = null;
  if (options.previousRanking !== null) {
    previousRanks = new Map(options.previousRanking.map((item) => [item.unit.trim(), item.rank]));
    previousSource = "settings";
  } else if (previous !== null) {
    const all = rankDepartments(previous, options.ties, options.measure);
    computedPrevious = rankingItems(all, null, options.bottomCount ?? 3);
    const before = all.filter((item) => item.rank !== null);
    if (before.length > 0) {
      previousRanks = new Map(before.map((item) => [item.unit, item.rank as number]));
      previousSource = "computed";
    }
  }
  const ranking = rankingItems(ranked, previousRanks, options.bottomCount ?? 3);
  return {
    ranking,
    gaps: ranked.map((item) => item.averagePaceGap),
    scores: ranked.map((item) => item.score),
    previousSource,
    computedPrevious,
  };
}
