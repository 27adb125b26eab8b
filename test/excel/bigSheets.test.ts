/**
 * Sheets real Excel cannot give in one piece, read right under the fake's real-host limits
 * (fake/hostLimits.ts): more than 512 merged areas, responses over 5 MB, a used range far larger
 * than its data.
 */
import { FakeExcel, FakeRequestContext } from "./fake";
import { failureOf } from "./fake/failureOf";
import { addGrid, zhenbaTable } from "./ledgerFixtures";
import { adapterOn, fiveMegabytes } from "./officeFixtures";

describe("big sheets", () => {
  it("reads every merged area of a seed-layout table of 200 indicators (1,201 areas)", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const table = zhenbaTable(200);
    addGrid(fake, table);
    // What the adapter asked before: the whole sheet's merged areas in one call. Excel fails it.
    const error = await failureOf(
      fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("分解表").getRange().getMergedAreasOrNullObject();
        await context.sync();
      })
    );
    expect(error.code).toBe("GeneralException");

    const workbook = adapterOn(fake);
    const probe = fake.syncCount;
    const cold = await workbook.readWorkbook();
    expect(cold.grids[0].merges).toHaveLength(1201);
    expect(cold.grids[0].merges).toEqual(
      [...table.merges].sort((a, b) => a.top - b.top || a.left - b.left)
    );
    expect(cold.grids[0].values).toEqual(table.values);
    expect(fake.syncs.slice(probe).every((sync) => sync.failed === null)).toBe(true);
    const warm = fake.syncCount;
    expect((await workbook.readWorkbook()).grids[0].merges).toHaveLength(1201);
    expect(fake.syncCount - warm).toBe(1);
  });

  it("asks for merged areas in smaller blocks when Excel refuses a block with over 512", async () => {
    // 8 two-cell merges on every row: 64-row blocks hold 512 … and fail once they hold more.
    const fake = new FakeExcel({ sheets: [] });
    const sheet = fake.addSheet(
      "分解表",
      Array.from({ length: 300 }, (_, row) => Array.from({ length: 16 }, (_, c) => row * 16 + c))
    );
    for (let row = 0; row < 300; row++) {
      for (let column = 0; column < 16; column += 2) {
        sheet.merges.push({ top: row, left: column, rows: 1, columns: 2 });
      }
    }
    sheet.merges.push({ top: 0, left: 16, rows: 1, columns: 2 });
    const read = await adapterOn(fake).readWorkbook();
    expect(read.grids[0].merges).toHaveLength(2400);
    expect(fake.syncs.filter((sync) => sync.failed !== null).length).toBeLessThanOrEqual(2);
  });

  it("reads a large sheet beside the table in responses under 5 MB", async () => {
    const fake = new FakeExcel({ sheets: [] });
    addGrid(fake, zhenbaTable(20));
    // 40,000 rows of remarks: about 14 MB of values, which Excel on the web cannot send at once.
    const remark = "镇巴县财政局关于一般公共预算收入执行情况的说明";
    fake.addSheet(
      "台账明细",
      Array.from({ length: 40000 }, (_, row) => [row + 1, `${remark}${row}`, remark, remark])
    );
    const read = await adapterOn(fake).readWorkbook();
    expect(read.grids.map((grid) => [grid.name, grid.values.length])).toEqual([
      ["分解表", 62],
      ["台账明细", 40000],
    ]);
    expect(read.grids[1].values[39999]).toEqual([40000, `${remark}39999`, remark, remark]);
    const responses = fake.syncs.map((sync) => sync.responseBytes);
    expect(Math.max(...responses)).toBeLessThan(fiveMegabytes);
    expect(responses.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(2 * fiveMegabytes);
  });

  it.each([
    ["XFD1048576", 1048575, 16383],
    ["XFD1", 0, 16383],
    ["A1048576", 1048575, 0],
  ])(
    "reads a table and one stray value at %s by its used parts, not the rectangle between",
    async (_address, row, column) => {
      const fake = new FakeExcel({ sheets: [] });
      const table = zhenbaTable(5);
      const sheet = addGrid(fake, table);
      sheet.ensureCell(row, column).value = "误填";
      const workbook = adapterOn(fake);
      const [grid] = (await workbook.readWorkbook()).grids;
      expect(grid.values[row][column]).toBe("误填");
      expect(grid.values.slice(0, table.values.length).map((cells) => cells.slice(0, 10))).toEqual(
        table.values
      );
      expect(grid.values).toHaveLength(Math.max(row + 1, table.values.length));
      expect(grid.merges).toHaveLength(31);
      expect(fake.syncCount).toBeLessThanOrEqual(6);
      expect(Math.max(...fake.syncs.map((sync) => sync.responseBytes))).toBeLessThan(fiveMegabytes);
      // Read again: the sheet is remembered as sparse, its used range asked first, no failure.
      const before = fake.syncs.length;
      await workbook.readWorkbook();
      expect(fake.syncs.slice(before).every((sync) => sync.failed === null)).toBe(true);
    }
  );
});
