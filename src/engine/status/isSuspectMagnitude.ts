import { dec } from "../kernel/decimal";
import { Measure } from "../kernel/types";

/** Looked up once: global lookups are slow in some hosts (jest's sandbox). */
const isFiniteNumber = Number.isFinite;

/**
 * 量级可疑: true when an absolute actual exceeds ten times a positive annual target — the mark of a
 * 万元/亿元 slip (an actual of 136000 against a target of 13600). Growth rates are never suspect:
 * a rate far above its target is plausible. Compared exactly (decimal).
 */
export function isSuspectMagnitude(
  actual: number | null,
  annualTarget: number | null,
  measure: Measure
): boolean {
  if (measure !== "absolute" || actual === null || annualTarget === null || !(annualTarget > 0)) {
    return false;
  }
  if (!isFiniteNumber(actual) || !isFiniteNumber(annualTarget) || actual <= annualTarget * 9) {
    return false; // a cheap, safely wide pre-check: the decision itself is the exact comparison below
  }
  return dec(actual).gt(dec(annualTarget).times(10));
}
