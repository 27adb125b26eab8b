import { CityRank } from "../../../src/engine/ranking/readCityRanks";
import { cityLowRank } from "../../../src/engine/ranking/cityLowRank";

const rank = (
  place: number,
  count: number | null,
  groupRank: number | null,
  groupSize: number | null
): CityRank => ({
  indicator: "工业产值",
  measure: "",
  month: 7,
  rank: place,
  count,
  group: "山区县",
  groupRank,
  groupSize,
  cell: "A2",
});

describe("cityLowRank", () => {
  it.each([
    // rank, count, group rank, size, bottom count → bottom, last in group, text
    [9, 11, null, null, 3, true, false, "全市排名第9/11"],
    [8, 11, null, null, 3, false, false, "全市排名第8/11"],
    [11, 11, 5, 5, 1, true, true, "全市排名第11/11、山区县最后一名（第5/5）"],
    [5, 11, 5, 5, 3, false, true, "全市排名第5/11、山区县最后一名（第5/5）"],
    [10, null, 4, 5, 3, false, false, "全市排名第10、山区县第4/5"],
    [10, 11, 4, null, 0, false, false, "全市排名第10/11、山区县第4"],
  ])(
    "%p of %p, %p of %p in the group, last %p → %p, %p, %s",
    (place, count, groupRank, size, bottom, isBottom, last, text) => {
      expect(cityLowRank(rank(place, count, groupRank, size), bottom, null)).toEqual({
        bottom: isBottom,
        lastInGroup: last,
        text,
      });
    }
  );

  it("names the group as the settings say, and has nothing to judge without a rank", () => {
    expect(cityLowRank(rank(5, 11, 5, 5), 3, "山区")?.text).toBe(
      "全市排名第5/11、山区最后一名（第5/5）"
    );
    expect(cityLowRank(null, 3, null)).toBeNull();
  });
});
