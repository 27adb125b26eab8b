import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";

/**
 * 争先进位计分 (按名次计分): full × (1 − step × (rank − 1)), not below 0; first place earns the full
 * score and every place lower loses `step` of it (default 5%). The rank is a whole number ≥ 1.
 */
export function rankScore(rank: number, fullScore: Figure, step: Figure = "0.05"): Dec {
  assert(Number.isInteger(rank) && rank >= 1, "number", "invalidRank", { rank: String(rank) });
  const score = dec(fullScore).mul(new Dec(1).minus(dec(step).mul(rank - 1)));
  return Dec.max(score, 0);
}
