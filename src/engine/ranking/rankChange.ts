/**
 * 名次变化 (进位/退位): previous rank minus current rank. Positive = moved up (进位), negative = moved
 * down (退位), null when either rank is missing.
 */
export function rankChange(rank: number | null, previousRank: number | null): number | null {
  if (rank === null || rank === undefined || previousRank === null || previousRank === undefined) {
    return null;
  }
  return previousRank - rank;
}
