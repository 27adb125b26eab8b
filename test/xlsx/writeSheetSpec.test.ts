import ExcelJS from "exceljs";
import { join } from "path";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { argbOf, writeSheetSpec } from "../../src/xlsx/writeSheetSpec";
import { bulletinSpec, temporaryDirectory } from "./sheetSpecFixture";

describe("writeSheetSpec", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let file: string;
  let reread: ExcelJS.Worksheet;

  beforeAll(async () => {
    directory = await temporaryDirectory();
    file = join(directory.path, "spec.xlsx");
    const workbook = new ExcelJS.Workbook();
    writeSheetSpec(workbook.addWorksheet("7月进度通报"), bulletinSpec());
    await workbook.xlsx.writeFile(file);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(file);
    reread = loaded.getWorksheet("7月进度通报")!;
  });
  afterAll(() => directory.remove());

  it("round-trips values and merges through readWorkbook", async () => {
    const [sheet] = await readWorkbook(file);
    expect(sheet.name).toBe("7月进度通报");
    expect(sheet.values.slice(0, 4)).toEqual([
      ["镇巴县2016年7月市考指标进度通报"],
      ["数据截至2016年7月；时序进度58.3%；预警线5个百分点"],
      ["指标名称", "全年目标", "序时目标", "累计完成", "完成率", "状态"],
      ["地方财政收入（绝对量）", 13600, 7700, 7200, 0.5294, "滞后"],
    ]);
    expect(sheet.values[4]).toEqual(["专利申请量", 25, 14.58, null, null, "未报送"]);
    // Strings that look like errors or formulas stay strings.
    expect(sheet.values[5]).toEqual(["#N/A literal", 1, 2, 3, 0.1, "=1+1"]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 1, left: 0, bottom: 1, right: 5 },
    ]);
  });

  it.each([
    ["A4", "@"],
    ["B4", "0.00"],
    ["C5", "0.00"],
    ["E4", "0.0%"],
    ["E6", "0.0%"],
    ["F6", "@"],
  ])("data cell %s has number format %s", (address, format) => {
    expect(reread.getCell(address).numFmt).toBe(format);
  });

  it("styles the title, header, row fills and cell styles", () => {
    expect(reread.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    const { font, fill, alignment, border } = reread.getCell("C3");
    expect(font).toMatchObject({ bold: true });
    expect(fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9D9D9" },
    });
    expect(alignment).toMatchObject({ wrapText: true });
    expect(border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(reread.getCell("B4").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(reread.getCell("B5").fill ?? { type: "pattern", pattern: "none" }).toMatchObject({
      pattern: "none",
    });
    expect(reread.getCell("F4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(reread.getCell("F4").font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
  });

  it("wraps the subtitle in row 2, merged like the title, in a row two lines high", () => {
    expect(reread.getCell("A2").alignment).toMatchObject({ horizontal: "left", wrapText: true });
    expect(reread.getRow(2).height).toBe(35);
    expect(reread.getCell("A1").alignment?.wrapText).toBeFalsy();
  });

  it("makes the subtitle row taller when the subtitle needs more than two lines", () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("7月排名");
    const spec = bulletinSpec();
    const subtitle = "按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）".repeat(3);
    writeSheetSpec(worksheet, { ...spec, subtitle });
    // 96 CJK glyphs of 14.7 px over 80 units of 7 px columns: 3 lines of 16 points.
    expect(worksheet.getRow(2).height).toBe(51);
    expect(worksheet.getCell("F2").isMerged).toBe(true);
  });

  it("sets widths, frozen panes and the page setup", () => {
    expect(reread.columns.map((column) => column.width)).toEqual([24, 12, 12, 12, 10, 10]);
    expect(reread.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 1 });
    expect(reread.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(reread.pageSetup.margins).toMatchObject({
      left: 0.25,
      right: 0.25,
      top: 0.75,
      bottom: 0.75,
    });
  });

  it.each([
    ["#D9D9D9", "FFD9D9D9"],
    ["ffeb9c", "FFFFEB9C"],
    ["#80FF0000", "80FF0000"],
  ])("argbOf(%s) = %s", (colour, argb) => {
    expect(argbOf(colour)).toBe(argb);
  });
});
