import { completionScore } from "../../../src/engine/scores/completionScore";
import { Figure } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";
import { Direction } from "../../../src/engine/kernel/types";

function thrown(action: () => unknown): AssessError {
  try {
    action();
  } catch (error) {
    if (error instanceof AssessError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected an AssessError");
}

describe("completionScore (完成比例法)", () => {
  it.each<
    [
      string,
      Figure,
      Figure,
      Figure,
      { direction?: Direction; floor?: Figure; cap?: Figure },
      string,
    ]
  >([
    ["full completion earns the full score", 100, 100, 10, {}, "10"],
    ["85% earns 85% of the score", 85, 100, 10, {}, "8.5"],
    ["seed 003: exactly 70% still earns", 70, 100, 10, {}, "7"],
    ["seed 003: under 70% earns nothing", "69.99", 100, 10, {}, "0"],
    ["over-fulfilment is capped at 1 by default", 120, 100, 10, {}, "10"],
    ["cap 1.2 credits over-fulfilment up to 120%", 130, 100, 10, { cap: "1.2" }, "12"],
    ["cap 1.2 below the cap", 110, 100, 10, { cap: "1.2" }, "11"],
    ["floor 0 keeps low completion", 30, 100, 10, { floor: 0 }, "3"],
    ["exact decimals: 0.1 + 0.2 style figures", "0.3", "0.4", 20, {}, "15"],
    ["seed 000 地方财政收入 9500 of 13600 is under 70%", 9500, 13600, 5, {}, "0"],
    ["seed 000 地方财政收入 10200 of 13600 = 75%", 10200, 13600, 5, {}, "3.75"],
    [
      "a ratio that does not terminate",
      10000,
      13600,
      5,
      {},
      "3.676470588235294117647058823529411764706",
    ],
    ["lower-is-better PM10 ≤ 72, actual 80 → 90%", 80, 72, 10, { direction: "lower" }, "9"],
    [
      "lower-is-better under the ceiling is capped at full",
      60,
      72,
      10,
      { direction: "lower" },
      "10",
    ],
    ["lower-is-better far over the ceiling → 0", 120, 72, 10, { direction: "lower" }, "0"],
    ["negative actual is below any floor", -5, 100, 10, {}, "0"],
  ])("%s", (_name, actual, target, full, options, expected) => {
    expect(completionScore(actual, target, full, options).toString()).toBe(expected);
  });

  it("target 0 → #DIV/0!", () => {
    expect(thrown(() => completionScore(5, 0, 10))).toMatchObject({
      kind: "divisionByZero",
      key: "zeroTarget",
    });
  });

  it("lower-is-better with actual 0 → #DIV/0!", () => {
    expect(thrown(() => completionScore(0, 72, 10, { direction: "lower" }))).toMatchObject({
      kind: "divisionByZero",
      key: "zeroActual",
    });
  });

  it("rejects an unknown direction", () => {
    expect(thrown(() => completionScore(1, 1, 1, { direction: "up" as Direction }))).toMatchObject({
      kind: "value",
      key: "invalidOption",
    });
  });
});
