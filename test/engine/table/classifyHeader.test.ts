import fc from "fast-check";
import { classifyHeader } from "../../../src/engine/table/classifyHeader";

describe("classifyHeader", () => {
  it.each([
    ["主要指标", "indicator"],
    ["指标名称", "indicator"],
    ["考核指标", "indicator"],
    ["指標名稱", "indicator"],
    ["口径", "measure"],
    ["口徑", "measure"],
    ["类别", "measure"],
    ["倒排时间", "checkpoint"],
    ["時間節點", "checkpoint"],
    ["序时", "checkpoint"],
    ["单位", "unit"],
    ["計量單位", "unit"],
    ["责任单位", "leadUnit"],
    ["責任單位", "leadUnit"],
    ["牵头单位", "leadUnit"],
    ["县级责任单位", "leadUnit"],
    ["配合单位", "cooperatingUnits"],
    ["協助單位", "cooperatingUnits"],
    ["目标", "target"],
    ["考核任务", "target"],
    ["考核任務", "target"],
    ["任务数", "target"],
    ["年度目标", "target"],
    ["目标值", "target"],
    ["目标（万元）", "target"],
    ["考核\n任务", "target"],
    [" 考核任务 ", "target"],
    ["包抓领导", "leader"],
    ["县级责任领导", "leader"],
    ["包抓領導", "leader"],
    ["分管领导", "leader"],
    ["责任人", "person"],
    ["責任人", "person"],
    ["监管部门", "supervisor"],
    ["市级监管部门", "supervisor"],
    ["方向", "direction"],
    ["月份", "month"],
    ["序号", "ignore"],
    ["序號", "ignore"],
    ["序时进度", "ignore"],
    ["完成率(%)", "ignore"],
    ["累计完成", "actual"],
    ["累計完成", "actual"],
    ["完成情况", "actual"],
  ])("%j → %s", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  it.each([
    ["考核任务", "target"],
    ["任务数", "target"],
    ["目标", "target"],
    ["完成", "actual"],
    ["累计完成", "actual"],
    ["完成情況", "actual"],
    ["实际", "actual"],
  ])("%j is a group word for %s columns", (text, group) => {
    expect(classifyHeader(text)?.group).toBe(group);
  });

  it.each([
    ["上半年", 6, undefined],
    ["前三季度", 9, undefined],
    ["全年", 12, undefined],
    ["1-7月", 7, undefined],
    ["1—7月", 7, undefined],
    ["7月", 7, undefined],
    ["一季度", 3, undefined],
    ["7月累计完成", 7, "actual"],
    ["7月累計完成", 7, "actual"],
    ["1-7月完成", 7, "actual"],
    ["1-8月实际", 8, "actual"],
    ["上半年目标", 6, "target"],
    ["全年目标", 12, "target"],
    ["全年任务", 12, "target"],
    ["目标(上半年)", 6, "target"],
    ["2016-07-31", 7, undefined],
  ])("%j is a period header for month %d (%s)", (text, month, kind) => {
    const found = classifyHeader(text);
    expect(found?.month).toBe(month);
    expect(found?.kind).toBe(kind);
    expect(found?.role).toBeUndefined();
  });

  it.each([
    ["目标（万元）", "万元"],
    ["考核任务(亿元)", "亿元"],
    ["目标值（单位：万元）", "万元"],
    ["考核任務（億元）", "亿元"],
  ])("takes the unit from %j", (text, unit) => {
    expect(classifyHeader(text)?.unit).toBe(unit);
  });

  it.each([
    ["镇巴县6-12月市对县考核主要指标任务分解表"],
    ["地方财政收入"],
    ["县统计局"],
    ["6800"],
    [""],
    ["   "],
    [null],
    [6800],
    [true],
    ["第二产业增加值"],
  ])("does not take %j for a header", (text) => {
    expect(classifyHeader(text)).toBeNull();
  });

  it("reads longer headers by the longest name they contain", () => {
    expect(classifyHeader("县级包抓领导")?.role).toBe("leader");
    expect(classifyHeader("责任单位及责任人")?.role).toBe("leadUnit");
    expect(classifyHeader("指标名称及口径")?.role).toBe("indicator");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
        fc.integer({ min: 1, max: 24 }),
        (value, periods) => {
          const found = classifyHeader(value, periods);
          if (found?.month !== undefined) {
            expect(found.month).toBeGreaterThanOrEqual(1);
            expect(found.month).toBeLessThanOrEqual(periods);
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});
