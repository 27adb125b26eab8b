import ExcelJS from "exceljs";
import { readLedger } from "../../src/engine/returns/readLedger";
import {
  applyCollect,
  deliverForm,
  PickedReturn,
  prepareForms,
  previewCollect,
} from "../../src/taskpane/returnsCase";
import {
  AUGUST_REPORTED,
  fillFormSheet,
  longFormActuals,
  longFormTable,
} from "../engine/returns/longFormFixture";
import { MemoryPort } from "./memoryPort";

describe("the pane's collection on a ledger with a long-form 月度完成 sheet", () => {
  it("writes the new rows' cells with their figures, and the ledger reads every one back", async () => {
    const port = new MemoryPort([longFormTable(), longFormActuals()]);
    const prepared = await prepareForms(port, { month: 8 });
    const picked: PickedReturn[] = [];
    for (const form of prepared.forms) {
      await deliverForm(port, form);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(port.delivered[port.delivered.length - 1].bytes) as unknown as ExcelJS.Buffer
      );
      const sheet = workbook.getWorksheet("8月报送表")!;
      fillFormSheet(sheet, AUGUST_REPORTED);
      sheet.getCell("G2").value = "2016-09-09";
      const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      picked.push({ name: form.fileName, bytes, lastModified: null });
    }
    const preview = await previewCollect(port, picked, { month: 8 });
    expect(preview.result.diagnostics).toEqual([]);
    const report = await applyCollect(port, preview);
    // 3 new rows of 4 cells, 1 figure in an existing row; the register's title, header and 2 rows.
    expect(report).toEqual({ written: 3 * 4 + 1 + 4 + 2 * 3, created: "报送登记" });
    const actuals = port.sheets.find((sheet) => sheet.name === "月度完成")!;
    expect(actuals.values.slice(8).map((row) => row.slice(0, 4))).toEqual([
      ["地方财政收入", "绝对量", "8月", 8235],
      ["地方财政收入", "增幅", "8月", 10.5],
      ["专利申请量", "绝对量", "8月", 14],
    ]);
    const august = readLedger(port.sheets).table!.indicators.map((record) => [
      record.key,
      record.actuals.find((actual) => actual.month === 8)?.value,
    ]);
    expect(august).toEqual([...AUGUST_REPORTED]);
  });
});
