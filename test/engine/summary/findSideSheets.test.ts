import { findSideSheets } from "../../../src/engine/summary/findSideSheets";
import { GridSheet } from "../../../src/engine/kernel/grid";
import { sheet } from "../fixtures/sheet";

const named = (...names: string[]): GridSheet[] => names.map((name) => sheet(name, [["x"]]));
const names = (sheets: readonly (GridSheet | undefined)[]): (string | undefined)[] =>
  sheets.map((found) => found?.name);

describe("findSideSheets", () => {
  it.each([
    // workbook, rules, events, reports, table candidates
    [
      ["分解表", "月度完成", "加减分规则", "加减分登记", "报送登记"],
      "加减分规则",
      "加减分登记",
      "报送登记",
      ["分解表", "月度完成"],
    ],
    [
      ["加減分標準", "2018年加减分台账", "2016年 报送 记录", "Sheet1"],
      "加減分標準",
      "2018年加减分台账",
      "2016年 报送 记录",
      ["Sheet1"],
    ],
    [
      ["分解表", "加扣分规则", "加扣分规则(2)"],
      "加扣分规则",
      undefined,
      undefined,
      ["分解表", "加扣分规则(2)"],
    ],
    [["分解表"], undefined, undefined, undefined, ["分解表"]],
  ])("%p", (workbook, rules, events, reports, tableSheets) => {
    const found = findSideSheets(named(...workbook));
    expect(names([found.rules, found.events, found.reports])).toEqual([rules, events, reports]);
    expect(names(found.tableSheets)).toEqual(tableSheets);
  });

  it.each([
    ["7月进度通报", false],
    ["12月排名", false],
    ["7月加减分汇总", false],
    ["7月预警(2)", false],
    ["7月 迟报", false],
    ["7月进度通报备份", true],
    ["进度通报", true],
  ])("the summary's own output %s is a table candidate: %p", (name, candidate) => {
    const found = findSideSheets(named("分解表", name));
    expect(names(found.tableSheets).includes(name)).toBe(candidate);
  });

  it("takes the sheet the clerk names for the table even when it looks like output", () => {
    const found = findSideSheets(named("7月进度通报", "分解表"), "7月进度通报");
    expect(names(found.tableSheets)).toEqual(["7月进度通报", "分解表"]);
  });
});
