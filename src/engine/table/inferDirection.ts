import { Direction } from "../kernel/types";
import { RecordDraft } from "./blockDraft";

/** Names of reductions (下降率, 削减比, 减排): higher-is-better even when written with a ceiling. */
const REDUCTION = /下降|削减|减排|降低率|减少率/;

/**
 * 方向推断: the direction of a record whose direction cell gives none — higher-is-better for a
 * reduction (下降率, 削减比, 减排), else lower-is-better when a target was written as a ceiling (≤72),
 * else higher-is-better.
 */
export function inferDirection(record: RecordDraft): Direction {
  if (REDUCTION.test(record.block.nameKey)) {
    return "higher";
  }
  return record.ceiling ? "lower" : "higher";
}
