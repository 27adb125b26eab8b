import fc from "fast-check";
import { classifyHeader } from "../../../src/engine/table/classifyHeader";

/** The fields of `found` that `expected` names. */
function pickOf(found: object, expected: object): Record<string, unknown> {
  const source = found as Record<string, unknown>;
  return Object.fromEntries(Object.keys(expected).map((key) => [key, source[key]]));
}

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

  // Headers of published county bulletins and decomposition tables (project and indicator tables).
  it.each([
    ["年度投资计划", { role: "target" }],
    ["年度计划投资", { role: "target" }],
    ["年度目标任务", { role: "target" }],
    ["前三季度投资计划", { month: 9, kind: "target", label: "前三季度" }],
    ["前三季度投資計劃", { month: 9, kind: "target", label: "前三季度" }],
    ["上半年计划完成", { month: 6, kind: "target", label: "上半年" }],
    ["全年目标任务", { month: 12, kind: "target", label: "全年" }],
    ["1-7月完成投资", { month: 7, kind: "actual", label: "1-7月" }],
    ["1-10月累计完成投资", { month: 10, kind: "actual", label: "1-10月" }],
    ["1—8月累计完成", { month: 8, kind: "actual", label: "1-8月" }],
    ["截至7月底累计完成", { month: 7, kind: "actual" }],
    ["1-7月实际完成", { month: 7, kind: "actual" }],
    ["上年同期", { role: "lastYear", group: "lastYear" }],
    ["去年同期", { role: "lastYear", group: "lastYear" }],
    ["1-7月上年同期", { month: 7, kind: "lastYear" }],
    ["上年1-7月", { month: 7, kind: "lastYear" }],
    ["完成率", { role: "ignore", derived: true }],
    ["投资完成率", { role: "ignore", derived: true }],
    ["1-7月完成率", { role: "ignore", derived: true }],
    ["占比(%)", { role: "ignore", derived: true }],
    ["占年度投资计划(%)", { role: "ignore", derived: true }],
    ["完成年度目标%", { role: "ignore", derived: true }],
    ["同比增长(%)", { role: "ignore", derived: true }],
    ["比上年同期增长", { role: "ignore", derived: true }],
    ["增长%", { role: "ignore", derived: true }],
    ["±%", { role: "ignore", derived: true }],
    ["超序时进度", { role: "ignore", derived: true }],
    ["序时进度目标", { role: "ignore", derived: true }],
    ["进度", { role: "ignore", derived: true }],
    ["目标增长率", { role: "target" }],
    ["增幅目标", { role: "target" }],
    ["进度目标", { role: "target", group: "target" }],
    ["一级指标", { role: "ignore" }],
    ["二级指标", { role: "indicator" }],
    ["项目名称", { role: "indicator" }],
    ["计量单位", { role: "unit" }],
    ["牵头单位", { role: "leadUnit" }],
    ["配合单位", { role: "cooperatingUnits" }],
    ["责任领导", { role: "leader" }],
    ["分管领导", { role: "leader" }],
    ["分管縣領導", { role: "leader" }],
  ] as const)("reads the published header %j as %j", (text, expected) => {
    const found = classifyHeader(text);
    expect(found === null ? null : pickOf(found, expected)).toEqual(expected);
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
