import ExcelJS from "exceljs";
import { buildMonthlySummary } from "../../src/engine";
import { writeSheetSpec } from "../../src/xlsx/writeSheetSpec";
import { seedWorkbook } from "../engine/fixtures/seedWorkbook";
import { zipText } from "./zipText";

const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });
const spec = (kind: string) => summary.sheets.find((sheet) => sheet.kind === kind)!;

/** The .xlsx bytes of a workbook holding the given summary sheets, in order. */
async function bytesOf(kinds: readonly string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const kind of kinds) {
    writeSheetSpec(workbook.addWorksheet(spec(kind).name), spec(kind));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("writeSheetSpec: notices and print setup in the .xlsx", () => {
  it("puts a manual page break above each notice but the first, and prints from the first notice", async () => {
    const bytes = await bytesOf(["notices"]);
    const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) =>
      Number(match[1])
    );
    // A break "id" is the row above it: the row before each notice's title, 1-based.
    expect(breaks).toEqual((spec("notices").pageBreaksBefore ?? []).map((row) => row + 3));
    expect(breaks).toHaveLength(summary.notices.length - 1);
    const workbookXml = zipText(bytes, "xl/workbook.xml");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;7月预警通知&apos;!$A$4:$I$${spec("notices").rows.length + 3}</definedName>`
    );
    expect(workbookXml).not.toContain("_xlnm.Print_Titles");
    expect(sheetXml).toMatch(
      /<pageSetup[^>]*scale="100"[^>]*firstPageNumber="1" useFirstPageNumber="1"/
    );
    // One page a notice: no page number in the footer.
    expect(sheetXml).not.toContain("<oddFooter>");
  });

  it("prints the bulletin two pages wide at a scale of 82 % or more, 来源 left out, A:B repeated", async () => {
    const bytes = await bytesOf(["bulletin"]);
    const workbookXml = zipText(bytes, "xl/workbook.xml");
    const last = spec("bulletin").rows.length + 3 + 2;
    expect(workbookXml).toContain(`&apos;7月进度通报&apos;!$A$1:$Q$${last}</definedName>`);
    expect(workbookXml).toContain(
      `&apos;7月进度通报&apos;!$A:$B,&apos;7月进度通报&apos;!$3:$3</definedName>`
    );
    const scale = Number(
      /<pageSetup[^>]*scale="(\d+)"/.exec(zipText(bytes, "xl/worksheets/sheet1.xml"))![1]
    );
    expect(scale).toBe(spec("bulletin").print.scalePercent);
    // The sheet's own page numbers: its first page is page 1.
    expect(zipText(bytes, "xl/worksheets/sheet1.xml")).toContain(
      "<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>"
    );
    expect(scale).toBeGreaterThanOrEqual(82);
  });

  it("writes each row's height, the wrapped header's and the text rows merged", async () => {
    const workbook = new ExcelJS.Workbook();
    const notices = spec("notices");
    const worksheet = workbook.addWorksheet("预警通知");
    writeSheetSpec(worksheet, notices);
    expect(worksheet.getRow(3).height).toBe(notices.headerRowHeight);
    (notices.rowHeights ?? []).forEach((height, row) => {
      expect(worksheet.getRow(row + 4).height).toBe(height ?? undefined);
    });
    for (const line of notices.textRows ?? []) {
      expect(worksheet.getCell(line.row + 4, 9).isMerged).toBe(true);
      expect(worksheet.getCell(line.row + 4, 1).alignment?.horizontal).toBe(line.align);
    }
  });
});
