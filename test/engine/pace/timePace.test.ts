import fc from "fast-check";
import { AssessError } from "../../../src/engine/kernel/errors";
import { timePace } from "../../../src/engine/pace/timePace";

describe("timePace", () => {
  it.each([
    [6, 12, "0.500000"],
    [7, 12, "0.583333"],
    [3, 12, "0.250000"],
    [12, 12, "1.000000"],
    [3, 4, "0.750000"],
    [1, 24, "0.041667"],
  ])("时序进度 of month %d of %d is %s", (month, periods, expected) => {
    expect(timePace(month, periods).toFixed(6)).toBe(expected);
  });

  it("defaults to 12 periods: 时间过半 at month 6", () => {
    expect(timePace(6).toString()).toBe("0.5");
  });

  it.each([
    [0, 12, "monthOutOfRange"],
    [13, 12, "monthOutOfRange"],
    [6.5, 12, "monthOutOfRange"],
    [1, 0, "periodsInvalid"],
  ])("rejects month %d of %d (%s)", (month, periods, key) => {
    expect(() => timePace(month, periods)).toThrow(AssessError);
    expect(() => timePace(month, periods)).toThrow(
      expect.objectContaining({ kind: "number", key })
    );
  });

  it("grows strictly with the month and reaches 1 at the last period", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (periods) => {
        for (let month = 1; month < periods; month += 1) {
          expect(timePace(month + 1, periods).gt(timePace(month, periods))).toBe(true);
        }
        expect(timePace(periods, periods).toString()).toBe("1");
      })
    );
  });
});
