import { FakeExcel, FakeOfficeError, FakeRequestContext } from "./fakeExcel";

/** Runs one batch and returns the error it threw (fails the test when it threw nothing). */
async function failure(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected the batch to fail");
}

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
    const error = await failure(
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

describe("the fake's writes", () => {
  it("rejects values whose shape differs from the range at sync, keeping the actions before it", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const error = await failure(
      fake.run(async (context: FakeRequestContext) => {
        const sheet = context.workbook.worksheets.getItem("分解表");
        sheet.getRange("A1").values = [["先写"]];
        sheet.getRange("A2:B2").values = [[1, 2, 3]];
        sheet.getRange("A3").values = [["不会写"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(fake.valuesOf("分解表", "A1:A3")).toEqual([["先写"], [""], [""]]);
    expect(fake.syncs[0].failed).toBe("InvalidArgument");
  });

  it("rejects a request above 5 MB whole", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const big = Array.from({ length: 2000 }, () => ["督".repeat(1000)]);
    const error = await failure(
      fake.run(async (context: FakeRequestContext) => {
        const sheet = context.workbook.worksheets.getItem("分解表");
        sheet.getRange("B1").values = [["先写"]];
        sheet.getRange("A1:A2000").values = big;
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.syncs[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.valuesOf("分解表", "B1")).toEqual([[""]]);
  });

  it.each([
    ["'=SUM(A1)", "General", "=SUM(A1)"],
    ["=SUM(A1)", "General", "#NAME?"],
    ["007", "General", 7],
    ["007", "@", "007"],
    ["'007", "@", "007"],
    ["#N/A", "General", "#N/A"],
    ["TRUE", "General", true],
    ["1-7月", "General", "1-7月"],
    ["", "General", ""],
  ])("stores input %j in a %s cell as %j, as typing it would", async (input, format, stored) => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    await fake.run(async (context: FakeRequestContext) => {
      const cell = context.workbook.worksheets.getItem("分解表").getRange("C3");
      cell.numberFormat = [[format]];
      cell.values = [[input]];
      await context.sync();
    });
    expect(fake.valuesOf("分解表", "C3")).toEqual([[stored]]);
  });

  it("fails an API above the host's version with ApiNotFound, and says so through isSetSupported", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], apiVersion: "1.8" });
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const error = await failure(
      fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("分解表").pageLayout.orientation = "Landscape";
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
    expect(fake.sheet("分解表").pageLayout.orientation).toBe("Portrait");
  });

  it("fails the Nth sync after the given number of actions when told to", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.failOnSync({ sync: 2, afterActions: 1 });
    const error = await failure(
      fake.run(async (context: FakeRequestContext) => {
        const sheet = context.workbook.worksheets.getItem("分解表");
        sheet.getRange("A1").values = [["第一次"]];
        await context.sync();
        sheet.getRange("A2").values = [["第二次"]];
        sheet.getRange("A3").values = [["不会写"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("GeneralException");
    expect(fake.valuesOf("分解表", "A1:A3")).toEqual([["第一次"], ["第二次"], [""]]);
    expect(fake.syncs.map((sync) => sync.failed)).toEqual([null, "GeneralException"]);
  });

  it("keeps a defined name on its sheet through a rename and breaks it when the sheet is deleted", async () => {
    const fake = new FakeExcel({ sheets: ["分解表", "7月进度通报"] });
    await fake.run(async (context: FakeRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("7月进度通报");
      context.workbook.names.add("assess.run.2016_07.bulletin", sheet.getRange("A1"), "2016-07");
      sheet.name = "7月通报 定稿";
      await context.sync();
    });
    expect(fake.names[0].formula).toBe("='7月通报 定稿'!$A$1");
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("7月通报 定稿").delete();
      await context.sync();
    });
    expect(fake.names[0].formula).toBe("=#REF!");
  });
});
