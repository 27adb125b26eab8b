import { Figure } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";
import { rankScore } from "../../../src/engine/scores/rankScore";

function thrown(action: () => unknown): AssessError {
  try {
    action();
  } catch (error) {
    if (error instanceof AssessError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected an AssessError");
}

describe("rankScore (争先进位计分)", () => {
  it.each<[number, Figure, Figure | undefined, string]>([
    [1, 10, undefined, "10"],
    [2, 10, undefined, "9.5"],
    [3, 10, undefined, "9"],
    [10, 10, undefined, "5.5"],
    [20, 10, undefined, "0.5"],
    [21, 10, undefined, "0"],
    [30, 10, undefined, "0"],
    [4, 15, "0.1", "10.5"],
    [3, "2.5", "0.03", "2.35"],
  ])("rank %s of full %s, step %s → %s", (rank, full, step, expected) => {
    expect(rankScore(rank, full, step).toString()).toBe(expected);
  });

  it.each<[number]>([[0], [-1], [1.5], [Number.NaN]])("rank %s → #NUM!", (rank) => {
    expect(thrown(() => rankScore(rank, 10))).toMatchObject({ kind: "number", key: "invalidRank" });
  });
});
