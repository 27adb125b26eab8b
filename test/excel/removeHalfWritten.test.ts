import { FakeExcel } from "./fake";
import { bulletinSpec, rankingSpec } from "./summarySpecs";
import { adapterOn, rejection, sheetState, sourceTable } from "./officeFixtures";

/** A workbook with the clerk's table, a clerk's sheet named like a summary, and July written. */
async function writtenOnce(): Promise<FakeExcel> {
  const fake = new FakeExcel({ sheets: ["分解表"] });
  sourceTable(fake);
  fake.addSheet("7月进度通报", [["我自己的通报"]]);
  await adapterOn(fake).writeSummary("2016-07", [bulletinSpec(8), rankingSpec()]);
  return fake;
}

/** Actions in the write request of writing July again (its last actions are the swap). */
async function writeActions(): Promise<number> {
  const fake = await writtenOnce();
  await adapterOn(fake).writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
  return fake.syncs[fake.syncs.length - 1].actions;
}

describe("writeSummary after a failure (removeHalfWritten)", () => {
  it("fails in the look, in the writing and in the swap at the end of the one write request", async () => {
    const total = await writeActions();
    // The swap: 2 deletions of sheets and 2 of markers, 2 renames, activate, 2 loads of ids.
    const failures: [number, number, boolean][] = [
      [1, 0, true],
      [2, 0, true],
      [2, 2, true],
      [2, 3, true],
      [2, 40, true],
      [2, 120, true],
      [2, total - 10, true],
      [2, total - 8, false],
      [2, total - 3, false],
    ];
    for (const [failingSync, afterActions, asBefore] of failures) {
      const fake = await writtenOnce();
      const workbook = adapterOn(fake);
      const before = fake.snapshot();
      const source = sheetState(fake, "分解表");
      const mine = sheetState(fake, "7月进度通报");

      fake.failOnSync({ sync: failingSync, afterActions });
      const error = await rejection(
        workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()])
      );
      expect(error.key).toBe("excelFailed");
      expect(error.message).toMatch(/^Excel 操作失败（GeneralException）/);
      expect(sheetState(fake, "分解表")).toEqual(source);
      expect(sheetState(fake, "7月进度通报")).toEqual(mine);
      if (asBefore) {
        // Failed before the swap: the half-written sheets are gone, the workbook is exactly as before.
        expect(fake.snapshot()).toEqual(before);
      } else {
        // The swap had begun: the new sheets are whole and stay (some under their temporary names).
        expect(
          fake.sheets.some(
            (sheet) => fake.valuesOf(sheet.name, "A28")[0][0] === "社会消费品零售总额24"
          )
        ).toBe(true);
      }

      const report = await workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
      expect(report.written).toEqual(["7月进度通报(2)", "7月排名"]);
      expect(fake.sheets.map((sheet) => sheet.name).sort()).toEqual(
        ["7月进度通报", "7月进度通报(2)", "7月排名", "分解表"].sort()
      );
      expect(fake.names.map((item) => item.formula).sort()).toEqual(
        ["='7月进度通报(2)'!$A$1", "='7月排名'!$A$1"].sort()
      );
      expect(fake.valuesOf("7月进度通报(2)", "A28")).toEqual([["社会消费品零售总额24"]]);
      expect(sheetState(fake, "分解表")).toEqual(source);
      expect(sheetState(fake, "7月进度通报")).toEqual(mine);
    }
  });
});
