import { FakeExcel } from "./fake";
import { adapterOn } from "./officeFixtures";

describe("recalculate", () => {
  it("recalculates the whole workbook", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    await adapterOn(fake).recalculate();
    expect(fake.calculations).toEqual(["Full"]);
  });
});
