/** The request payload limit (requestBytes.ts). */
import { FakeExcel, FakeRequestContext } from ".";
import { failureOf } from "./failureOf";

describe("the fake's writes", () => {
  it("rejects a request above 5 MB whole", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const big = Array.from({ length: 2000 }, () => ["督".repeat(1000)]);
    const error = await failureOf(
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
});
