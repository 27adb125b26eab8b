import { finiteNumber } from "../kernel/finiteNumber";
import { RankingItem } from "../summary/summaryTypes";
import { rankChange } from "./rankChange";
import { DepartmentRank } from "./rankDepartments";
import { rankFlags } from "./rankFlags";

/**
 * 排名行: the ranking items of ranked units (`rankDepartments`' order) — their figures as plain
 * numbers, 后N位 for the last `bottomCount` ({@link rankFlags}) and each unit's rank last month from
 * `previousRanks` (null when none) with the change against it ({@link rankChange}, 进退位).
 */
export function rankingItems(
  ranked: readonly DepartmentRank[],
  previousRanks: ReadonlyMap<string, number> | null,
  bottomCount: number
): RankingItem[] {
  const flags = rankFlags(
    ranked.map((item) => item.rank),
    undefined,
    bottomCount
  );
  return ranked.map((item, position): RankingItem => {
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
}
