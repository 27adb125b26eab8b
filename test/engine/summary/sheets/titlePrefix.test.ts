import { titlePrefix } from "../../../../src/engine/summary/sheets/titlePrefix";

describe("titlePrefix", () => {
  it.each([
    ["镇巴县", 2016, 7, "镇巴县2016年7月"],
    ["镇巴县", null, 12, "镇巴县12月"],
    [null, 2018, 1, "2018年1月"],
    [null, null, 7, "7月"],
  ])("%p, %p, month %p → %s", (county, year, month, expected) => {
    expect(titlePrefix({ county, year, month })).toBe(expected);
  });
});
