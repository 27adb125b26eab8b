import fc from "fast-check";
import { Dec } from "../../../src/engine/kernel/decimal";
import { remainingTask } from "../../../src/engine/arrears/remainingTask";

describe("remainingTask", () => {
  it.each([
    ["1420", "万元", "1420"],
    ["0.02", "%", null], // 能耗下降率: a rate is not split over months
    ["0.5", "个百分点", null],
    ["0", "万元", null], // the target is reached
    ["-36.4", "万元", null], // and exceeded
    [null, "万元", null],
  ])("%s %s → %s", (remaining, unit, expected) => {
    const found = remainingTask(remaining === null ? null : new Dec(remaining), unit);
    expect(found?.toString() ?? null).toBe(expected);
  });

  it("shows a task only above 0, exactly as worked out", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const remaining = new Dec(value);
        const found = remainingTask(remaining, "万元");
        expect(found === null ? !remaining.gt(0) : found.eq(remaining)).toBe(true);
      })
    );
  });
});
