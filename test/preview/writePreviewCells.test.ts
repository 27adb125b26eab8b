import ExcelJS from "exceljs";
import {
  PreviewWorkbook,
  settingsSheetName,
  WorkbookChange,
} from "../../src/preview/previewWorkbook";
import { plannedCell as cell } from "../engine/returns/plannedCellFixture";

/** A clerk's ledger: 月度完成 with August's column, 7200 in C2 and a blank C3. */
async function ledger(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("分解表").addRow(["指标", "考核任务"]);
  const actuals = workbook.addWorksheet("月度完成");
  actuals.addRow(["指标", "7月", "8月"]);
  actuals.addRow(["地方财政收入", 6100, 7200]);
  actuals.addRow(["招商引资", 8.1, null]);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** August's figures and one arrival registered on a new 报送登记 sheet. */
const collect = {
  cells: [
    cell("月度完成", "C2", 8300, 7200),
    cell("月度完成", "C3", 9.31),
    cell("报送登记", "A1", "2016年市考指标数据报送登记"),
    cell("报送登记", "A2", "单位"),
    cell("报送登记", "B2", "月份"),
    cell("报送登记", "C2", "报送日期"),
    cell("报送登记", "A3", "县经合局"),
    cell("报送登记", "B3", 8),
    cell("报送登记", "C3", "2016-09-18", null, true),
  ],
  newSheet: "报送登记",
};

describe("PreviewWorkbook.writeCells", () => {
  it("writes the figures, creates the register with its rows and a date cell, and tells the grid", async () => {
    const workbook = await PreviewWorkbook.open(await ledger(), "台账.xlsx");
    await workbook.saveSetting("language", "zh-CN");
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));

    expect(await workbook.writeCells(collect)).toEqual({ written: 9, created: "报送登记" });
    expect(changes).toEqual([
      { kind: "sheets", written: [] },
      { kind: "cells", sheet: "月度完成" },
    ]);
    expect(workbook.visibleWorksheets().map((sheet) => sheet.name)).toEqual([
      "分解表",
      "月度完成",
      "报送登记",
    ]);
    const date = workbook.workbook.getWorksheet("报送登记")!.getCell("C3");
    expect([date.value, date.numFmt]).toEqual([new Date(Date.UTC(2016, 8, 18)), "yyyy-mm-dd"]);

    const read = await workbook.readWorkbook();
    expect(read.grids.map((grid) => grid.name)).toEqual(["分解表", "月度完成", "报送登记"]);
    expect(read.grids[1].values).toEqual([
      ["指标", "7月", "8月"],
      ["地方财政收入", 6100, 8300],
      ["招商引资", 8.1, 9.31],
    ]);
    expect(read.grids[2].values).toEqual([
      ["2016年市考指标数据报送登记"],
      ["单位", "月份", "报送日期"],
      ["县经合局", 8, "2016-09-18"],
    ]);

    // The settings sheet stays last and hidden, in the downloaded file too.
    const reopened = await PreviewWorkbook.open(await workbook.toBytes(), "台账.xlsx");
    expect(reopened.workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "月度完成",
      "报送登记",
      settingsSheetName,
    ]);
    expect(await reopened.loadSetting<string>("language")).toBe("zh-CN");
  });

  it("refuses a cell the clerk changed: nothing written, no sheet created, the grid not told", async () => {
    const workbook = await PreviewWorkbook.open(await ledger(), "台账.xlsx");
    workbook.workbook.getWorksheet("月度完成")!.getCell("C3").value = 9.5;
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));

    await expect(workbook.writeCells(collect)).rejects.toMatchObject({
      name: "AssessError",
      key: "returnLedgerChanged",
      params: { ref: "月度完成!C3", now: "9.5", planned: "" },
    });
    expect(changes).toEqual([]);
    expect(workbook.workbook.worksheets.map((sheet) => sheet.name)).toEqual(["分解表", "月度完成"]);
    const [grid] = await workbook.readSheets(["月度完成"]);
    expect(grid.values[1]).toEqual(["地方财政收入", 6100, 7200]);
  });

  it("writes into existing sheets only, telling the grid once per sheet", async () => {
    const workbook = await PreviewWorkbook.open(await ledger(), "台账.xlsx");
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));
    const report = await workbook.writeCells({
      cells: [
        cell("月度完成", "C2", 8300, 7200),
        cell("分解表", "A2", "=A1 不是公式"),
        cell("月度完成", "C3", 9.31),
      ],
      newSheet: null,
    });
    expect(report).toEqual({ written: 3, created: null });
    expect(changes).toEqual([
      { kind: "cells", sheet: "月度完成" },
      { kind: "cells", sheet: "分解表" },
    ]);
    const text = workbook.workbook.getWorksheet("分解表")!.getCell("A2");
    expect([text.value, text.type]).toEqual(["=A1 不是公式", ExcelJS.ValueType.String]);
  });

  it("never writes into the settings sheet", async () => {
    const workbook = await PreviewWorkbook.open(await ledger(), "台账.xlsx");
    await workbook.saveSetting("language", "zh-CN");
    await expect(
      workbook.writeCells({
        cells: [cell("月度完成", "C3", 9.31), cell(settingsSheetName, "B1", "x", "x")],
        newSheet: null,
      })
    ).rejects.toMatchObject({ key: "tableSheetNotFound", params: { sheet: settingsSheetName } });
    const [grid] = await workbook.readSheets(["月度完成"]);
    expect(grid.values[2]).toEqual(["招商引资", 8.1]);
    expect(await workbook.loadSetting<string>("language")).toBe("zh-CN");
  });
});
