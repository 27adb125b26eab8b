import { sortCheckpoints } from "../../../src/engine/pace/sortCheckpoints";

describe("sortCheckpoints", () => {
  it("sorts by month", () => {
    expect(
      sortCheckpoints([
        { month: 12, target: 13600 },
        { month: 6, target: 6800 },
        { month: 9, target: 9500 },
      ])
    ).toEqual([
      { month: 6, target: 6800 },
      { month: 9, target: 9500 },
      { month: 12, target: 13600 },
    ]);
  });

  it("keeps the last of two checkpoints sharing a month (1-12月 73.23, then 全年 73.8)", () => {
    expect(
      sortCheckpoints([
        { month: 12, target: 73.23 },
        { month: 11, target: 64.19 },
        { month: 12, target: 73.8 },
      ])
    ).toEqual([
      { month: 11, target: 64.19 },
      { month: 12, target: 73.8 },
    ]);
  });

  it.each([
    // already in order, the annual target appended as assessIndicator does: the last 12 wins
    [
      [
        { month: 6, target: 6800 },
        { month: 9, target: 9500 },
        { month: 12, target: 13000 },
        { month: 12, target: 13600 },
      ],
      [
        { month: 6, target: 6800 },
        { month: 9, target: 9500 },
        { month: 12, target: 13600 },
      ],
    ],
    [
      [
        { month: 6, target: 6800 },
        { month: 6, target: 6900 },
        { month: 12, target: 13600 },
      ],
      [
        { month: 6, target: 6900 },
        { month: 12, target: 13600 },
      ],
    ],
  ])("keeps the last of equal months in an ordered list %#", (input, expected) => {
    expect(sortCheckpoints(input)).toEqual(expected);
  });

  it("returns copies holding only month and target, never the caller's objects", () => {
    const given = [{ month: 6, target: 6800, label: "上半年", cell: "E5" }];
    const sorted = sortCheckpoints(given);
    expect(sorted).toEqual([{ month: 6, target: 6800 }]);
    expect(sorted[0]).not.toBe(given[0]);
  });

  it("returns an empty list for no checkpoints", () => {
    expect(sortCheckpoints([])).toEqual([]);
  });

  it.each([
    [{ month: 13, target: 1 }, 12, "number", "monthOutOfRange"],
    [{ month: 0, target: 1 }, 12, "number", "monthOutOfRange"],
    [{ month: 5, target: 1 }, 4, "number", "monthOutOfRange"],
    [{ month: 6.5, target: 1 }, 12, "number", "monthOutOfRange"],
    [{ month: 6, target: Number.NaN }, 12, "value", "notANumber"],
    [{ month: 6, target: Number.POSITIVE_INFINITY }, 12, "value", "notANumber"],
    [{ month: 6, target: 1 }, 0, "number", "periodsInvalid"],
  ])("rejects %j with %d periods (%s/%s)", (checkpoint, periods, kind, key) => {
    expect(() => sortCheckpoints([checkpoint], periods)).toThrow(
      expect.objectContaining({ kind, key })
    );
  });
});
