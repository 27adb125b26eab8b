import ExcelJS from "exceljs";
import { readLedger } from "../../src/engine/returns/readLedger";
import { readReturn } from "../../src/engine/returns/readReturn";
import { ReturnForm } from "../../src/engine/returns/returnForm";
import { returnForms } from "../../src/engine/returns/returnForms";
import { returnFormSheet } from "../../src/engine/returns/returnFormSheet";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import { returnFormWorkbook } from "../../src/xlsx/returnFormWorkbook";
import { zhenbaSheets } from "../engine/returns/returnsFixture";
import { zipText } from "./zipText";

let finance: ReturnForm;
let bytes: Buffer;

beforeAll(async () => {
  const ledger = readLedger(await zhenbaSheets());
  finance = returnForms(ledger.table!, 8, { year: ledger.year })[1];
  const workbook = await returnFormWorkbook(returnFormSheet(finance, ledger.county));
  bytes = Buffer.from(await workbook.xlsx.writeBuffer());
});

describe("returnFormWorkbook", () => {
  it("hides the identity sheet from the clerk's unhide menu (veryHidden)", () => {
    const workbookXml = zipText(bytes, "xl/workbook.xml");
    const states = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)" state="(\w+)"/g)].map(
      (match) => [match[1], match[2]]
    );
    expect(states).toEqual([
      ["8月报送表", "visible"],
      ["_identity", "veryHidden"],
    ]);
  });

  it("protects the form sheet without a password", () => {
    const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
    const protection = /<sheetProtection[^>]*\/>/.exec(sheetXml)?.[0] ?? "";
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/hashValue|password/);
  });

  it("validates the figure cells as decimals with the unit in the input message", () => {
    const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
    const validations = [...sheetXml.matchAll(/<dataValidation [^>]*>/g)].map((match) => match[0]);
    const figureCells = validations.filter((rule) => rule.includes('type="decimal"'));
    expect(figureCells.map((rule) => /sqref="([^"]+)"/.exec(rule)?.[1])).toEqual(["G5", "G6"]);
    expect(figureCells[0]).toContain('prompt="地方财政收入（绝对量）1-8月累计，单位：万元"');
    expect(figureCells[1]).toContain(
      'prompt="地方财政收入（增幅）1-8月累计，单位：%（填8.5这样的数值，不要输入%号）"'
    );
    expect(
      validations
        .filter((rule) => rule.includes('type="date"'))
        .map((rule) => /sqref="([^"]+)"/.exec(rule)?.[1])
    ).toEqual(["G2"]);
  });

  it("unlocks only the cells to fill", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("8月报送表")!;
    const unlocked: string[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked === false) {
          unlocked.push(cell.address);
        }
      })
    );
    expect(unlocked.sort()).toEqual(["G2", "G5", "G6", "H5", "H6"]);
    expect(sheet.getCell("A1").value).toBe("镇巴县2016年8月市考指标完成情况报送表");
    expect(sheet.getCell("E2").value).toBe("2016年9月15日前");
  });

  it("reads back as an intact return, filled in Excel's way", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("8月报送表")!;
    sheet.getCell("G5").value = 8235;
    sheet.getCell("G6").value = 22.4;
    sheet.getCell("G2").value = new Date(Date.UTC(2016, 8, 12));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = readReturn(await readWorkbookBuffer(filled));
    expect(read.identity).toEqual(finance.identity);
    expect([read.intact, read.filledOn, read.diagnostics]).toEqual([true, "2016-09-12", []]);
    expect(read.figures.map((figure) => [figure.key, figure.value])).toEqual([
      ["地方财政收入|绝对量", 8235],
      ["地方财政收入|增幅", 22.4],
    ]);
  });
});
