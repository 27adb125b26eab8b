import { AssessError } from "../kernel/errors";
import { parseCheckpoint } from "../pace/parseCheckpoint";

/**
 * 节点月份: the cumulative month a checkpoint names (上半年 → 6, 1-7月 → 7, 全年 → `periods`), as
 * `parseCheckpoint` reads it; undefined when it is not a checkpoint. Callers simplify traditional
 * characters first.
 *
 * @throws only what is not an AssessError (a failure of the code, never of the text).
 */
export function checkpointMonth(text: string | number, periods: number): number | undefined {
  try {
    return parseCheckpoint(text, periods);
  } catch (error) {
    if (error instanceof AssessError) {
      return undefined;
    }
    throw error;
  }
}
