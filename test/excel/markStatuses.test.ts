import { marksSettingKey, parseMarkRecord, restoreBlocks } from "../../src/excel/markRecord";
import { FakeExcel, FakeFill, parseAddress } from "./fake";
import { green } from "./summarySpecs";
import {
  adapterOn,
  rejection,
  sheetState,
  sourceTable,
  statusMarks,
  syncsOf,
} from "./officeFixtures";

describe("markStatuses", () => {
  it("colours rows by status in one fill per block of rows, then restores the table exactly", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    const original = fake.snapshot();
    const workbook = adapterOn(fake);

    expect(await syncsOf(fake, () => workbook.markStatuses("分解表", statusMarks))).toBe(2);
    const fills = fake.syncs[1].writes.filter((write) => write.property.startsWith("fill.color"));
    expect(fills.map((write) => `${write.address} ${write.property}`)).toEqual([
      "A2:F4 fill.color #FFEB9C",
      "A5:F5 fill.color #FFC7CE",
      `A6:F7 fill.color ${green}`,
      "A9:F9 fill.color #E7E6E6",
    ]);
    expect(sheet.cell(3, 0).fill).toEqual({
      color: "#FFEB9C",
      pattern: "Gray25",
      patternColor: "#FF0000",
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
    expect(sheet.cell(7, 0).fill.color).toBeNull();
    expect(fake.valuesOf("分解表", "A2:F2")).toEqual([
      ["第二产业增加值", 18, 16.2, -1.8, "县统计局", "刘明江"],
    ]);

    // Marking again (other statuses, wider rows) keeps the first record of the originals.
    await workbook.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
      { row: 5, firstColumn: 1, lastColumn: 8, status: "on_pace" },
    ]);
    expect(sheet.cell(4, 7).fill.color).toBe(green);

    expect(await syncsOf(fake, () => workbook.clearMarks())).toBe(2);
    expect(fake.snapshot()).toEqual(original);
  });

  it("marks afresh: restores the previous marks first, so no stale colour stays and no original is lost", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    const fillAt = (address: string): unknown => {
      const rect = parseAddress(address)!;
      return { ...sheet.cell(rect.top, rect.left).fill };
    };
    const originals = new Map(["A3", "B3", "A9"].map((address) => [address, fillAt(address)]));
    const original = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", statusMarks);

    // July's marks, then August's: fewer rows, wider, other statuses.
    expect(
      await syncsOf(fake, () =>
        workbook.markStatuses("分解表", [
          { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
          { row: 5, firstColumn: 1, lastColumn: 8, status: "serious" },
        ])
      )
    ).toBe(2);
    // Rows marked in July only are as the clerk left them: yellow B3, no fill on row 9.
    for (const address of ["A3", "B3", "A9"]) {
      expect(fillAt(address)).toEqual(originals.get(address));
    }
    expect(
      [fillAt("A4"), fillAt("G4"), fillAt("A5")].map((fill) => (fill as FakeFill).color)
    ).toEqual([green, green, "#FFC7CE"]);
    // The record holds the clerk's originals of August's cells, not July's colours.
    const record = parseMarkRecord(await workbook.loadSetting(marksSettingKey));
    expect(record.sheets).toHaveLength(1);
    const [block] = restoreBlocks(record.sheets[0]);
    expect([block.top, block.left, block.rows, block.columns]).toEqual([3, 0, 2, 8]);
    expect(block.fills[1][0]).toMatchObject({
      pattern: "Solid",
      color: "#4472C4",
      tintAndShade: 0.6,
    });

    // The same marks twice change nothing; clearing gives back the table exactly.
    await workbook.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
      { row: 5, firstColumn: 1, lastColumn: 8, status: "serious" },
    ]);
    await workbook.clearMarks();
    expect(fake.snapshot()).toEqual(original);
  });

  it("marking another sheet restores the first; marking nothing is clearing", async () => {
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
    expect(copy.cell(0, 1).fill.color).toBe("#FFC7CE");
    await workbook.markStatuses("分解表（副本）", []);
    expect(fake.snapshot()).toEqual(original);
  });

  it("refuses to mark without ExcelApi 1.9, before touching the workbook", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], apiVersion: "1.8" });
    sourceTable(fake);
    const error = await rejection(adapterOn(fake).markStatuses("分解表", statusMarks));
    expect(error.key).toBe("requirementMissing");
    expect(error.message).toBe(
      "当前 Excel 版本不支持“按状态标记并恢复底色”（需要 ExcelApi 1.9），请升级 Office 或使用网页版 Excel"
    );
    expect(fake.syncCount).toBe(0);
  });

  it("says which sheet is missing", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const error = await rejection(adapterOn(fake).markStatuses("7月分解表", statusMarks));
    expect(error.message).toBe("找不到工作表“7月分解表”，请确认它没有被删除或改名");
  });
});
