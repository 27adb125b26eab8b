import { FakeExcel } from "./fake";
import { adapterOn, rejection, syncsOf } from "./officeFixtures";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1", "分解表"] });
    expect(await syncsOf(fake, () => adapterOn(fake).selectCell("分解表", "B12"))).toBe(1);
    expect(fake.activeSheet?.name).toBe("分解表");
    expect(fake.selection).toBe("分解表!B12");
  });

  it("names a missing sheet when selecting", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const error = await rejection(adapterOn(fake).selectCell("分解表", "B12"));
    expect(error.key).toBe("sheetNotFound");
    expect(error.messageIn("en-US")).toBe(
      'Worksheet "分解表" was not found: check that it was not deleted or renamed'
    );
  });
});
