/** Failures injected on the Nth sync (injectedFailure.ts). */
import { FakeExcel, FakeRequestContext } from ".";
import { failureOf } from "./failureOf";

describe("the fake's writes", () => {
  it("fails the Nth sync after the given number of actions when told to", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.failOnSync({ sync: 2, afterActions: 1 });
    const error = await failureOf(
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
});
