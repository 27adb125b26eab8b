import { Dec } from "../../../../src/engine/kernel/decimal";
import { inPoints } from "../../../../src/engine/summary/sheets/inPoints";

describe("inPoints", () => {
  it.each([
    ["-0.05", new Dec("-0.05"), -5],
    ["0.1 + 0.2", new Dec("0.1").plus("0.2"), 30],
    ["-700 / 13600", new Dec(-700).div(13600), -175 / 34],
    ["-0.0216", new Dec("-0.0216"), -2.16],
    ["0", new Dec(0), 0],
    ["Infinity", new Dec(Infinity), null],
    ["NaN", new Dec(NaN), null],
    ["none", null, null],
  ])("%s → %p percentage points", (_text, gap, expected) => {
    expect(inPoints(gap)).toBe(expected);
  });
});
