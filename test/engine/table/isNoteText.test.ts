import { isNoteText } from "../../../src/engine/table/isNoteText";

describe("isNoteText", () => {
  it.each([
    ["单位：万元", true],
    ["单位:亿元", true],
    ["單位：萬元", true],
    ["计量单位：万元", true],
    ["填报单位：县统计局", true],
    ["制表：张三", true],
    ["2016年7月15日", true],
    ["2016年7月制", true],
    ["镇巴县2016年市考指标任务分解表", false],
    ["单位", false],
    ["责任单位", false],
    ["地方财政收入", false],
  ])("%j → %s", (text, expected) => {
    expect(isNoteText(text)).toBe(expected);
  });
});
