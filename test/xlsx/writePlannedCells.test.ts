import ExcelJS from "exceljs";
import { writePlannedCells } from "../../src/xlsx/writePlannedCells";
import { plannedCell as cell } from "../engine/returns/plannedCellFixture";

/** A ledger: 月度完成 with a header, one figure in B2 and a blank B3. */
function ledger(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("月度完成");
  sheet.addRow(["指标", "8月"]);
  sheet.addRow(["地方财政收入", 7200]);
  sheet.addRow(["招商引资", null]);
  return workbook;
}

describe("writePlannedCells", () => {
  it("writes figures, adds the new sheet with a bold header and a date cell", () => {
    const workbook = ledger();
    const report = writePlannedCells(workbook, {
      cells: [
        cell("月度完成", "B2", 8300, 7200),
        cell("月度完成", "B3", 9.31, null),
        cell("报送登记", "A1", "2016年市考指标数据报送登记", null),
        cell("报送登记", "A2", "单位", null),
        cell("报送登记", "C2", "报送日期", null),
        cell("报送登记", "A3", "县经合局", null),
        cell("报送登记", "C3", "2016-09-18", null, true),
      ],
      newSheet: "报送登记",
    });
    expect(report).toEqual({ written: 7, created: "报送登记" });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["月度完成", "报送登记"]);
    const actuals = workbook.getWorksheet("月度完成")!;
    expect([actuals.getCell("B2").value, actuals.getCell("B3").value]).toEqual([8300, 9.31]);
    const register = workbook.getWorksheet("报送登记")!;
    const date = register.getCell("C3");
    expect([date.value, date.numFmt]).toEqual([new Date(Date.UTC(2016, 8, 18)), "yyyy-mm-dd"]);
    expect([
      register.getCell("A1").font?.bold,
      register.getCell("A2").font?.bold,
      register.getCell("A3").font?.bold,
    ]).toEqual([true, true, undefined]);
    expect([register.getColumn(1).width, register.getColumn(3).width]).toEqual([16, 14]);
  });

  it("keeps a date cell's own format", () => {
    const workbook = ledger();
    workbook.getWorksheet("月度完成")!.getCell("C3").numFmt = "yyyy年m月d日";
    writePlannedCells(workbook, {
      cells: [cell("月度完成", "C3", "2016-09-08", null, true)],
      newSheet: null,
    });
    const date = workbook.getWorksheet("月度完成")!.getCell("C3");
    expect([date.value, date.numFmt]).toEqual([new Date(Date.UTC(2016, 8, 8)), "yyyy年m月d日"]);
  });

  it("writes nothing when a cell no longer holds what the plan saw", () => {
    const workbook = ledger();
    expect(() =>
      writePlannedCells(workbook, {
        cells: [cell("月度完成", "B3", 9.31, null), cell("月度完成", "B2", 8300, 7000)],
        newSheet: "报送登记",
      })
    ).toThrow(
      "台账月度完成!B2现为“7200”，与制定汇总计划时的“7000”不同（文件是否在汇总期间被改动？），未写入任何内容"
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["月度完成"]);
    expect(workbook.getWorksheet("月度完成")!.getCell("B3").value).toBeNull();
  });

  it("never writes over a formula, a shared one included, even one that shows a blank", () => {
    const workbook = ledger();
    const sheet = workbook.getWorksheet("月度完成")!;
    sheet.getCell("B3").value = { formula: 'IF(A3="","",A3)', result: "" };
    sheet.getCell("B4").value = { formula: "A4*2", result: 0 };
    sheet.getCell("B5").value = { sharedFormula: "B4", result: "" };
    expect(() =>
      writePlannedCells(workbook, { cells: [cell("月度完成", "B3", 9.31, null)], newSheet: null })
    ).toThrow('台账月度完成!B3是公式（=IF(A3="","",A3)），报送数不能写入公式单元格');
    expect(() =>
      writePlannedCells(workbook, { cells: [cell("月度完成", "B5", 9.31, null)], newSheet: null })
    ).toThrow("台账月度完成!B5是公式（=A5*2）");
    expect(sheet.getCell("B3").formula).toBe('IF(A3="","",A3)');
  });

  it("refuses a cell on a sheet that is gone, and a new sheet that exists already", () => {
    const workbook = ledger();
    expect(() =>
      writePlannedCells(workbook, { cells: [cell("分解表", "B2", 1, null)], newSheet: null })
    ).toThrow(
      "台账分解表!B2现为“”，与制定汇总计划时的“”不同（文件是否在汇总期间被改动？），未写入任何内容"
    );
    expect(() =>
      writePlannedCells(workbook, {
        cells: [cell("月度完成", "B3", 9.31, null), cell("月度完成", "A1", "单位", null)],
        newSheet: "月度完成",
      })
    ).toThrow("台账已有工作表“月度完成”（是否在汇总期间新建？），未写入任何内容");
    expect(workbook.getWorksheet("月度完成")!.getCell("B3").value).toBeNull();
  });

  it("takes a blank and an empty text alike", () => {
    const workbook = ledger();
    workbook.getWorksheet("月度完成")!.getCell("B3").value = "";
    expect(
      writePlannedCells(workbook, { cells: [cell("月度完成", "B3", 5, null)], newSheet: null })
    ).toEqual({ written: 1, created: null });
    expect(workbook.getWorksheet("月度完成")!.getCell("B3").value).toBe(5);
  });

  it("writes text beginning with = as text, never as a formula, also in the saved file", async () => {
    const workbook = ledger();
    writePlannedCells(workbook, {
      cells: [cell("月度完成", "B3", "=SUM(B1:B2)", null)],
      newSheet: null,
    });
    const bytes = await workbook.xlsx.writeBuffer();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(bytes);
    const written = reopened.getWorksheet("月度完成")!.getCell("B3");
    expect([written.value, written.type, written.formula]).toEqual([
      "=SUM(B1:B2)",
      ExcelJS.ValueType.String,
      undefined,
    ]);
  });
});
