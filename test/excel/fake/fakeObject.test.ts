/** The strict load/sync of the fake's proxies (fakeObject.ts, fakeCollection.ts). */
import { FakeExcel, FakeRequestContext } from ".";
import { failureOf } from "./failureOf";

// These tests read proxies before load or sync on purpose: that misuse is what the fake must catch.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
describe("the fake's strict load/sync", () => {
  it("throws PropertyNotLoaded for a property never loaded, and for one loaded but not yet synced", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.addSheet("数据", [["目标", 6800]]);
    await fake.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["目标", 6800]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives collection items only the properties that were loaded", async () => {
    const fake = new FakeExcel({ sheets: ["分解表", "7月进度通报"] });
    await fake.run(async (context: FakeRequestContext) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["分解表", "7月进度通报"]);
      expect(() => sheets.items[0].id).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  it("answers isNullObject only after a sync, and refuses to read or write a null object", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const error = await failureOf(
      fake.run(async (context: FakeRequestContext) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("没有这张表");
        const present = context.workbook.worksheets.getItemOrNullObject("分解表");
        expect(() => missing.isNullObject).toThrow(
          expect.objectContaining({ code: "PropertyNotLoaded" })
        );
        missing.load("name");
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        expect(present.isNullObject).toBe(false);
        expect(() => missing.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        missing.getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
  });
});

/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
