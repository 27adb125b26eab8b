import { Figure, dec } from "../kernel/decimal";
import { AssessError } from "../kernel/errors";
import { RankOptions, rankValues } from "./rankValues";

/**
 * 名次: the rank of one value among a list, like Excel RANK.EQ (descending, competition ties by
 * default). A value that is not in the list is an error (#N/A), as in Excel.
 */
export function rank(
  value: Figure,
  values: readonly (Figure | null)[],
  options: RankOptions = {}
): number {
  const target = dec(value);
  const ranks = rankValues(values, options);
  for (let index = 0; index < values.length; index += 1) {
    const candidate = values[index];
    const candidateRank = ranks[index];
    if (
      candidate !== null &&
      candidate !== undefined &&
      candidateRank !== null &&
      dec(candidate).eq(target)
    ) {
      return candidateRank;
    }
  }
  throw new AssessError("notAvailable", "notInList");
}
