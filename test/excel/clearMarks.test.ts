import { FakeExcel } from "./fake";
import { adapterOn, rejection, sourceTable, statusMarks, syncsOf } from "./officeFixtures";

describe("clearMarks", () => {
  it("restores after the workbook was saved and reopened and the sheet renamed", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(fake);
    await adapterOn(fake).markStatuses("分解表", statusMarks);
    fake.sheet("分解表").name = "分解表（7月）";
    const marked = fake.snapshot() as { settings: unknown[] };

    await adapterOn(fake).clearMarks();
    const restored = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(restored);
    const [restoredSheet] = (restored.snapshot() as { sheets: { cells: unknown }[] }).sheets;
    const [sheetNow] = (fake.snapshot() as { sheets: { cells: unknown; name: string }[] }).sheets;
    expect(sheetNow.name).toBe("分解表（7月）");
    expect(sheetNow.cells).toEqual(restoredSheet.cells);
    expect(marked.settings).toHaveLength(1);
    expect((fake.snapshot() as { settings: unknown[] }).settings).toEqual([]);
  });

  it.each([
    [2, 1],
    [2, 3],
    [2, 0],
  ])(
    "restores the table after marking failed on sync %i after %i actions",
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

  it("does nothing when nothing was marked", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const before = fake.snapshot();
    expect(await syncsOf(fake, () => adapterOn(fake).clearMarks())).toBe(1);
    expect(fake.snapshot()).toEqual(before);
  });
});
