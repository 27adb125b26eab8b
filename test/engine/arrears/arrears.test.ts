import { arrears } from "../../../src/engine/arrears/arrears";

describe("arrears", () => {
  it.each([
    [7700, 7000, "700"], // 地方财政收入 July: owes 700 万元
    [7700, 8000, "-300"], // ahead
    [30.3, 30.3, "0"],
    [30.3, 16.25, "14.05"],
    [0.3, 0.1, "0.2"], // floats give 0.19999999999999998
    ["0.3", "0.1", "0.2"],
    [0, -0.5, "0.5"],
  ])("欠账 of pace target %s and actual %s is %s", (plan, actual, expected) => {
    expect(arrears(plan, actual).toString()).toBe(expected);
  });
});
