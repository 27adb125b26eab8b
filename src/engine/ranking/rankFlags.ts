import { assert } from "../kernel/errors";

/** The flags of one ranked item. */
export interface RankFlag {
  /** 后三位: fewer than `bottomCount` ranked items rank strictly worse. */
  readonly bottom: boolean;
  /** 组内最后一名 (seed 000: 山区县最后一名): the worst rank within its group. */
  readonly lastInGroup: boolean;
}

/**
 * 排名预警标记: flags the bottom ranks (后三位) and the last of each group (山区县最后一名).
 * Ranks are 1 = best, as {@link rankValues} gives them. Ties at the bottom are all flagged
 * (ranks 1…7, 8, 8, 8, 8 → the four 8s). Null ranks, and items with no group (null or blank text)
 * for `lastInGroup`, get false.
 */
export function rankFlags(
  ranks: readonly (number | null)[],
  groups?: readonly (string | null)[],
  bottomCount = 3
): RankFlag[] {
  if (groups !== undefined) {
    assert(groups.length === ranks.length, "value", "lengthMismatch", {
      first: "ranks",
      second: "groups",
      firstCount: ranks.length,
      secondCount: groups.length,
    });
  }
  assert(Number.isInteger(bottomCount) && bottomCount >= 0, "number", "invalidOption", {
    name: "bottomCount",
    text: String(bottomCount),
    allowed: "0, 1, 2, 3, …",
  });

  const sorted = ranks.filter((value): value is number => value !== null && value !== undefined);
  sorted.sort((a, b) => a - b);

  const groupOf = (index: number): string | null => {
    const group = groups?.[index];
    return group === null || group === undefined || group.trim() === "" ? null : group.trim();
  };
  const worstInGroup = new Map<string, number>();
  ranks.forEach((value, index) => {
    const group = groupOf(index);
    if (value !== null && value !== undefined && group !== null) {
      worstInGroup.set(group, Math.max(worstInGroup.get(group) ?? value, value));
    }
  });

  return ranks.map((value, index) => {
    if (value === null || value === undefined) {
      return { bottom: false, lastInGroup: false };
    }
    const worse = sorted.length - countAtMost(sorted, value);
    const group = groupOf(index);
    return {
      bottom: worse < bottomCount,
      lastInGroup: group !== null && worstInGroup.get(group) === value,
    };
  });
}

/** How many entries of an ascending list are ≤ value (binary search). */
function countAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
