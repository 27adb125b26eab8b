import { Dec, Figure, dec } from "../kernel/decimal";
import { assert } from "../kernel/errors";
import { Direction } from "../kernel/types";

/** Options of {@link completionScore}. */
export interface CompletionScoreOptions {
  /** "higher" (default): completion = actual / target; "lower" (逆向指标): target / actual. */
  readonly direction?: Direction;
  /** Below this completion the score is 0 (seed 003: 完成省目标低于70%的不予加分). Default 0.7. */
  readonly floor?: Figure;
  /** The completion counted at most (default 1: no credit for over-fulfilment). */
  readonly cap?: Figure;
}

/**
 * 完成比例法: full score × min(completion, cap), and 0 when the completion is below the floor.
 * Completion is actual / target, or target / actual for a lower-is-better indicator.
 */
export function completionScore(
  actual: Figure,
  target: Figure,
  fullScore: Figure,
  options: CompletionScoreOptions = {}
): Dec {
  const direction = options.direction ?? "higher";
  assert(direction === "higher" || direction === "lower", "value", "invalidOption", {
    name: "direction",
    text: String(direction),
    allowed: "higher, lower",
  });
  const actualValue = dec(actual);
  const targetValue = dec(target);
  const floor = dec(options.floor ?? "0.7");
  const cap = dec(options.cap ?? 1);

  assert(!targetValue.isZero(), "divisionByZero", "zeroTarget");
  let completion: Dec;
  if (direction === "lower") {
    assert(!actualValue.isZero(), "divisionByZero", "zeroActual");
    completion = targetValue.div(actualValue);
  } else {
    completion = actualValue.div(targetValue);
  }
  if (completion.lt(floor)) {
    return new Dec(0);
  }
  return dec(fullScore).mul(Dec.min(completion, cap));
}
