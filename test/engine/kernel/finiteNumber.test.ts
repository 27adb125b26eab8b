import { Dec } from "../../../src/engine/kernel/decimal";
import { finiteNumber } from "../../../src/engine/kernel/finiteNumber";

describe("finiteNumber", () => {
  it.each([
    ["0.1 + 0.2", new Dec("0.1").plus("0.2"), 0.3],
    ["7000 / 13600", new Dec(7000).div(13600), 7000 / 13600],
    ["-0.2", new Dec("-0.2"), -0.2],
    ["1e400", new Dec("1e400"), null],
    ["Infinity", new Dec(Infinity), null],
    ["NaN", new Dec(NaN), null],
    ["null", null, null],
    ["undefined", undefined, null],
  ])("%s → %p", (_text, value, expected) => {
    expect(finiteNumber(value)).toBe(expected);
  });
});
