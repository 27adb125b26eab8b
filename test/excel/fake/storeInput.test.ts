/** What a cell stores of the input Range.values is given (storeInput.ts). */
import { FakeExcel, FakeRequestContext } from ".";

describe("the fake's writes", () => {
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
});
