import { checkpointPriority } from "../../../src/engine/table/checkpointPriority";

describe("checkpointPriority", () => {
  it.each([
    ["全年", 2],
    ["上半年", 2],
    ["前三季度", 2],
    ["一季度", 2],
    ["1-12月", 0],
    ["7月", 0],
    ["", 0],
  ])("%s → %i", (label, priority) => {
    expect(checkpointPriority(label)).toBe(priority);
  });

  it("ranks 全年 above 1-12月 for the same month", () => {
    expect(checkpointPriority("全年")).toBeGreaterThan(checkpointPriority("1-12月"));
  });
});
