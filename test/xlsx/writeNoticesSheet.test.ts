import ExcelJS from "exceljs";
import { buildMonthlySummary } from "../../src/engine";
import { columnLetters } from "../../src/xlsx/sheetPlan";
import { summaryPackage } from "../../src/xlsx/summaryPackage";
import { writeSheetSpec } from "../../src/xlsx/writeSheetSpec";
import { seedWorkbook } from "../engine/fixtures/seedWorkbook";
import { zipText } from "./zipText";

const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });
const spec = (kind: string) => summary.sheets.find((sheet) => sheet.kind === kind)!;

type Writer = "exceljs" | "summaryPackage";

/** The .xlsx bytes of a workbook holding the given summary sheets, in order. */
async function bytesOf(kinds: readonly string[], writer: Writer): Promise<Uint8Array> {
  if (writer === "summaryPackage") {
    return new Uint8Array(summaryPackage("2016-07", kinds.map(spec)).bytes);
  }
  const workbook = new ExcelJS.Workbook();
  for (const kind of kinds) {
    writeSheetSpec(workbook.addWorksheet(spec(kind).name), spec(kind));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** xl/workbook.xml with the apostrophes as one writer or the other escapes them. */
function workbookXmlOf(bytes: Uint8Array): string {
  return zipText(bytes, "xl/workbook.xml").replace(/&apos;/g, "'");
}

describe.each<Writer>(["exceljs", "summaryPackage"])(
  "notices and print setup in the .xlsx (%s)",
  (writer) => {
    it("puts a manual page break above each notice but the first, and prints from the first notice", async () => {
      const bytes = await bytesOf(["notices"], writer);
      const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
      const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) =>
        Number(match[1])
      );
      // A break "id" is the row above it: the row before each notice's title, 1-based.
      expect(breaks).toEqual((spec("notices").pageBreaksBefore ?? []).map((row) => row + 3));
      expect(breaks).toHaveLength(summary.notices.length - 1);
      const workbookXml = workbookXmlOf(bytes);
      expect(workbookXml).toContain(
        `<definedName name="_xlnm.Print_Area" localSheetId="0">'7月预警通知'!$A$4:$I$${spec("notices").rows.length + 3}</definedName>`
      );
      expect(workbookXml).not.toContain("_xlnm.Print_Titles");
      expect(sheetXml).toMatch(/<pageSetup[^>]*scale="100"/);
      expect(sheetXml).toMatch(/<pageSetup[^>]*firstPageNumber="1" useFirstPageNumber="1"/);
      expect(sheetXml).not.toMatch(/fitToPage="1"/);
      // One page a notice: no page number in the footer.
      expect(sheetXml).not.toContain("<oddFooter>");
    });

    it("prints the bulletin two pages wide at a scale of 82 % or more, 来源 left out, A:B repeated", async () => {
      const bytes = await bytesOf(["bulletin"], writer);
      const workbookXml = workbookXmlOf(bytes);
      const bulletin = spec("bulletin");
      const last = bulletin.rows.length + 3 + 2;
      const printed = columnLetters(bulletin.columns.length - 1);
      expect(bulletin.columns.at(-1)?.header).toBe("来源");
      expect(workbookXml).toContain(`'7月进度通报'!$A$1:$${printed}$${last}</definedName>`);
      expect(workbookXml).toContain(`'7月进度通报'!$A:$B,'7月进度通报'!$3:$3</definedName>`);
      const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
      const scale = Number(/<pageSetup[^>]*scale="(\d+)"/.exec(sheetXml)![1]);
      expect(scale).toBe(bulletin.print.scalePercent);
      // The sheet's own page numbers: its first page is page 1.
      expect(sheetXml).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
      expect(scale).toBeGreaterThanOrEqual(82);
    });
  }
);

describe("writeSheetSpec: row heights and text rows", () => {
  it("writes each row's height, the wrapped header's and the text rows merged", () => {
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

  it("writes the same heights and merges in the bulletin workbook", () => {
    const notices = spec("notices");
    const sheetXml = zipText(
      new Uint8Array(summaryPackage("2016-07", [notices]).bytes),
      "xl/worksheets/sheet1.xml"
    );
    expect(sheetXml).toContain(`<row r="3" ht="${notices.headerRowHeight}" customHeight="1">`);
    (notices.rowHeights ?? []).forEach((height, row) => {
      if (height !== null) {
        expect(sheetXml).toContain(`<row r="${row + 4}" ht="${height}" customHeight="1">`);
      }
    });
    for (const line of notices.textRows ?? []) {
      expect(sheetXml).toContain(`<mergeCell ref="A${line.row + 4}:I${line.row + 4}"/>`);
    }
  });
});
