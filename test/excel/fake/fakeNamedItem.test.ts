/** A defined name through a rename and a deletion of its sheet (fakeNamedItem.ts). */
import { FakeExcel, FakeRequestContext } from ".";

describe("the fake's writes", () => {
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
