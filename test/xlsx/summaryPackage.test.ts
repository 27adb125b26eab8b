import ExcelJS from "exceljs";
import { subtitleRowHeight } from "../../src/engine/workbook/subtitleRowHeight";
import { printXml } from "../../src/xlsx/printXml";
import { summaryPackage } from "../../src/xlsx/summaryPackage";
import { bulletinSpec } from "./sheetSpecFixture";
import { zipText } from "./zipText";

/**
 * The raw-XML bulletin writer against the engine's sheet spec, field by field: what exceljs and
 * Excel read back of widths, heights, merges, freeze panes, fills, print setup and footer.
 */
describe("summaryPackage", () => {
  const spec = bulletinSpec();
  const ranking = bulletinSpec("7月排名", "ranking", "镇巴县2016年7月排名");
  const { bytes, written } = summaryPackage("2016-07", [spec, ranking]);

  it("names the sheets as the specs do, made distinct", () => {
    expect(written).toEqual(["7月进度通报", "7月排名"]);
    expect(summaryPackage("2016-07", [spec, spec]).written).toEqual([
      "7月进度通报",
      "7月进度通报(2)",
    ]);
  });

  it("writes every field of the spec as exceljs reads it back", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("7月进度通报")!;
    expect(sheet.columns.map((column) => column.width)).toEqual(spec.columns.map((c) => c.width));
    expect(sheet.getRow(1).height).toBe(28);
    expect(sheet.getRow(2).height).toBe(subtitleRowHeight(spec));
    expect(sheet.model.merges).toEqual(["A1:F1", "A2:F2"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    expect(sheet.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(sheet.getCell("F4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("F4").font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    expect(sheet.getCell("E4").numFmt).toBe("0.0%");
    expect(sheet.getCell("F6").value).toBe("=1+1"); // a string, never a formula
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    });
    expect(sheet.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
    expect(workbook.definedNames.model.map((name) => name.name)).toEqual(
      expect.arrayContaining(["assess.run.2016_07.bulletin", "assess.run.2016_07.ranking"])
    );
  });

  it("puts the print titles in a sheet-scoped name, one per sheet", () => {
    const xml = zipText(bytes, "xl/workbook.xml");
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'7月进度通报'!$3:$3</definedName>`
    );
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'7月排名'!$3:$3</definedName>`
    );
  });

  it("emits each print field through its own emitter", () => {
    expect(printXml(spec.print, { sheet: "O'Brien", printArea: null })).toEqual({
      pageSetup: ['orientation="landscape"', 'paperSize="9"', 'fitToWidth="1"', 'fitToHeight="0"'],
      printOptions: ['horizontalCentered="1"'],
      pageSetUpPr: ['fitToPage="1"'],
      definedNames: [{ name: "_xlnm.Print_Titles", formula: "'O''Brien'!$3:$3" }],
      afterFooter: [],
    });
    expect(
      printXml({ ...spec.print, orientation: "portrait" }, { sheet: "表", printArea: null })
        .pageSetup[0]
    ).toBe('orientation="portrait"');
  });

  it("gives the same bytes for the same sheets (no time stamps)", () => {
    expect(summaryPackage("2016-07", [spec, ranking]).bytes.equals(bytes)).toBe(true);
  });
});
