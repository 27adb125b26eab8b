import { Measure } from "../../../src/engine/kernel/types";
import { isMisplacedPercent } from "../../../src/engine/table/isMisplacedPercent";
import { FigureReading } from "../../../src/engine/table/readFigure";

const percent: FigureReading = { kind: "number", value: 12, percent: true };
const plain: FigureReading = { kind: "number", value: 12, percent: false };

describe("isMisplacedPercent", () => {
  it.each<[FigureReading, Measure, string, boolean]>([
    [percent, "absolute", "万元", true],
    [percent, "absolute", "亿元", true],
    [percent, "absolute", "%", false],
    [percent, "absolute", "个百分点", false],
    [percent, "absolute", "", false],
    [percent, "growth", "万元", false],
    [plain, "absolute", "万元", false],
    [{ kind: "text", text: "12%" }, "absolute", "万元", false],
  ])("%j, %s, %j → %s", (reading, measure, unit, expected) => {
    expect(isMisplacedPercent(reading, measure, unit)).toBe(expected);
  });
});
