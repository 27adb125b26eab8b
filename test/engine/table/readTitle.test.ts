import { readTitle } from "../../../src/engine/table/readTitle";
import { sheet } from "../fixtures/sheet";

describe("readTitle", () => {
  it.each([
    ["镇巴县6-12月市对县考核主要指标任务分解表", "镇巴县", null],
    ["2016年镇巴县市考指标任务分解表", "镇巴县", 2016],
    ["汉中市镇巴县2016年目标任务分解表", "镇巴县", 2016],
    ["陕西省汉中市汉台区2017年任务分解", "汉台区", 2017],
    ["盘山县2018年专项行动绩效考评方案", "盘山县", 2018],
    ["全县市对县考核指标分解表", null, null],
  ])("reads %s → %p, %p", (title, county, year) => {
    const grid = sheet("分解表", [
      [title, null, null],
      ["主要指标", "所在县区", "考核任务"],
    ]);
    expect(readTitle(grid, 2, ["分解表"])).toEqual({ county, year });
  });

  it("falls back to the sheet names for the year and the table's name for the county", () => {
    const grid = sheet("镇巴县分解表", [["主要指标", "考核任务"]]);
    expect(readTitle(grid, 1, ["镇巴县分解表", "2016年报送登记"])).toEqual({
      county: "镇巴县",
      year: 2016,
    });
  });

  it.each([
    [["镇巴县2016年市考指标任务分解表", null, null, "单位：万元"]],
    [["镇巴县2016年市考指标任务分解表", "单位:万元", "填报单位：县考核办"]],
    [["镇巴县2016年市考指标任务分解表", "2016年7月15日"]],
  ])("reads the title beside notes in its row: %j", (titleRow) => {
    const grid = sheet("分解表", [titleRow, ["主要指标", "考核任务", "责任单位", "责任人"]]);
    expect(readTitle(grid, 2, ["分解表"])).toEqual({ county: "镇巴县", year: 2016 });
  });
});
