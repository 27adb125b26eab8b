import fc from "fast-check";
import { AssessError } from "../../../src/engine/kernel/errors";
import { rankFlags } from "../../../src/engine/ranking/rankFlags";

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

const bottoms = (flags: { bottom: boolean }[]): boolean[] => flags.map((flag) => flag.bottom);
const lasts = (flags: { lastInGroup: boolean }[]): boolean[] =>
  flags.map((flag) => flag.lastInGroup);

describe("rankFlags", () => {
  it.each<[string, (number | null)[], number | undefined, boolean[]]>([
    [
      "ranks 1..10: 后三位 = 8, 9, 10",
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      undefined,
      [false, false, false, false, false, false, false, true, true, true],
    ],
    [
      "ties at the bottom are all flagged",
      [1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8],
      undefined,
      [false, false, false, false, false, false, false, true, true, true, true],
    ],
    [
      "competition ties 1,1,3,4,4 → the 3 and both 4s",
      [1, 1, 3, 4, 4],
      undefined,
      [false, false, true, true, true],
    ],
    [
      "unordered input",
      [10, 1, 9, 2, 8, 3, 7, 4, 6, 5],
      undefined,
      [true, false, true, false, true, false, false, false, false, false],
    ],
    [
      "null ranks are skipped and not counted",
      [1, null, 2, 3, null, 4],
      undefined,
      [false, false, true, true, false, true],
    ],
    ["fewer items than the count: all flagged", [1, 2], undefined, [true, true]],
    ["bottom 1", [1, 2, 3, 3], 1, [false, false, true, true]],
    ["bottom 0 flags nothing", [1, 2, 3], 0, [false, false, false]],
  ])("%s", (_name, ranks, bottomCount, expected) => {
    expect(bottoms(rankFlags(ranks, undefined, bottomCount))).toEqual(expected);
  });

  it("a tie straddling the line: ranks 1,2,3,3,5,6 → 3s have 2 worse and are flagged", () => {
    expect(bottoms(rankFlags([1, 2, 3, 3, 5, 6]))).toEqual([false, false, true, true, true, true]);
  });

  it("seed 000: the last of the mountain counties (山区县最后一名)", () => {
    const ranks = [2, 5, 9, 1, 4, 11, null, 3];
    const groups = ["山区县", "山区县", "平原县", "平原县", "山区县", "平原县", "山区县", null];
    expect(lasts(rankFlags(ranks, groups))).toEqual([
      false,
      true,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it("ties at the bottom of a group are all last; blank group text means no group", () => {
    expect(lasts(rankFlags([3, 3, 1, 2], ["a", "a", "a", " "]))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("no groups → lastInGroup false", () => {
    expect(lasts(rankFlags([1, 2, 3]))).toEqual([false, false, false]);
  });

  it("groups must be as many as ranks", () => {
    expect(thrown(() => rankFlags([1, 2], ["a"]))).toMatchObject({
      kind: "value",
      key: "lengthMismatch",
    });
  });

  it("bottomCount must be a whole number ≥ 0", () => {
    expect(thrown(() => rankFlags([1], undefined, -1))).toMatchObject({
      kind: "number",
      key: "invalidOption",
    });
    expect(thrown(() => rankFlags([1], undefined, 1.5))).toMatchObject({
      kind: "number",
      key: "invalidOption",
    });
  });

  it("property: bottom ⇔ fewer than bottomCount ranked items are worse", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 5 }),
        (ranks, bottomCount) => {
          const flags = rankFlags(ranks, undefined, bottomCount);
          ranks.forEach((value, index) => {
            const worse = ranks.filter(
              (other) => other !== null && value !== null && other > value
            ).length;
            expect(flags[index].bottom).toBe(value !== null && worse < bottomCount);
          });
        }
      )
    );
  });
});
