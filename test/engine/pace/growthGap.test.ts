import { growthGap } from "../../../src/engine/pace/growthGap";

describe("growthGap", () => {
  it.each([
    [12.6, 18, "-5.4"], // seed 004: 与目标增速相差5.4个百分点
    [12.6, 21, "-8.4"], // seed 004: 固定资产投资相差8.4个百分点
    [20.1, 22.16, "-2.06"], // 地方财政收入增幅 前三季度 22.16; floats give -2.0599999999999987
    [8.4, 8.4, "0"],
    [10.5, 10, "0.5"],
    [-0.5, -1.2, "0.7"], // 规上工业增加值 上半年 −1.2
    [0.3, 0.1, "0.2"],
  ])("增速差 of %s%% against %s%% is %s points", (actual, target, expected) => {
    expect(growthGap(actual, target).toString()).toBe(expected);
  });
});
