/** Checkpoint words: 上半年, 前三季度, 全年 (a month range such as 1-12月 has none of them). */
const WORD_CHECKPOINT = /[年季]/;

/**
 * 节点优先级: the rank of a target's checkpoint label among targets of the same month — a
 * checkpoint word (上半年, 全年) is 2, a month range (1-12月) 0, so 全年 73.8 wins over 1-12月 73.23.
 */
export function checkpointPriority(label: string): number {
  return WORD_CHECKPOINT.test(label) ? 2 : 0;
}
