import { isSuspectMagnitude } from "../../../src/engine/status/isSuspectMagnitude";

describe("isSuspectMagnitude", () => {
  it.each([
    [136001, 13600, "absolute", true],
    [136000, 13600, "absolute", false],
    [700, 65.8, "absolute", true],
    [658, 65.8, "absolute", false],
    [658.0000001, 65.8, "absolute", true],
    [30, 2.2, "growth", false],
    [5, 0, "absolute", false],
    [5, -1.2, "absolute", false],
    [null, 13600, "absolute", false],
    [136001, null, "absolute", false],
  ] as const)("actual %j against %j (%s) → %s", (actual, annual, measure, suspect) => {
    expect(isSuspectMagnitude(actual, annual, measure)).toBe(suspect);
  });
});
