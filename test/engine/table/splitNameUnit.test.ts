import fc from "fast-check";
import { splitNameUnit } from "../../../src/engine/table/splitNameUnit";

describe("splitNameUnit", () => {
  it.each([
    ["地方财政收入（万元）", "地方财政收入", "万元"],
    ["地方财政收入(万元)", "地方财政收入", "万元"],
    ["地方財政收入（萬元）", "地方財政收入", "万元"],
    ["全社会固定资产投资 (亿元)", "全社会固定资产投资", "亿元"],
    ["万元GDP能耗下降率(%)", "万元GDP能耗下降率", "%"],
    ["能耗下降率（％）", "能耗下降率", "%"],
    ["财政收入（单位：亿元）", "财政收入", "亿元"],
    ["专利申请量[件]", "专利申请量", "件"],
    ["PM10浓度(μg/m3)", "PM10浓度", "μg/m3"],
    ["招商引资(引进市外资金)", "招商引资(引进市外资金)", ""],
    ["空气中可吸入颗粒物(PM10)浓度", "空气中可吸入颗粒物(PM10)浓度", ""],
    ["地方财政收入", "地方财政收入", ""],
    ["（万元）", "（万元）", ""],
  ])("%j → %j, %j", (written, name, unit) => {
    expect(splitNameUnit(written)).toEqual({ name, unit });
  });

  it("never throws and never loses the name", () => {
    fc.assert(
      fc.property(fc.string(), (written) => {
        const { name, unit } = splitNameUnit(written);
        expect(written.startsWith(name)).toBe(true);
        expect(unit === "" ? name === written : name.length > 0).toBe(true);
      })
    );
  });
});
