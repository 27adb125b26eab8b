import fc from "fast-check";
import { toSimplified } from "../../../src/engine/kernel/toSimplified";

describe("toSimplified", () => {
  it.each([
    ["責任單位", "责任单位"],
    ["考核任務", "考核任务"],
    ["包抓領導", "包抓领导"],
    ["實際完成", "实际完成"],
    ["累計完成", "累计完成"],
    ["完成情況", "完成情况"],
    ["規則編號", "规则编号"],
    ["加減分登記", "加减分登记"],
    ["計量單位", "计量单位"],
    ["協助單位", "协助单位"],
    ["倒排時間", "倒排时间"],
    ["時間節點", "时间节点"],
    ["序時", "序时"],
    ["監管部門", "监管部门"],
    ["指標", "指标"],
    ["第二產業增加值", "第二产业增加值"],
    ["外貿進出口總額", "外贸进出口总额"],
    ["地方財政收入", "地方财政收入"],
    ["全社會固定資產投資", "全社会固定资产投资"],
    ["億元", "亿元"],
    ["萬元", "万元"],
    ["報送", "报送"],
    ["數量", "数量"],
    ["次數", "次数"],
    ["負責", "负责"],
    ["縣區", "县区"],
    ["類別", "类别"],
    ["區考覈辦", "区考核办"],
    ["規模以上工業增加值", "规模以上工业增加值"],
    ["社會消費品零售總額", "社会消费品零售总额"],
    ["前兩季度", "前两季度"],
    ["地方财政收入", "地方财政收入"],
    ["PM10浓度", "PM10浓度"],
    ["", ""],
  ])("%s → %s", (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it("is idempotent and keeps the length", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."責任單位考核任務累計完成況億萬縣區產業總額覈爲abc 1"),
        }),
        (text) => {
          const once = toSimplified(text);
          expect(toSimplified(once)).toBe(once);
          expect(once.length).toBe(text.length);
        }
      )
    );
  });
});
