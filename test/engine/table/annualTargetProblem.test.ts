import { annualTargetProblem } from "../../../src/engine/table/annualTargetProblem";

describe("annualTargetProblem", () => {
  const facts = {
    measure: "absolute",
    direction: "higher",
    unit: "万元",
    annualTarget: 13600,
    checkpoints: [
      { month: 6, target: 6800 },
      { month: 12, target: 13600 },
    ],
  } as const;

  it.each([
    ["an annual target", {}, null],
    ["only checkpoint targets (前三季度 9500)", { annualTarget: null }, "missing"],
    ["no target at all", { annualTarget: null, checkpoints: [] }, "missing"],
    ["an amount of 0", { annualTarget: 0, checkpoints: [{ month: 12, target: 0 }] }, "zero"],
    [
      "a rate of 0 after a checkpoint above 0 (a pace shortfall)",
      {
        unit: "%",
        annualTarget: 0,
        checkpoints: [
          { month: 6, target: 1 },
          { month: 12, target: 0 },
        ],
      },
      "zero",
    ],
    [
      "削减比 0 % all year (DOMAIN.md: reached when the actual is ≥ 0)",
      {
        unit: "%",
        annualTarget: 0,
        checkpoints: [
          { month: 6, target: 0 },
          { month: 12, target: 0 },
        ],
      },
      null,
    ],
    ["a growth rate of 0", { measure: "growth", unit: "%", annualTarget: 0 }, null],
    ["a ceiling of 0", { direction: "lower", annualTarget: 0 }, null],
  ] as const)("%s → %s", (_description, change, expected) => {
    expect(annualTargetProblem({ ...facts, ...change })).toBe(expected);
  });
});
