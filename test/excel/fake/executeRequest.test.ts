/**
 * One request as Excel runs it: stopped at its first failing action, its API versions checked
 * (executeRequest.ts).
 */
import { FakeExcel, FakeRequestContext } from ".";
import { failureOf } from "./failureOf";

describe("the fake's writes", () => {
  it("rejects values whose shape differs from the range at sync, keeping the actions before it", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const error = await failureOf(
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

  it("fails an API above the host's version with ApiNotFound, and says so through isSetSupported", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], apiVersion: "1.8" });
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const error = await failureOf(
      fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("分解表").pageLayout.orientation = "Landscape";
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
    expect(fake.sheet("分解表").pageLayout.orientation).toBe("Portrait");
  });
});
