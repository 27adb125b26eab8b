import { remainingHeader } from "../../../../src/engine/summary/sheets/remainingHeader";

describe("remainingHeader", () => {
  it.each([
    [7, 12, "后5个月月均任务"],
    [1, 12, "后11个月月均任务"],
    [11, 12, "后1个月月均任务"],
    [12, 12, "后续月均任务"],
    [3, 4, "后1个月月均任务"],
  ])("month %d of %d → %s", (month, periods, expected) => {
    expect(remainingHeader(month, periods)).toBe(expected);
  });
});
