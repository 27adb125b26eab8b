import { newArrears } from "../../../src/engine/arrears/newArrears";

describe("newArrears", () => {
  it.each([
    // [P(m), P(m−1), A(m), A(m−1), expected]
    [70583, 60500, 55025, 50000, "5058"], // seed 004: 财政 July planned 10083, done 5025 → 按月进度要求欠账 5058
    [46.43, 25.43, 41.65, 25.4, "4.75"], // seed 004: 固投 July planned 21.00, done 16.25 → 4.75 亿元
    [7700, 6800, 7000, 6500, "400"], // 地方财政收入 July: planned 900, done 500
    [7700, 6800, 7800, 6500, "-400"], // done more than planned: no new arrears
    [1133.5, 0, 1000, 0, "133.5"], // month 1: previous figures 0
    [0.3, 0.1, 0.2, 0.1, "0.1"], // exact
    ["0.3", "0.1", "0.2", "0.1", "0.1"],
  ])(
    "新欠账 of P %s/%s and A %s/%s is %s",
    (plan, previousPlan, actual, previousActual, expected) => {
      expect(newArrears(plan, previousPlan, actual, previousActual).toString()).toBe(expected);
    }
  );
});
