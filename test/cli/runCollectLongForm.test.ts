import ExcelJS from "exceljs";
import { join } from "path";
import { runCollect } from "../../src/cli/runCollect";
import { runForms } from "../../src/cli/runForms";
import { GridSheet } from "../../src/engine/kernel/grid";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import {
  AUGUST_REPORTED,
  fillFormSheet,
  longFormActuals,
  longFormTable,
} from "../engine/returns/longFormFixture";
import { collectingIo, temporaryDirectory } from "./cliFixture";

/** The grids as a workbook's sheets, blank cells left out, merges kept. */
function workbookOf(sheets: readonly GridSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of sheets) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.values.forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (value !== null) {
          sheet.getCell(row + 1, column + 1).value = value;
        }
      })
    );
    for (const merge of grid.merges) {
      sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
    }
  }
  return workbook;
}

describe("assess collect (runCollect) on a ledger with a long-form 月度完成 sheet", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let ledger: string;
  const returns: string[] = [];

  beforeAll(async () => {
    directory = await temporaryDirectory();
    ledger = join(directory.path, "长表台账.xlsx");
    await workbookOf([longFormTable(), longFormActuals()]).xlsx.writeFile(ledger);
    const forms = join(directory.path, "forms");
    expect(
      await runForms({ input: ledger, month: 8, out: forms, force: false }, collectingIo())
    ).toBe(0);
    for (const [unit, day] of [
      ["县财政局", 9],
      ["县科技局", 10],
    ] as const) {
      const file = join(forms, `报送表-${unit}-8月.xlsx`);
      const form = new ExcelJS.Workbook();
      await form.xlsx.readFile(file);
      const sheet = form.getWorksheet("8月报送表")!;
      fillFormSheet(sheet, AUGUST_REPORTED);
      sheet.getCell("G2").value = new Date(Date.UTC(2016, 8, day));
      await form.xlsx.writeFile(file);
      returns.push(file);
    }
  });
  afterAll(() => directory.remove());

  it("adds the August rows, and the ledger read again has every returned figure", async () => {
    const io = collectingIo();
    const out = join(directory.path, "汇总.xlsx");
    expect(
      await runCollect({ input: ledger, returns, month: 8, dryRun: false, force: false, out }, io)
    ).toBe(0);
    expect(io.out().split("\n").slice(0, 7)).toEqual([
      "  新建工作表“报送登记”（报送登记）",
      "  月度完成!A9:D9：新增一行，写入县财政局报送的“地方财政收入”（绝对量）8月累计8235",
      "  月度完成!A10:D10：新增一行，写入县财政局报送的“地方财政收入”（增幅）8月累计10.5",
      "  月度完成!A11:D11：新增一行，写入县科技局报送的“专利申请量”（绝对量）8月累计14",
      "  月度完成!D6：写入县科技局报送的“专利授权量”（绝对量）8月累计7",
      "  报送登记!C3：登记县财政局8月报送日期2016-09-09（报送表填报日期）",
      "  报送登记!C4：登记县科技局8月报送日期2016-09-10（报送表填报日期）",
    ]);
    const result = await readWorkbook(out);
    const actuals = result.find((sheet) => sheet.name === "月度完成")!;
    expect(actuals.values.slice(8).map((row) => row.slice(0, 4))).toEqual([
      ["地方财政收入", "绝对量", "8月", 8235],
      ["地方财政收入", "增幅", "8月", 10.5],
      ["专利申请量", "绝对量", "8月", 14],
    ]);
    const summary = buildMonthlySummary(result, { month: 8 });
    const august = summary.indicators.map((indicator) => [
      `${indicator.name}|${indicator.measure}`,
      indicator.actual,
    ]);
    expect(august).toEqual([...AUGUST_REPORTED]);
  });
});
