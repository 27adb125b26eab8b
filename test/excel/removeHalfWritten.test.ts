import { FakeExcel } from "./fake";
import { bulletinSpec, rankingSpec } from "./summarySpecs";
import { adapterOn, rejection, sheetState, sourceTable } from "./officeFixtures";

describe("writeSummary after a failure (removeHalfWritten)", () => {
  const failures: [number, number][] = [
    [1, 0],
    [2, 0],
    [2, 2],
    [2, 3],
    [2, 40],
    [2, 120],
    [3, 0],
    [3, 1],
    [3, 2],
    [3, 3],
    [3, 5],
  ];
  it.each(failures)(
    "after a failure on sync %i (after %i actions) the clerk's sheets are as before and a retry succeeds",
    async (failingSync, afterActions) => {
      const fake = new FakeExcel({ sheets: ["分解表"] });
      sourceTable(fake);
      fake.addSheet("7月进度通报", [["我自己的通报"]]);
      const workbook = adapterOn(fake);
      await workbook.writeSummary("2016-07", [bulletinSpec(8), rankingSpec()]);
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
      if (failingSync < 3) {
        // Failed before the swap: the half-written sheets are gone, the workbook is exactly as before.
        expect(fake.snapshot()).toEqual(before);
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
  );
});
