import { Figure } from "../../../src/engine/kernel/decimal";
import { AssessError } from "../../../src/engine/kernel/errors";
import { efficacyScore } from "../../../src/engine/scores/efficacyScore";

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

describe("efficacyScore (功效系数法)", () => {
  it.each<[string, Figure, Figure, Figure, string]>([
    ["the satisfactory value scores 100", 120, 120, 80, "100"],
    ["the unacceptable value scores 60", 80, 120, 80, "60"],
    ["halfway scores 80", 100, 120, 80, "80"],
    ["beyond satisfactory is not clamped", 130, 120, 80, "110"],
    ["below unacceptable is not clamped", 70, 120, 80, "50"],
    ["lower-is-better PM10: satisfactory 60, unacceptable 80, actual 72", 72, 60, 80, "76"],
    ["growth rate in %", "8.5", "10", "6", "85"],
    ["a ratio that does not terminate", 1, 3, 0, "73.33333333333333333333333333333333333333"],
  ])("%s", (_name, value, satisfactory, unacceptable, expected) => {
    expect(efficacyScore(value, satisfactory, unacceptable).toString()).toBe(expected);
  });

  it("equal bounds → #DIV/0!", () => {
    expect(thrown(() => efficacyScore(5, "10", 10))).toMatchObject({
      kind: "divisionByZero",
      key: "equalBounds",
    });
  });
});
