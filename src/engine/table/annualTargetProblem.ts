import { CheckpointTarget, Direction, Measure } from "../kernel/types";
import { isPercentUnit } from "./isPercentUnit";

/** What {@link annualTargetProblem} looks at: an indicator's measure, direction, unit and targets. */
export interface AnnualTargetFacts {
  readonly measure: Measure;
  readonly direction: Direction;
  readonly unit: string;
  readonly annualTarget: number | null;
  readonly checkpoints: readonly CheckpointTarget[];
}

/**
 * 全年目标问题: why an indicator's annual target (全年目标) cannot be assessed against — `missing`:
 * the table gives none (only checkpoint targets, or none at all: a checkpoint target is never
 * taken for the annual one); `zero`: the annual target of an absolute, higher-is-better amount is
 * 0 (万元 0, or a 0 after checkpoint targets above 0), where no completion or pace gap exists.
 * A zero target of a rate (削减比 0 %, every checkpoint 0) is a target like any other: reached
 * when the actual is ≥ 0 (DOMAIN.md "Zero targets"). Null when the annual target can be used.
 */
export function annualTargetProblem(facts: AnnualTargetFacts): "missing" | "zero" | null {
  if (facts.annualTarget === null) {
    return "missing";
  }
  if (facts.annualTarget !== 0 || facts.measure !== "absolute" || facts.direction !== "higher") {
    return null;
  }
  const rate = isPercentUnit(facts.unit);
  return !rate || facts.checkpoints.some((checkpoint) => checkpoint.target !== 0) ? "zero" : null;
}
