import { rankChange } from "../../../src/engine/ranking/rankChange";

describe("rankChange", () => {
  it.each<[number | null, number | null, number | null]>([
    [3, 5, 2], // 进位 2
    [5, 3, -2], // 退位 2
    [4, 4, 0],
    [1, 12, 11],
    [null, 3, null],
    [3, null, null],
    [null, null, null],
  ])("rank %s, previous %s → %s", (current, previous, expected) => {
    expect(rankChange(current, previous)).toBe(expected);
  });
});
