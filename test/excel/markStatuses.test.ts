import { markFormula } from "../../src/excel/markFormula";
import { addressOf, FakeExcel, FakeSheet, parseAddress } from "./fake";
import { green } from "./summarySpecs";
import {
  adapterOn,
  paint,
  rejection,
  sheetState,
  sourceTable,
  statusMarks,
  syncsOf,
} from "./officeFixtures";

/** What a cell shows, by address. */
function shown(sheet: FakeSheet, address: string): string | null {
  const rect = parseAddress(address)!;
  return sheet.displayedFill(rect.top, rect.left);
}

/** The marks on a sheet: their blocks and fills. */
function marksOn(sheet: FakeSheet): string[] {
  return sheet.conditionalFormats.map(
    (format) =>
      `${format.rects.map((rect) => addressOf(rect)).join(",")} ${format.fill} ${format.formula}`
  );
}

describe("markStatuses", () => {
  it("colours rows by status with conditional formats, never touching a cell", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    // A white fill and an empty cell: a real host reads both back alike (office-js #4900, #6218).
    paint(sheet, "B7", { color: "#FFFFFF", pattern: "Solid" });
    const original = fake.snapshot();
    const cellsBefore = (sheetState(fake, "分解表") as { cells: unknown }).cells;
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();

    expect(await syncsOf(fake, () => workbook.markStatuses("分解表", statusMarks))).toBe(2);
    expect(marksOn(sheet)).toEqual([
      `A9:F9 #E7E6E6 ${markFormula}`,
      `A6:F7 ${green} ${markFormula}`,
      `A5:F5 #FFC7CE ${markFormula}`,
      `A2:F4 #FFEB9C ${markFormula}`,
    ]);
    expect(["A2", "B3", "A4", "A5", "B7", "A8", "A9"].map((cell) => shown(sheet, cell))).toEqual([
      "#FFEB9C",
      "#FFEB9C",
      "#FFEB9C",
      "#FFC7CE",
      green,
      null,
      "#E7E6E6",
    ]);
    expect((sheetState(fake, "分解表") as { cells: unknown }).cells).toEqual(cellsBefore);

    expect(await syncsOf(fake, () => workbook.clearMarks())).toBe(2);
    expect(fake.snapshot()).toEqual(original);
  });

  it("marks in one sync after the read it follows, which found the marks in force", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    const read = await workbook.readWorkbook({ marks: true });
    expect(read.basis?.marks?.map((placed) => [placed.sheet, placed.ids.length])).toEqual([
      ["分解表", 4],
    ]);
    const august = [{ row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" as const }];
    expect(await syncsOf(fake, () => workbook.markStatuses("分解表", august, read))).toBe(1);
    expect(marksOn(sheet)).toEqual([`A4:H4 ${green} ${markFormula}`]);

    // Nothing marked and nothing to mark: no round trip at all.
    await workbook.clearMarks();
    const clean = await workbook.readWorkbook({ marks: true });
    expect(await syncsOf(fake, () => workbook.markStatuses("分解表", [], clean))).toBe(0);
  });

  it("marks afresh: the previous marks go first, so no stale colour stays and no fill is lost", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    const original = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    // July's marks, then August's: fewer rows, wider, other statuses.
    await workbook.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
      { row: 5, firstColumn: 1, lastColumn: 8, status: "serious" },
    ]);
    // Rows marked in July only show the clerk's own fills again: yellow B3, none on row 9.
    expect(["A3", "B3", "A9"].map((cell) => shown(sheet, cell))).toEqual([null, "#FFFF00", null]);
    expect(["A4", "G4", "A5"].map((cell) => shown(sheet, cell))).toEqual([green, green, "#FFC7CE"]);
    expect(sheet.conditionalFormats).toHaveLength(2);
    await workbook.clearMarks();
    expect(fake.snapshot()).toEqual(original);
  });

  it("marking another sheet takes the first sheet's marks away; marking nothing is clearing", async () => {
    const fake = new FakeExcel({ sheets: ["分解表", "分解表（副本）"] });
    sourceTable(fake);
    const copy = fake.sheet("分解表（副本）");
    copy.ensureCell(0, 0).value = "指标";
    const original = fake.snapshot();
    const tableBefore = sheetState(fake, "分解表");
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    await workbook.markStatuses("分解表（副本）", [
      { row: 1, firstColumn: 1, lastColumn: 2, status: "serious" },
    ]);
    expect(sheetState(fake, "分解表")).toEqual(tableBefore);
    expect(copy.displayedFill(0, 1)).toBe("#FFC7CE");
    await workbook.markStatuses("分解表（副本）", []);
    expect(fake.snapshot()).toEqual(original);
  });

  it("marks many blocks of a status with one conditional format; one a block on ExcelApi 1.8", async () => {
    const rows = Array.from({ length: 400 }, (_, index) => [`指标${index}`, index]);
    const marks = rows.map((_, index) => ({
      row: index + 1,
      firstColumn: 1,
      lastColumn: 2,
      status: index % 2 === 0 ? ("lagging" as const) : ("serious" as const),
    }));
    for (const [apiVersion, formats] of [
      ["1.13", 4],
      ["1.8", 400],
    ] as const) {
      const fake = new FakeExcel({ sheets: [], apiVersion });
      const sheet = fake.addSheet("分解表", rows);
      const original = fake.snapshot();
      const workbook = adapterOn(fake);
      await workbook.markStatuses("分解表", marks);
      expect(sheet.conditionalFormats).toHaveLength(formats);
      expect([shown(sheet, "A1"), shown(sheet, "B400")]).toEqual(["#FFEB9C", "#FFC7CE"]);
      await workbook.clearMarks();
      expect(fake.snapshot()).toEqual(original);
    }
  });

  it("marks a format a block when Excel refuses an address list", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], limits: { rangeAreasAddressLimit: 4 } });
    const sheet = sourceTable(fake);
    const original = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    expect(marksOn(sheet)).toEqual([
      `A9:F9 #E7E6E6 ${markFormula}`,
      `A6:F7 ${green} ${markFormula}`,
      `A5:F5 #FFC7CE ${markFormula}`,
      `A2:F4 #FFEB9C ${markFormula}`,
    ]);
    expect(fake.syncs.some((sync) => sync.failed === "InvalidArgument")).toBe(true);
    await workbook.clearMarks();
    expect(fake.snapshot()).toEqual(original);
  });

  it("leaves the clerk's own conditional formats, even one with a custom rule", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    sheet.conditionalFormats.push({
      id: "{clerk}",
      type: "Custom",
      rects: [{ top: 1, left: 3, rows: 9, columns: 1 }],
      formula: "=D2<0",
      fill: "#FF0000",
    });
    const original = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    expect(sheet.conditionalFormats.filter((format) => format.formula === "=D2<0")).toHaveLength(1);
    await workbook.clearMarks();
    expect(fake.snapshot()).toEqual(original);
  });

  it("needs nothing above the manifest's ExcelApi 1.7", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], apiVersion: "1.7" });
    const sheet = sourceTable(fake);
    const original = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    expect(shown(sheet, "A5")).toBe("#FFC7CE");
    await workbook.clearMarks();
    expect(fake.snapshot()).toEqual(original);
  });

  it("says which sheet is missing, before changing anything", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(fake);
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);
    const marked = fake.snapshot();
    const error = await rejection(workbook.markStatuses("7月分解表", statusMarks));
    expect(error.message).toBe("找不到工作表“7月分解表”，请确认它没有被删除或改名");
    expect(fake.snapshot()).toEqual(marked);
    const read = await workbook.readWorkbook({ marks: true });
    const count = fake.syncCount;
    await rejection(workbook.markStatuses("7月分解表", statusMarks, read));
    expect(fake.syncCount).toBe(count);
  });
});
