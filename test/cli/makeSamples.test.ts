import ExcelJS from "exceljs";
import { buildSamples } from "../../scripts/make-samples";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbookBuffer";
import { samplePath } from "./cliFixture";
import { panshanGrids } from "../engine/yearEnd/yearEndFixture";

async function grids(workbook: ExcelJS.Workbook) {
  return readWorkbookBuffer((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("scripts/make-samples.ts", () => {
  it("is deterministic and the committed samples are what it makes (run `npm run samples` after changing it)", async () => {
    const first = buildSamples();
    const second = buildSamples();
    expect(first.map(([name]) => name)).toEqual([
      "zhenba-2016.xlsx",
      "ledger-traditional.xlsx",
      "county-rules.xlsx",
      "panshan-2018-year-end.xlsx",
    ]);
    for (let index = 0; index < first.length; index++) {
      const [name, workbook] = first[index];
      const made = await grids(workbook);
      expect(await grids(second[index][1])).toEqual(made);
      expect(await readWorkbook(samplePath(name))).toEqual(made);
    }
  });

  it("lays out seed 000's table as the source does: merged name, supervisors and leader over each block", async () => {
    const [table, actuals, reports, events] = await readWorkbook(samplePath("zhenba-2016.xlsx"));
    expect(table.values[0][0]).toBe("镇巴县6-12月市对县考核主要指标任务分解表");
    expect(table.values[2]).toEqual([
      "序号",
      "主要指标",
      "口径",
      "倒排时间",
      "市级监管部门",
      "单位",
      "考核任务",
      "县级责任领导",
      "责任单位",
      "责任人",
    ]);
    // 地方财政收入: rows 10-15 (0-based 9-14), six rows, one block.
    expect(table.values[9].slice(0, 10)).toEqual([
      3,
      "地方财政收入",
      "绝对量",
      "上半年",
      "市财政局",
      "万元",
      6800,
      "叶稳太",
      "县财政局",
      "张正银",
    ]);
    for (const column of [0, 1, 4, 7]) {
      expect(table.merges).toContainEqual({ top: 9, left: column, bottom: 14, right: column });
    }
    // The cooperating unit on the block's second row, as in the source.
    expect(table.values[4].slice(8)).toEqual(["县经贸局", "冯启彬"]);
    expect(table.values.filter((row) => row[6] === "≤72")).toHaveLength(1);
    expect(table.values.length - 3).toBe(92);

    expect(actuals.name).toBe("月度完成");
    expect(actuals.values[3]).toEqual([null, null, "6月", "7月", "8月"]);
    expect(actuals.values.slice(4)).toHaveLength(27);
    const patents = actuals.values.find((row) => row[0] === "专利授权量")!;
    expect(patents[3]).toBeNull();
    expect(actuals.values.find((row) => String(row[0]).includes("PM10"))!.slice(2)).toEqual([
      70, 73, 64,
    ]);
    expect(reports.values.filter((row) => row[2] === "2016-08-18")).toEqual([
      ["县经合局", 7, "2016-08-18"],
    ]);
    expect(events.values.filter((row) => row[1] === "B04")).toHaveLength(3);
    expect(events.values.filter((row) => row[7] === "是").map((row) => row[1])).toEqual(["B02"]);
    expect(events.values.filter((row) => row[1] === "P03")).toHaveLength(1);
  });

  it("writes the traditional ledger in traditional characters under a two-row header", async () => {
    const [ledger] = await readWorkbook(samplePath("ledger-traditional.xlsx"));
    expect(ledger.values[2]).toEqual([
      "指標名稱",
      "口徑",
      "單位",
      "考核任務",
      null,
      null,
      "累計完成",
      null,
      null,
      "包抓領導",
      "責任單位",
      "配合單位",
      "責任人",
    ]);
    expect(ledger.values[3].slice(3, 9)).toEqual([
      "上半年",
      "前三季度",
      "全年",
      "6月",
      "7月",
      "8月",
    ]);
    expect(ledger.values.slice(4)).toHaveLength(10);
    expect(ledger.values[4].slice(0, 3)).toEqual(["地方財政收入", "絕對量", "萬元"]);
  });

  it("writes the year-end sample with the figures the engine tests use", async () => {
    const read = await readWorkbook(samplePath("panshan-2018-year-end.xlsx"));
    // The reader is sparse: rows end at their last value.
    const sparse = (values: readonly (readonly unknown[])[]): unknown[][] =>
      values.map((row) => {
        const cells = [...row];
        while (cells.length > 0 && cells[cells.length - 1] === null) {
          cells.pop();
        }
        return cells;
      });
    expect(read.map((sheet) => ({ name: sheet.name, values: sparse(sheet.values) }))).toEqual(
      panshanGrids().map((sheet) => ({ name: sheet.name, values: sparse(sheet.values) }))
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath("panshan-2018-year-end.xlsx"));
    expect(workbook.getWorksheet("设置")?.getCell("B4").numFmt).toBe("0%");
    expect(workbook.getWorksheet("年度评分")?.getCell("B4").numFmt).toBe("0%");
    expect(workbook.getWorksheet("年度评分")?.getCell("J4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
  });
});
