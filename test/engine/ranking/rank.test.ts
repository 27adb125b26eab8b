import { AssessError } from "../../../src/engine/kernel/errors";
import { rank } from "../../../src/engine/ranking/rank";
import { RankOrder, TiesMethod } from "../../../src/engine/kernel/types";

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

describe("rank", () => {
  const values = [7, 3.5, null, "3.50", 1, 2];
  it.each<[number | string, RankOrder | undefined, TiesMethod | undefined, number]>([
    [7, undefined, undefined, 1],
    [3.5, undefined, undefined, 2],
    ["3.5", undefined, undefined, 2],
    [2, undefined, undefined, 4],
    [1, undefined, undefined, 5],
    [1, "ascending", undefined, 1],
    [7, "ascending", undefined, 5],
    [2, "descending", "dense", 3],
    [1, "descending", "dense", 4],
  ])("rank(%s) %s %s = %s", (value, order, ties, expected) => {
    expect(rank(value, values, { order, ties })).toBe(expected);
  });

  it.each<[number | string]>([[4], ["3.51"], [0]])("%s is not in the list → #N/A", (value) => {
    expect(thrown(() => rank(value, values))).toMatchObject({
      kind: "notAvailable",
      key: "notInList",
    });
  });

  it("a blank list holds nothing", () => {
    expect(thrown(() => rank(0, [null]))).toMatchObject({ kind: "notAvailable", key: "notInList" });
  });
});
