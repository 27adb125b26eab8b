import { Figure } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";
import { proportionalPoints } from "../../../src/engine/adjustments/proportionalPoints";

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

describe("proportionalPoints (seed 003 B10: 最多的部门加2分,其他部门按比例加分)", () => {
  it.each<[string, (Figure | null)[], Figure, (string | null)[]]>([
    ["the largest gets 2, the others in proportion", [5000, 2000, 2500], 2, ["2", "0.8", "1"]],
    [
      "blanks stay blank",
      [null, 300, 100],
      2,
      [null, "2", "0.6666666666666666666666666666666666666667"],
    ],
    ["ties at the top both get the full points", [40, 40, 10], 2, ["2", "2", "0.5"]],
    ["largest 0 → all 0", [0, 0, null], 2, ["0", "0", null]],
    ["all blank", [null, null], 2, [null, null]],
    ["decimal quantities (亿元)", ["1.2", "0.3", "0.6"], "2", ["2", "0.5", "1"]],
    ["negative points for a deduction", [10, 5], -1, ["-1", "-0.5"]],
  ])("%s", (_name, quantities, points, expected) => {
    expect(
      proportionalPoints(quantities, points).map((value) =>
        value === null ? null : value.toString()
      )
    ).toEqual(expected);
  });

  it("a negative quantity → #VALUE!", () => {
    expect(thrown(() => proportionalPoints([10, -1], 2))).toMatchObject({
      kind: "value",
      key: "negativeQuantity",
    });
  });
});
