import { FakeExcel } from "./fake";
import { adapterOn, rejection, sourceTable, statusMarks, syncsOf } from "./officeFixtures";

describe("clearMarks", () => {
  it("finds its marks after the workbook was saved and reopened and the sheet renamed", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(fake);
    const restored = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(restored);
    await adapterOn(fake).markStatuses("分解表", statusMarks);
    fake.sheet("分解表").name = "分解表（7月）";

    // A new adapter, as after reopening: it knows nothing of the workbook.
    const reopened = adapterOn(fake);
    expect(await syncsOf(fake, () => reopened.clearMarks())).toBe(3);
    const [sheetNow] = (fake.snapshot() as { sheets: { id: string; name: string }[] }).sheets;
    const [original] = (restored.snapshot() as { sheets: { cells: unknown }[] }).sheets;
    expect(sheetNow.name).toBe("分解表（7月）");
    expect(sheetNow).toEqual({ ...original, id: sheetNow.id, name: "分解表（7月）" });
  });

  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [3, 4],
    [3, 10],
  ])(
    "gives the table back after marking failed on sync %i after %i actions",
    async (failingSync, afterActions) => {
      const fake = new FakeExcel({ sheets: ["分解表"] });
      sourceTable(fake);
      const original = fake.snapshot();
      const workbook = adapterOn(fake);
      fake.failOnSync({ sync: failingSync, afterActions });
      await rejection(workbook.markStatuses("分解表", statusMarks));
      await workbook.clearMarks();
      expect(fake.snapshot()).toEqual(original);
    }
  );

  it("reads once and writes nothing when nothing is marked", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(fake);
    const before = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();
    expect(await syncsOf(fake, () => workbook.clearMarks())).toBe(1);
    expect(fake.snapshot()).toEqual(before);
  });
});
