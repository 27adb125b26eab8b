import { AssessError, formatMessage, PlannedCell } from "../../src/engine";
import { CellWrites } from "../../src/excel/port";
import { describeError } from "../../src/taskpane/describeError";
import { FakeExcel, FakeSheet } from "./fake";
import { adapterOn, rejection, syncsOf } from "./officeFixtures";

/** A planned cell; `cell` from the 0-based row and column. */
function planned(
  sheet: string,
  row: number,
  column: number,
  value: number | string,
  previous: PlannedCell["previous"] = null,
  date?: true
): PlannedCell {
  const cell = `${String.fromCharCode(65 + column)}${row + 1}`;
  return { sheet, row, column, cell, value, previous, ...(date ? { date } : {}) };
}

/** The clerk's decomposition table: months 7 and 8 in columns E and F, 8月 still blank. */
function ledger(fake: FakeExcel): FakeSheet {
  return fake.addSheet("分解表", [
    ["指标", "单位", "目标", "牵头单位", "7月", "8月"],
    ["地方财政收入", "万元", 6800, "县财政局", 5200, null],
    ["城镇新增就业", "人", 3200, "县人社局", 2100, null],
  ]);
}

/** The cell as the fake stores it: value, formula and number format. */
function cellOf(sheet: FakeSheet, row: number, column: number): unknown {
  const { value, formula, numberFormat } = sheet.ensureCell(row, column);
  return { value, formula, numberFormat };
}

/** A register row: unit, month, date of arrival. */
function registerRow(sheet: string, row: number, unit: string, day: string): PlannedCell[] {
  return [
    planned(sheet, row, 0, unit),
    planned(sheet, row, 1, 8),
    planned(sheet, row, 2, day, null, true),
  ];
}

/** The header of a new 报送登记 sheet, as the plan makes it. */
const registerHeader: readonly PlannedCell[] = [
  planned("报送登记", 0, 0, "单位"),
  planned("报送登记", 0, 1, "月份"),
  planned("报送登记", 0, 2, "报送日期"),
];

describe("writeCells (Office.js)", () => {
  it("writes figures into blank month cells and appends register rows: 1 read, 1 write", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const table = ledger(fake);
    const register = fake.addSheet("报送登记", [
      ["单位", "月份", "报送日期"],
      ["县人社局", 7, 42566],
    ]);
    register.ensureCell(1, 2).numberFormat = "yyyy-mm-dd";
    const workbook = adapterOn(fake);
    const request: CellWrites = {
      cells: [
        planned("分解表", 1, 5, 5980.5),
        planned("分解表", 2, 5, 2400, ""),
        ...registerRow("报送登记", 2, "县财政局", "2016-08-14"),
      ],
      newSheet: null,
    };
    let report: unknown;
    const syncs = await syncsOf(fake, async () => {
      report = await workbook.writeCells(request);
    });
    expect(syncs).toBe(2);
    expect(report).toEqual({ written: 5, created: null });
    expect(fake.valuesOf("分解表", "E2:F3")).toEqual([
      [5200, 5980.5],
      [2100, 2400],
    ]);
    expect(cellOf(table, 1, 5)).toEqual({ value: 5980.5, formula: null, numberFormat: "General" });
    expect(fake.valuesOf("报送登记", "A3:C3")).toEqual([["县财政局", 8, 42596]]);
    expect(fake.sheet("报送登记").ensureCell(2, 2).numberFormat).toBe("yyyy-mm-dd");
    expect(fake.sheet("报送登记").ensureCell(2, 0).numberFormat).toBe("General");
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["分解表", "报送登记"]);
  });

  it("adds the new sheet at the end with its rows: bold header, date serial 42596 as yyyy-mm-dd, A and C widened", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();
    let report: unknown;
    const syncs = await syncsOf(fake, async () => {
      report = await workbook.writeCells({
        cells: [
          planned("分解表", 1, 5, 5980.5),
          ...registerHeader,
          ...registerRow("报送登记", 1, "县财政局", "2016-08-14"),
        ],
        newSheet: "报送登记",
      });
    });
    expect(syncs).toBe(2);
    expect(report).toEqual({ written: 7, created: "报送登记" });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["分解表", "报送登记"]);
    const sheet = fake.sheet("报送登记");
    expect(fake.valuesOf("报送登记", "A1:C2")).toEqual([
      ["单位", "月份", "报送日期"],
      ["县财政局", 8, 42596],
    ]);
    expect(cellOf(sheet, 1, 2)).toEqual({
      value: 42596,
      formula: null,
      numberFormat: "yyyy-mm-dd",
    });
    // The register's first two rows (its title and header in a real plan) are bold, as the
    // .xlsx writer makes them; nothing else.
    expect([0, 1, 2, 3].map((column) => sheet.ensureCell(0, column).font.bold)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(sheet.ensureCell(1, 0).font.bold).toBe(true);
    expect(sheet.ensureCell(2, 0).font.bold).toBe(false);
    expect([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 90],
      [2, 78.75],
    ]);
    // The memory forgot the sheets: the next read sees the new sheet as the clerk's.
    const read = await workbook.readWorkbook();
    expect(read.sheets.map((info) => info.name)).toEqual(["分解表", "报送登记"]);
    expect(read.grids[1].values[1]).toEqual(["县财政局", 8, "2016-08-14"]);
  });

  it("writes a text that starts with = as text, never as a formula", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    const workbook = adapterOn(fake);
    await workbook.writeCells({
      cells: [...registerHeader, ...registerRow("报送登记", 1, "=x", "2016-08-14")],
      newSheet: "报送登记",
    });
    expect(cellOf(fake.sheet("报送登记"), 1, 0)).toEqual({
      value: "=x",
      formula: null,
      numberFormat: "General",
    });
  });

  it("writes a text into a text-formatted cell as it is, a date into a date-formatted one keeping its format", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const register = fake.addSheet("报送登记", [["单位", "月份", "报送日期"]]);
    register.ensureCell(1, 0).numberFormat = "@";
    register.ensureCell(1, 2).numberFormat = 'yyyy"年"m"月"d"日"';
    await adapterOn(fake).writeCells({
      cells: registerRow("报送登记", 1, "'县财政局", "2016-08-14"),
      newSheet: null,
    });
    expect(cellOf(register, 1, 0)).toEqual({
      value: "'县财政局",
      formula: null,
      numberFormat: "@",
    });
    expect(cellOf(register, 1, 2)).toEqual({
      value: 42596,
      formula: null,
      numberFormat: 'yyyy"年"m"月"d"日"',
    });
  });

  it("reads a date-formatted cell as the readers do: its ISO day holds, and it is written over", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const register = fake.addSheet("报送登记", [
      ["单位", "月份", "报送日期"],
      ["县财政局", 8, 42596],
    ]);
    register.ensureCell(1, 2).numberFormat = "yyyy/m/d";
    const syncs = await syncsOf(fake, () =>
      adapterOn(fake).writeCells({
        cells: [planned("报送登记", 1, 2, "2016-08-20", "2016-08-14", true)],
        newSheet: null,
      })
    );
    expect(syncs).toBe(2);
    expect(cellOf(register, 1, 2)).toEqual({
      value: 42602,
      formula: null,
      numberFormat: "yyyy/m/d",
    });
  });

  it("writes nothing when a cell changed since the plan was made, and names it: 1 sync", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const table = ledger(fake);
    const workbook = adapterOn(fake);
    table.ensureCell(11, 5).value = 77; // the clerk typed into 分解表!F12 meanwhile
    const before = fake.snapshot();
    let error: unknown = null;
    const syncs = await syncsOf(fake, async () => {
      try {
        await workbook.writeCells({
          cells: [
            planned("分解表", 1, 5, 5980.5),
            planned("分解表", 11, 5, 300),
            ...registerHeader,
          ],
          newSheet: "报送登记",
        });
      } catch (caught) {
        error = caught;
      }
    });
    expect(syncs).toBe(1);
    expect(error).toBeInstanceOf(AssessError);
    const changed = error as AssessError;
    expect(changed.key).toBe("returnLedgerChanged");
    expect(changed.params).toEqual({ ref: "分解表!F12", now: "77", planned: "" });
    expect(changed.message).toBe(
      "台账分解表!F12现为“77”，与制定汇总计划时的“”不同（文件是否在汇总期间被改动？），未写入任何内容"
    );
    expect(describeError(changed, "zh-CN")).toBe(changed.message);
    expect(formatMessage("en-US", changed.key, changed.params)).toContain("分解表!F12");
    expect(fake.snapshot()).toEqual(before);
  });

  it("never writes over a formula, even one that shows a blank", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    const cell = fake.sheet("分解表").ensureCell(1, 5);
    cell.formula = '=IF(E2="","",E2)';
    cell.value = "";
    const before = fake.snapshot();
    await expect(
      adapterOn(fake).writeCells({ cells: [planned("分解表", 1, 5, 5980.5)], newSheet: null })
    ).rejects.toMatchObject({
      key: "returnFormulaCell",
      message:
        '台账分解表!F2是公式（=IF(E2="","",E2)），报送数不能写入公式单元格：请改为手工填写或先清除公式，未写入任何内容',
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("compares a changed date cell as its ISO day", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const register = fake.addSheet("报送登记", [["单位", "月份", "报送日期"]]);
    register.ensureCell(1, 2).value = 42597;
    register.ensureCell(1, 2).numberFormat = "yyyy-mm-dd";
    const before = fake.snapshot();
    await expect(
      adapterOn(fake).writeCells({
        cells: [planned("报送登记", 1, 2, "2016-08-20", "2016-08-14", true)],
        newSheet: null,
      })
    ).rejects.toMatchObject({
      key: "returnLedgerChanged",
      params: { ref: "报送登记!C2", now: "2016-08-15", planned: "2016-08-14" },
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("fails cleanly on a missing sheet, naming it, with nothing written", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    const before = fake.snapshot();
    const error = await rejection(
      adapterOn(fake).writeCells({
        cells: [
          planned("分解表", 1, 5, 5980.5),
          ...registerRow("报送登记", 1, "县财政局", "2016-08-14"),
        ],
        newSheet: null,
      })
    );
    expect(error.key).toBe("sheetNotFound");
    expect(error.params).toEqual({ sheet: "报送登记" });
    expect(error.code).toBe("ItemNotFound");
    expect(error.message).toBe("找不到工作表“报送登记”，请确认它没有被删除或改名");
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(2);
  });

  it("refuses to add a sheet that exists already (whatever its case), with nothing written", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    fake.addSheet("Register");
    const before = fake.snapshot();
    await expect(
      adapterOn(fake).writeCells({
        cells: [planned("分解表", 1, 5, 5980.5), planned("register", 0, 0, "单位")],
        newSheet: "register",
      })
    ).rejects.toMatchObject({
      key: "returnSheetAppeared",
      message: "台账已有工作表“register”（是否在汇总期间新建？），未写入任何内容",
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });

  it("refuses a date cell whose value is no ISO day before asking Excel anything", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    const error = await rejection(
      adapterOn(fake).writeCells({
        cells: [planned("分解表", 1, 5, "2016-02-30", null, true)],
        newSheet: null,
      })
    );
    expect(error.key).toBe("invalidArgument");
    expect(error.params).toEqual({ detail: "分解表!F2: 2016-02-30" });
    expect(fake.runs).toBe(0);
  });

  it("makes no Excel.run for no cells and no sheet; adds an empty sheet when only that is asked", async () => {
    const fake = new FakeExcel({ sheets: [] });
    ledger(fake);
    const workbook = adapterOn(fake);
    expect(await workbook.writeCells({ cells: [], newSheet: null })).toEqual({
      written: 0,
      created: null,
    });
    expect(fake.runs).toBe(0);
    const syncs = await syncsOf(fake, () =>
      workbook.writeCells({ cells: [], newSheet: "报送登记" })
    );
    expect(syncs).toBe(2);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["分解表", "报送登记"]);
  });
});
