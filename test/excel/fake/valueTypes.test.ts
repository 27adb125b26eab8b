/** Range.valueTypes in the fake (fakeRange.ts, valueTypeOf in fakeCell.ts). */
import { FakeExcel, FakeRequestContext } from ".";

// The first test reads valueTypes before load and sync on purpose: the fake must refuse it.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
describe("Range.valueTypes", () => {
  it("is readable only once loaded and synced, and is one type per cell, row by row", async () => {
    const fake = new FakeExcel({ apiVersion: "1.1" });
    const sheet = fake.addSheet("数据", [
      [6800, 0, "", "未报"],
      [true, false, "#N/A", "#DIV/0!"],
    ]);
    // A formula whose result is "": not empty.
    Object.assign(sheet.ensureCell(2, 0), { formula: '=IF(B1=0,"",B1)', value: "" });
    await fake.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:D3");
      expect(() => range.valueTypes).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      range.load("valueTypes");
      expect(() => range.valueTypes).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(range.valueTypes).toEqual([
        ["Double", "Double", "Empty", "String"],
        ["Boolean", "Boolean", "Error", "Error"],
        ["String", "Empty", "Empty", "Empty"],
      ]);
    });
    expect(fake.syncCount).toBe(1);
  });

  it("follows the values written before it is read", async () => {
    const fake = new FakeExcel({ sheets: ["数据"] });
    await fake.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:C1");
      range.values = [[0, "", "'0"]];
      range.load("valueTypes");
      await context.sync();
      expect(range.valueTypes).toEqual([["Double", "Empty", "String"]]);
    });
  });
});
