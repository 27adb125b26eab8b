import { mergeIndex } from "../../../src/engine/table/mergeIndex";
import { readUnitNote } from "../../../src/engine/table/readUnitNote";
import { sheet } from "../fixtures/sheet";

describe("readUnitNote", () => {
  it.each([
    [[["镇巴县2016年任务分解表", null, "单位：万元"]], "万元"],
    [[["镇巴县2016年任务分解表"], [null, "计量单位:亿元"]], "亿元"],
    [[["金额单位：万元"]], "万元"],
    [[["镇巴县2016年任务分解表"]], ""],
    [[["单位：万元，人"]], ""], // two units: no one unit for the table
  ])("above the header of %j: %j", (rows, unit) => {
    const grid = sheet("表", [...rows, ["指标名称", "考核任务"]]);
    expect(readUnitNote(mergeIndex(grid), rows.length)).toBe(unit);
  });

  it("reads no note below the header row", () => {
    const grid = sheet("表", [["指标名称", "考核任务"], ["单位：万元"]]);
    expect(readUnitNote(mergeIndex(grid), 0)).toBe("");
  });
});
