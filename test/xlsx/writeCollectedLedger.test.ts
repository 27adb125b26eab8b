import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { GridSheet } from "../../src/engine/kernel/grid";
import { applyCollectPlan } from "../../src/engine/returns/applyCollectPlan";
import { collectReturns, CollectResult } from "../../src/engine/returns/collectReturns";
import { readLedger } from "../../src/engine/returns/readLedger";
import { returnForms } from "../../src/engine/returns/returnForms";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import { writeCollectedLedger } from "../../src/xlsx/writeCollectedLedger";
import { actualsOf, returned, zhenbaPath } from "../engine/returns/returnsFixture";

/**
 * Grids as the sparse reader gives them: no blank cells at the end of a row. (`applyCollectPlan`
 * gives every row the sheet's width.)
 */
function sparse(sheets: readonly GridSheet[]): GridSheet[] {
  return sheets.map((sheet) => ({
    ...sheet,
    values: sheet.values.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === null) {
        end--;
      }
      return row.slice(0, end);
    }),
  }));
}

let sample: Buffer;
/** The sample with 月度完成's August figures cleared, except E7 (8235). */
let ledgerBytes: Buffer;
let ledger: GridSheet[];
let plan: CollectResult;

beforeAll(async () => {
  sample = await readFile(zhenbaPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(sample as unknown as ExcelJS.Buffer);
  const actuals = workbook.getWorksheet("月度完成")!;
  for (let row = 5; row <= 31; row++) {
    if (row !== 7) {
      actuals.getCell(`E${row}`).value = null;
    }
  }
  ledgerBytes = Buffer.from(await workbook.xlsx.writeBuffer());
  ledger = await readWorkbookBuffer(ledgerBytes);
  const original = await readWorkbookBuffer(sample);
  const reported = actualsOf(original, 8);
  reported.set("地方财政收入|绝对量", 8300);
  const forms = returnForms(readLedger(ledger).table!, 8, { year: 2016 });
  plan = collectReturns(
    ledger,
    forms.map((form, position) =>
      returned(form, {
        figures: reported,
        date: `2016-09-${String(8 + position).padStart(2, "0")}`,
      })
    ),
    { month: 8 }
  );
});

describe("writeCollectedLedger", () => {
  it("writes the planned cells and only those: the result reads as the plan applied", async () => {
    const written = await writeCollectedLedger(ledgerBytes, plan);
    expect(written.written).toBe(26 + 9 * 3);
    const after = await readWorkbookBuffer(written.buffer);
    expect(sparse(after)).toEqual(sparse(applyCollectPlan(ledger, plan)));
  });

  it("writes the arrival as a date cell", async () => {
    const written = await writeCollectedLedger(ledgerBytes, plan);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.buffer as unknown as ExcelJS.Buffer);
    const register = workbook.getWorksheet("报送登记")!;
    const cell = register.getCell("C21");
    expect([cell.value, cell.numFmt]).toEqual([new Date(Date.UTC(2016, 8, 8)), "yyyy-mm-dd"]);
    expect(register.getCell("A21").value).toBe("县统计局");
    expect(register.getCell("B21").value).toBe(8);
  });

  it("adds the register sheet the plan creates", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(ledgerBytes as unknown as ExcelJS.Buffer);
    workbook.removeWorksheet(workbook.getWorksheet("报送登记")!.id);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheets = await readWorkbookBuffer(bytes);
    const forms = returnForms(readLedger(sheets).table!, 8, { year: 2016 });
    const creating = collectReturns(
      sheets,
      [
        returned(forms[3], {
          figures: new Map([["招商引资(引进市外资金)|绝对量", 9.31]]),
          date: "2016-09-18",
        }),
      ],
      { month: 8 }
    );
    const after = await readWorkbookBuffer((await writeCollectedLedger(bytes, creating)).buffer);
    expect(after.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "月度完成",
      "加减分登记",
      "全市排名",
      "报送登记",
    ]);
    expect(after[4].values).toEqual([
      ["2016年市考指标数据报送登记"],
      ["单位", "月份", "报送日期"],
      ["县经合局", 8, "2016-09-18"],
    ]);
  });

  it("writes nothing when a planned cell no longer holds what the plan saw", async () => {
    // The sample itself still has August's figures where the plan saw blanks.
    await expect(writeCollectedLedger(sample, plan)).rejects.toThrow(
      "台账月度完成!E5现为“16.35”，与制定汇总计划时的“”不同（文件是否在汇总期间被改动？），未写入任何内容"
    );
  });

  it("refuses bytes that exceljs cannot read, as a file problem naming the ledger", async () => {
    await expect(
      writeCollectedLedger(Buffer.from("not a zip"), plan, "台账.xlsx")
    ).rejects.toMatchObject({
      name: "FileProblem",
      code: "copyImpossible",
      params: { file: "台账.xlsx" },
    });
  });
});
