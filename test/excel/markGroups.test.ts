import { markGroups } from "../../src/excel/markGroups";

const block = (top: number, status: "lagging" | "serious") => ({
  top,
  left: 0,
  rows: 1,
  columns: 6,
  status,
});

describe("markGroups", () => {
  it("puts each status's blocks in one address list, in the order statuses first appear", () => {
    expect(
      markGroups([block(1, "serious"), block(3, "lagging"), block(5, "serious")]).map((group) => [
        group.status,
        group.address,
        group.blocks.length,
      ])
    ).toEqual([
      ["serious", "A2:F2, A6:F6", 2],
      ["lagging", "A4:F4", 1],
    ]);
  });

  it("starts a new list before one grows over the limit; a longer block stands alone", () => {
    const blocks = Array.from({ length: 300 }, (_, index) => block(index * 2, "lagging"));
    const groups = markGroups(blocks, 100);
    expect(groups.every((group) => group.address.length <= 100)).toBe(true);
    expect(groups.flatMap((group) => group.blocks)).toEqual(blocks);
    expect(markGroups([block(0, "lagging")], 3).map((group) => group.address)).toEqual(["A1:F1"]);
  });
});
