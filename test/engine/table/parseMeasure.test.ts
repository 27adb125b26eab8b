import { parseMeasure } from "../../../src/engine/table/parseMeasure";

describe("parseMeasure", () => {
  it.each([
    ["绝对量", "absolute"],
    ["絕對量", "absolute"],
    ["总量", "absolute"],
    ["增幅", "growth"],
    ["增速", "growth"],
    ["增长率", "growth"],
    [" 增幅 ", "growth"],
    ["", null],
    [null, null],
    ["合计数", "unknown"],
    ["固定资产投资", "unknown"],
  ])("%j → %s", (text, measure) => {
    expect(parseMeasure(text)).toBe(measure);
  });
});
