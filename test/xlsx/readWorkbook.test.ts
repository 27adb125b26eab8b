import ExcelJS from "exceljs";
import { mkdir, writeFile } from "fs/promises";
import { join } from "path";
import { cellValueOf, isoDateOf } from "../../src/xlsx/gridOf";
import { FileProblem } from "../../src/xlsx/fileProblem";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbookBuffer";
import { temporaryDirectory } from "./sheetSpecFixture";

describe("cellValueOf", () => {
  it.each<[string, ExcelJS.CellValue | undefined, string | number | boolean | null]>([
    ["a number", 13600, 13600],
    ["a string", "地方财政收入", "地方财政收入"],
    ["an empty string", "", null],
    ["a boolean", true, true],
    ["null", null, null],
    ["undefined", undefined, null],
    ["a date at midnight", new Date(Date.UTC(2016, 6, 15)), "2016-07-15"],
    ["a date with a time", new Date(Date.UTC(2016, 6, 15, 8, 30)), "2016-07-15T08:30:00"],
    ["an error", { error: "#DIV/0!" } as ExcelJS.CellErrorValue, "#DIV/0!"],
    [
      "rich text",
      { richText: [{ text: "县财政局" }, { text: "（牵头）", font: { bold: true } }] },
      "县财政局（牵头）",
    ],
    ["a formula's number", { formula: "A1*2", result: 7700 } as ExcelJS.CellFormulaValue, 7700],
    [
      "a formula's error",
      { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue,
      "#N/A",
    ],
    [
      "a formula's date",
      { formula: "TODAY()", result: new Date(Date.UTC(2016, 7, 15)) } as ExcelJS.CellFormulaValue,
      "2016-08-15",
    ],
    ["a formula without a cached result", { formula: "A1" } as ExcelJS.CellFormulaValue, "=A1"],
    ["a shared formula", { sharedFormula: "B2", result: 3 } as ExcelJS.CellSharedFormulaValue, 3],
    ["a hyperlink", { text: "通知", hyperlink: "http://example.org" }, "通知"],
    [
      "a rich-text hyperlink",
      {
        text: { richText: [{ text: "通" }, { text: "知" }] },
        hyperlink: "x",
      } as unknown as ExcelJS.CellValue,
      "通知",
    ],
  ])("reads %s", (_label, value, expected) => {
    expect(cellValueOf(value)).toEqual(expected);
  });

  it("marks an invalid date as #VALUE!", () => {
    expect(isoDateOf(new Date(Number.NaN))).toBe("#VALUE!");
  });
});

describe("readWorkbook", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("reads every sheet sparsely: values, merges (0-based), hidden rows, formulas' results", async () => {
    const workbook = new ExcelJS.Workbook();
    const table = workbook.addWorksheet("分解表");
    table.addRow(["主要指标", "口径", "倒排时间", "考核任务"]);
    table.addRow(["地方财政收入", "绝对量", "上半年", 6800]);
    table.addRow([null, "绝对量", "前三季度", 9500]);
    table.addRow([null, "绝对量", "全年", { formula: "B99", result: 13600 }]);
    table.mergeCells("A2:A4");
    table.getRow(3).hidden = true;
    table.getCell("F6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    table.getCell("B7").value = { formula: "SUM(D2:D4)" } as ExcelJS.CellFormulaValue;
    const second = workbook.addWorksheet("报送登记");
    second.getCell("A1").value = new Date(Date.UTC(2016, 7, 16));
    workbook.addWorksheet("空表");
    const file = join(directory.path, "in.xlsx");
    await workbook.xlsx.writeFile(file);

    const sheets = await readWorkbook(file);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["分解表", "报送登记", "空表"]);
    // Rows end at their last value; a formula saved without its result reads as its text.
    expect(sheets[0].values).toEqual([
      ["主要指标", "口径", "倒排时间", "考核任务"],
      ["地方财政收入", "绝对量", "上半年", 6800],
      [null, "绝对量", "前三季度", 9500],
      [null, "绝对量", "全年", 13600],
      [],
      [null, null, null, null, null, "#DIV/0!"],
      [null, "=SUM(D2:D4)"],
    ]);
    expect(sheets[0].merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
    expect(sheets[0].hiddenRows).toEqual([2]);
    expect(sheets[1].values).toEqual([["2016-08-16"]]);
    expect(sheets[2].values).toEqual([]);
    expect(sheets[2].merges).toEqual([]);
  });

  it("extends the grid to merged areas beyond the last value", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    sheet.getCell("A1").value = "标题";
    sheet.mergeCells("A1:D2");
    const bytes = await workbook.xlsx.writeBuffer();
    const [grid] = await readWorkbookBuffer(bytes as ArrayBuffer);
    expect(grid.values).toEqual([["标题"], []]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 3 }]);
  });

  it.each([
    ["a missing file", "missing.xlsx", null, "inputMissing"],
    ["a text file", "notes.xlsx", "这不是工作簿", "notWorkbook"],
    ["a folder", "folder.xlsx", "folder", "inputIsFolder"],
  ])("rejects %s with a FileProblem naming it", async (_label, name, content, code) => {
    const file = join(directory.path, name);
    if (content === "folder") {
      await mkdir(file);
    } else if (content !== null) {
      await writeFile(file, content);
    }
    const failure = readWorkbook(file);
    await expect(failure).rejects.toBeInstanceOf(FileProblem);
    await expect(failure).rejects.toMatchObject({ code, params: { file } });
  });
});
