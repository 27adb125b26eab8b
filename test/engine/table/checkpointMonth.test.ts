import { checkpointMonth } from "../../../src/engine/table/checkpointMonth";

describe("checkpointMonth", () => {
  it.each<[string | number, number, number | undefined]>([
    ["上半年", 12, 6],
    ["前三季度", 12, 9],
    ["全年", 12, 12],
    ["1-7月", 12, 7],
    ["1—8月", 12, 8],
    [7, 12, 7],
    ["全年", 4, 4],
    ["下半年", 12, undefined],
    ["13月", 12, undefined],
    ["约30", 12, undefined],
    ["", 12, undefined],
  ])("%j with %i periods → %p", (text, periods, month) => {
    expect(checkpointMonth(text, periods)).toBe(month);
  });
});
