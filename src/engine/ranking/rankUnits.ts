import { Dec } from "../kernel/decimal";
import { finiteNumber } from "../kernel/finiteNumber";
import { TiesMethod } from "../kernel/types";
import { RankingItem, RankingMeasure } from "../summary/summaryTypes";
import { rankChange } from "./rankChange";
import { DepartmentIndicator, rankDepartments } from "./rankDepartments";
import { rankFlags } from "./rankFlags";

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
}

/**
 * 责任单位进度排名: the lead units ranked by {@link rankDepartments} on this month's indicators,
 * on the chosen measure, with 后三位 ({@link rankFlags}, the last `bottomCount`) and the change against last month ({@link rankChange}, 进退位).
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
  if (options.previousRanking !== null) {
    previousRanks = new Map(options.previousRanking.map((item) => [item.unit.trim(), item.rank]));
    previousSource = "settings";
  } else if (previous !== null) {
    const before = rankDepartments(previous, options.ties, options.measure).filter(
      (item) => item.rank !== null
    );
    if (before.length > 0) {
      previousRanks = new Map(before.map((item) => [item.unit, item.rank as number]));
      previousSource = "computed";
    }
  }
  const flags = rankFlags(
    ranked.map((item) => item.rank),
    undefined,
    options.bottomCount ?? 3
  );
  const ranking = ranked.map((item, position): RankingItem => {
    const previousRank = previousRanks?.get(item.unit) ?? null;
    return {
      unit: item.unit,
      rank: item.rank,
      averagePaceGap: finiteNumber(item.averagePaceGap),
      averageCompletion: finiteNumber(item.averageCompletion),
      score: finiteNumber(item.score),
      indicators: item.indicators,
      serious: item.serious,
      lagging: item.lagging,
      bottom: flags[position].bottom,
      previousRank,
      change: rankChange(item.rank, previousRank),
    };
  });
  return {
    ranking,
    gaps: ranked.map((item) => item.averagePaceGap),
    scores: ranked.map((item) => item.score),
    previousSource,
  };
}
