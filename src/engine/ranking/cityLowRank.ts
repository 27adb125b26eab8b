import { CityRank } from "./readCityRanks";

/** Whether a city rank is low, and how the clerk reads it. */
export interface CityLowRank {
  /** 全市后N位: fewer than `bottomCount` counties rank worse (needs the count). */
  readonly bottom: boolean;
  /** 组内最后一名: the rank within the group equals the group's size. */
  readonly lastInGroup: boolean;
  /** "全市排名第10/11", "全市排名第10/11、山区县最后一名（第5/5）". */
  readonly text: string;
}

/**
 * 排名靠后 (seed 000: 排名全市后三位或山区县最后一名): whether the county's rank for an indicator is
 * among the city's last `bottomCount` (rank > count − bottomCount; not judged without the count)
 * or the last of its group (rank in group = group size). The group is `groupName` when given, else
 * as the rank row names it ("组内" when neither does). Null without a rank.
 */
export function cityLowRank(
  rank: CityRank | null,
  bottomCount: number,
  groupName: string | null
): CityLowRank | null {
  if (rank === null) {
    return null;
  }
  const bottom = rank.count !== null && rank.rank > rank.count - bottomCount;
  const lastInGroup =
    rank.groupRank !== null && rank.groupSize !== null && rank.groupRank === rank.groupSize;
  const group = groupName ?? rank.group ?? "组内";
  const parts = [`全市排名第${rank.rank}${rank.count === null ? "" : `/${rank.count}`}`];
  if (lastInGroup) {
    parts.push(`${group}最后一名（第${rank.groupRank}/${rank.groupSize}）`);
  } else if (rank.groupRank !== null) {
    parts.push(`${group}第${rank.groupRank}${rank.groupSize === null ? "" : `/${rank.groupSize}`}`);
  }
  return { bottom, lastInGroup, text: parts.join("、") };
}
