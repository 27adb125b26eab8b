import { buildYearEnd } from "../../../src/engine/yearEnd/buildYearEnd";
import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { Dec } from "../../../src/engine/kernel/decimal";
import { processScore } from "../../../src/engine/yearEnd/processScore";
import { readProcessSheet } from "../../../src/engine/yearEnd/readProcessSheet";
import { GridSheet } from "../../../src/engine/kernel/grid";
import { panshanGrids, unitRow, withSheet } from "./yearEndFixture";

const settings = { fullScore: new Dec(100), floor: new Dec("0.7"), cap: new Dec(1) };

/** A 过程考核 register: 单位 | 月份 | 扣分 | 事由. */
function register(rows: (string | number | null)[][]): GridSheet {
  return {
    name: "过程考核",
    values: [["2018年过程考核登记"], ["单位", "月份", "扣分", "事由"], ...rows],
    merges: [],
  };
}

describe("the process score's monthly source (过程考核 register)", () => {
  it("adds up each unit's node deductions (直接扣分法)", () => {
    const read = readProcessSheet(
      register([
        ["县发改局", 3, 1, "一季度节点未按时完成"],
        ["县发改局", 9, 3, "前三季度节点未报"],
        ["縣財政局", 6, 0.5, null],
        [null, null, null, null],
        ["合计", null, 4.5, null],
      ])
    );
    expect(read.diagnostics).toEqual([]);
    const entries = read.units.get("县发改局");
    expect(entries?.values.map((value) => value.cell)).toEqual(["C3", "C4"]);
    const reading = entries === undefined ? null : processScore(entries, "deduction", settings);
    expect(reading?.reading.kind === "score" && reading.reading.score.toString()).toBe("96");
    expect(read.units.get("县财政局")?.unit).toBe("縣財政局");
  });

  it.each([
    ["score: the average", "score", [90, 95], "92.5"],
    ["veto: any vetoed node", "veto", ["完成", "否决"], "0"],
    ["cumulative: the sum", "cumulative", [40, 45], "85"],
  ] as const)("%s", (_name, method, values, expected) => {
    const read = readProcessSheet(
      register(values.map((value, index) => ["县发改局", index + 1, value, null]))
    );
    const entries = read.units.get("县发改局");
    const placed = entries === undefined ? null : processScore(entries, method, settings);
    expect(placed?.reading.kind === "score" && placed.reading.score.toString()).toBe(expected);
  });

  it("feeds the year-end: the same total as the column, problems named in the register", () => {
    const grids = withSheet("年度评分", (values) => {
      values[unitRow(values, "县发改局")][4] = null;
      values[unitRow(values, "县交通局")][4] = null;
    });
    grids.push(
      register([
        ["县发改局", 3, 1, null],
        ["县发改局", 9, 3, null],
        ["县财政局", 6, 1, null],
        ["县旅游局", 6, 1, null],
        ["县交通局", 6, "约2", null],
      ])
    );
    const summary = buildYearEnd(grids);
    expect(summary.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "过程考核!A6：过程考核登记的单位“县旅游局”不在年度评分表中，未计入",
      "年度评分!E5：县财政局的过程考核已在“过程考核”中逐月登记，年度评分表中不应再填写，未计算总分",
      "过程考核!C7：县交通局的过程考核“约2”不是数字，未计算总分",
    ]);
    const unit = (name: string) => summary.units.find((item) => item.unit === name);
    expect(unit("县发改局")?.parts.process).toBe(96);
    expect(unit("县发改局")?.exactTotal).toBe("91.7156");
    expect([unit("县财政局")?.total, unit("县交通局")?.total]).toEqual([null, null]);
  });

  it("stands in for a missing 过程考核 column", () => {
    const grids = withSheet("年度评分", (values) => {
      for (const row of values.slice(2)) {
        row.splice(4, 1);
      }
    });
    grids.push(register([["县发改局", 3, 4, null]]));
    const summary = buildYearEnd(grids);
    expect(summary.diagnostics).toEqual([]);
    expect(summary.units.find((item) => item.unit === "县发改局")?.exactTotal).toBe("91.7156");
    // No entries: nothing deducted.
    expect(summary.units.find((item) => item.unit === "县财政局")?.parts.process).toBe(100);
  });

  it("a register without a header is named", () => {
    const grids = [...panshanGrids(), { name: "过程考核", values: [["姓名"]], merges: [] }];
    expect(
      buildYearEnd(grids).diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))
    ).toEqual(["过程考核：前20行中找不到过程考核登记的表头（需要单位、扣分等列）"]);
  });
});
