import { createOfficeWorkbook, ExcelRun } from "../../src/excel/officeWorkbook";
import { FakeExcel } from "./fake";
import { adapterOn, syncsOf } from "./officeFixtures";
import { bulletinSpec, rankingSpec } from "./summarySpecs";

describe("createOfficeWorkbook", () => {
  it("gives the pane every use case of the port, and what the host supports", () => {
    const workbook = adapterOn(new FakeExcel({ sheets: ["Sheet1"] }));
    expect(
      [
        workbook.readWorkbook,
        workbook.writeSummary,
        workbook.markStatuses,
        workbook.clearMarks,
        workbook.selectCell,
        workbook.loadSetting,
        workbook.saveSetting,
        workbook.recalculate,
        workbook.saveSettings,
        workbook.writeCells,
        workbook.deliverFile,
        workbook.requirements,
      ].map((member) => typeof member)
    ).toEqual(new Array(12).fill("function"));
    expect(workbook.requirements().every((item) => item.supported)).toBe(true);
  });

  it("passes its payload budget to the summary write: a smaller budget, more write syncs", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = createOfficeWorkbook(fake.run as unknown as ExcelRun, {
      isSetSupported: fake.isSetSupported,
      payloadBudget: 256 * 1024,
    });
    expect(
      await syncsOf(fake, () =>
        workbook.writeSummary("2016-07", [bulletinSpec(5000), rankingSpec()])
      )
    ).toBeGreaterThan(2);
  });
});
