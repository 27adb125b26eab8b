import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";
import { Sharing } from "../kernel/types";

/**
 * One weighted part of a composite score. The score is a figure, null when the unit has no such
 * part (不承担该项任务), or a nested list of parts that is itself a composite.
 */
export interface CompositePart {
  readonly score: Figure | null | readonly CompositePart[];
  /** A fraction (0.6) or a percentage (60); a level whose weights add up to more than 1.5 is read as %. */
  readonly weight: Figure;
}

/**
 * 综合得分 (加权汇总, seed 003 六(一)1): Σ score × weight. Weights are fractions, or percentages when
 * the weights of a level (missing parts included) add up to more than 1.5. A missing part (null
 * score, or a nested composite whose parts are all missing) has its weight shared out among the
 * present parts: "even" (default, seed 003 平均到其他指标权重中: 60/30/10 without the 30 → 75/0/25)
 * gives each present part with a positive weight an equal share; "proportional" scales the present
 * weights up to the level's total (→ 85.71/0/14.29). When no present part has a positive weight, the
 * missing weight is shared evenly among the present parts with either method.
 */
export function compositeScore(parts: readonly CompositePart[], sharing: Sharing = "even"): Dec {
  assert(sharing === "even" || sharing === "proportional", "value", "invalidOption", {
    name: "sharing",
    text: String(sharing),
    allowed: "even, proportional",
  });
  const score = combine(parts, sharing);
  assert(score !== null, "notAvailable", "noScores");
  return score;
}

function isNested(score: CompositePart["score"]): score is readonly CompositePart[] {
  return Array.isArray(score);
}

/** The composite of one level, or null when every part is missing. */
function combine(parts: readonly CompositePart[], sharing: Sharing): Dec | null {
  const present: { readonly score: Dec; readonly weight: Dec }[] = [];
  let total = new Dec(0);
  let missing = new Dec(0);
  for (const part of parts) {
    const weight = dec(part.weight);
    assert(weight.gte(0), "value", "negativeWeight", { text: String(part.weight) });
    total = total.plus(weight);
    const score = isNested(part.score)
      ? combine(part.score, sharing)
      : part.score === null || part.score === undefined
        ? null
        : dec(part.score);
    if (score === null) {
      missing = missing.plus(weight);
    } else {
      present.push({ score, weight });
    }
  }
  if (present.length === 0) {
    return null;
  }

  // Multiply before dividing, so equal scores come out exact: Σ s×w + missing × (Σ s) / k.
  let weighted = new Dec(0);
  let presentWeight = new Dec(0);
  for (const part of present) {
    weighted = weighted.plus(part.score.mul(part.weight));
    presentWeight = presentWeight.plus(part.weight);
  }
  let sum: Dec;
  if (missing.isZero()) {
    sum = weighted;
  } else if (sharing === "proportional" && presentWeight.gt(0)) {
    sum = weighted.mul(total).div(presentWeight);
  } else {
    const positive = present.filter((part) => part.weight.gt(0));
    const recipients = positive.length > 0 ? positive : present;
    const recipientScores = recipients.reduce((acc, part) => acc.plus(part.score), new Dec(0));
    sum = weighted.plus(missing.mul(recipientScores).div(recipients.length));
  }
  return total.gt("1.5") ? sum.div(100) : sum;
}
