import { figureText } from "../../../src/engine/table/figureText";
import { FigureReading } from "../../../src/engine/table/readFigure";

describe("figureText", () => {
  it.each<[FigureReading, string]>([
    [{ kind: "text", text: "约30" }, "约30"],
    [{ kind: "error", text: "#N/A" }, "#N/A"],
    [{ kind: "number", value: 12, percent: true }, ""],
    [{ kind: "blank" }, ""],
  ])("%j → %j", (reading, expected) => {
    expect(figureText(reading)).toBe(expected);
  });
});
