import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { applyCollectPlan } from "../../../src/engine/returns/applyCollectPlan";
import { ReturnedFile } from "../../../src/engine/returns/collectPlan";
import { collectChanges } from "../../../src/engine/returns/collectChanges";
import { collectReturns } from "../../../src/engine/returns/collectReturns";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { ReturnForm } from "../../../src/engine/returns/returnForm";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { diagnosticTexts } from "../fixtures/diagnosticText";
import { traditionalLedger } from "../fixtures/ledgerGrids";
import { blanked, returned, zhenbaSheets } from "./returnsFixture";

const AUGUST = Array.from({ length: 27 }, (_, index) => `E${index + 5}`);

let original: GridSheet[];
/** The sample with August blank. */
let ledger: GridSheet[];
let forms: ReturnForm[];

beforeAll(async () => {
  original = await zhenbaSheets();
  ledger = blanked(original, "月度完成", AUGUST);
  forms = returnForms(readLedger(ledger).table!, 8, { year: 2016 });
});

const formOf = (unit: string, list: readonly ReturnForm[] = forms): ReturnForm =>
  list.find((form) => form.unit === unit)!;
const science = (): ReturnedFile =>
  returned(
    formOf("县科技局"),
    {
      figures: new Map<string, CellValue>([
        ["专利申请量|绝对量", 14],
        ["专利授权量|绝对量", 7],
      ]),
      date: "2016-09-10",
    },
    "2016-09-11"
  );
const messages = (plan: ReturnType<typeof collectReturns>): string[][] =>
  diagnosticTexts(plan.diagnostics).map((found) => [found.code, found.message]);

describe("collectReturns: what it does not collect, and says", () => {
  it("refuses a return for another month", () => {
    const july = returnForms(readLedger(ledger).table!, 7, { year: 2016 });
    const plan = collectReturns(
      ledger,
      [returned(formOf("县科技局", july), { figures: new Map([["专利申请量|绝对量", 12]]) })],
      { month: 8 }
    );
    expect(messages(plan)).toEqual([
      [
        "return_other_month",
        "'7月报送表'：县科技局的报送表是2016年7月的，本次汇总2016年8月，未汇总",
      ],
    ]);
    expect([plan.figures, plan.register.entries]).toEqual([[], []]);
  });

  it("refuses a return for another year", () => {
    const lastYear = returnForms(readLedger(ledger).table!, 8, { year: 2015 });
    const plan = collectReturns(
      ledger,
      [returned(formOf("县科技局", lastYear), { figures: new Map([["专利申请量|绝对量", 12]]) })],
      { month: 8 }
    );
    expect(messages(plan)).toEqual([
      [
        "return_other_month",
        "'8月报送表'：县科技局的报送表是2015年8月的，本次汇总2016年8月，未汇总",
      ],
    ]);
  });

  it("refuses a return from a unit that leads nothing in the ledger", () => {
    const file = science();
    const stranger = {
      ...file,
      read: { ...file.read, identity: { ...file.read.identity!, unit: "县林业局" } },
    };
    const plan = collectReturns(ledger, [stranger], { month: 8 });
    expect(messages(plan)).toEqual([
      [
        "return_unknown_unit",
        "'8月报送表'：报送单位“县林业局”不是台账中任何指标的责任（牵头）单位，未汇总",
      ],
    ]);
    expect(plan.figures).toEqual([]);
  });

  it("refuses an edited form: neither figures nor arrival", () => {
    const file = science();
    const edited = { ...file, read: { ...file.read, intact: false } };
    const plan = collectReturns(ledger, [edited], { month: 8 });
    expect([plan.figures, plan.register.entries, plan.diagnostics]).toEqual([[], [], []]);
  });

  it("matches by name when the ledger's list of the unit changed, and names what is left", () => {
    // 专利授权量 has gone to 县住建局 since the form was issued.
    const moved = ledger.map((sheet) =>
      sheet.name !== "分解表"
        ? sheet
        : {
            ...sheet,
            values: sheet.values.map((row) =>
              row[1] === "专利授权量"
                ? row.map((cell) => (cell === "县科技局" ? "县住建局" : cell))
                : row
            ),
          }
    );
    const plan = collectReturns(moved, [science()], { month: 8 });
    expect(messages(plan)).toEqual([
      [
        "return_list_changed",
        "分解表：台账中县科技局的指标清单自下发报送表后有变动（报送表2项，台账1项），按指标名称和口径逐项汇总",
      ],
      [
        "return_list_changed",
        "'8月报送表'!G6：县科技局报送的“专利授权量”（绝对量）不在台账中该单位的指标里，未汇总",
      ],
    ]);
    expect(plan.figures.map((figure) => `${figure.cell}=${figure.value}`)).toEqual(["E20=14"]);
  });

  it("skips text in a number cell and collects the rest", () => {
    const file = returned(formOf("县科技局"), {
      figures: new Map<string, CellValue>([
        ["专利申请量|绝对量", "十四"],
        ["专利授权量|绝对量", 7],
      ]),
      date: "2016-09-10",
    });
    const plan = collectReturns(ledger, [file], { month: 8 });
    expect(messages(plan)).toEqual([
      [
        "return_not_a_number",
        "'8月报送表'!G5：县科技局填报的“专利申请量”（绝对量）“十四”不是数字，该项未汇总",
      ],
    ]);
    expect(plan.diagnostics[0].source).toBe("报送表-县科技局-8月.xlsx");
    expect(plan.figures.map((figure) => `${figure.cell}=${figure.value}`)).toEqual(["E21=7"]);
  });

  it("says so once when the ledger has no column for the month", () => {
    const september = returnForms(readLedger(ledger).table!, 9, { year: 2016 });
    const plan = collectReturns(
      ledger,
      [
        returned(formOf("县科技局", september), {
          figures: new Map([
            ["专利申请量|绝对量", 16],
            ["专利授权量|绝对量", 8],
          ]),
          date: "2016-10-10",
        }),
      ],
      { month: 9 }
    );
    expect(messages(plan)).toEqual([
      ["return_no_cell", "分解表：台账中没有9月的累计完成列，报送数未写入；请先在表头添加“9月”列"],
    ]);
    expect(plan.figures).toEqual([]);
    // The arrival is still registered: the unit did report in time.
    expect(
      plan.register.entries.map((entry) => [entry.unit, entry.month, entry.arrivedOn])
    ).toEqual([["县科技局", 9, "2016-10-10"]]);
  });

  it("names a figure whose indicator has no row in the month's sheet", () => {
    const withoutRow = ledger.map((sheet) =>
      sheet.name !== "月度完成"
        ? sheet
        : { ...sheet, values: sheet.values.filter((row) => row[0] !== "专利授权量") }
    );
    const plan = collectReturns(withoutRow, [science()], { month: 8 });
    expect(messages(plan)).toEqual([
      [
        "return_no_cell",
        "月度完成：台账中找不到“专利授权量”（绝对量）8月的完成数单元格，县科技局报送的7未写入",
      ],
    ]);
    expect(plan.figures.map((figure) => `${figure.cell}=${figure.value}`)).toEqual(["E20=14"]);
  });

  it("neither collects nor registers a form sent back blank", () => {
    const plan = collectReturns(
      ledger,
      [returned(formOf("县科技局"), { figures: new Map(), date: "2016-09-10" })],
      { month: 8 }
    );
    expect(messages(plan)).toEqual([
      [
        "return_not_registered",
        "'8月报送表'：县科技局的报送表没有填写任何数字，未汇总，也未登记报送",
      ],
    ]);
    expect(plan.register.entries).toEqual([]);
  });

  it("registers nothing without a date on the form or of the file", () => {
    const file = returned(formOf("县科技局"), { figures: new Map([["专利申请量|绝对量", 14]]) });
    const plan = collectReturns(ledger, [file], { month: 8 });
    expect(messages(plan)).toEqual([
      [
        "return_not_registered",
        "'8月报送表'：县科技局的报送表没有填报日期，也不知道文件日期，未登记报送日期",
      ],
    ]);
    expect(plan.figures.map((figure) => figure.cell)).toEqual(["E20"]);
  });

  it("creates the 报送登记 sheet when the ledger has none", () => {
    const withoutRegister = ledger.filter((sheet) => sheet.name !== "报送登记");
    const plan = collectReturns(withoutRegister, [science()], { month: 8 });
    expect(plan.register.create).toBe(true);
    const applied = applyCollectPlan(withoutRegister, plan);
    expect(applied.map((sheet) => sheet.name)).toEqual([
      ...withoutRegister.map((s) => s.name),
      "报送登记",
    ]);
    expect(applied[applied.length - 1].values).toEqual([
      ["2016年市考指标数据报送登记", null, null],
      ["单位", "月份", "报送日期"],
      ["县科技局", 8, "2016-09-10"],
    ]);
    const summary = readLedger(applied);
    expect(summary.reports?.name).toBe("报送登记");
    expect(collectChanges(plan)).toEqual([
      "新建工作表“报送登记”（报送登记）",
      "月度完成!E20：写入县科技局报送的“专利申请量”（绝对量）8月累计14",
      "月度完成!E21：写入县科技局报送的“专利授权量”（绝对量）8月累计7",
      "报送登记!C3：登记县科技局8月报送日期2016-09-10（报送表填报日期）",
    ]);
  });

  it("registers nothing in a register without its header", () => {
    const garbled = ledger.map((sheet) =>
      sheet.name === "报送登记" ? { ...sheet, values: [["随便写的"]], merges: [] } : sheet
    );
    const plan = collectReturns(garbled, [science()], { month: 8 });
    expect(messages(plan)).toEqual([
      [
        "return_not_registered",
        "报送登记：报送登记表找不到“单位、月份、报送日期”表头，未登记报送日期",
      ],
    ]);
    expect(plan.register.entries).toEqual([]);
    expect(plan.figures).toHaveLength(2);
  });

  it("plans nothing for a workbook without a table", () => {
    const plan = collectReturns([{ name: "Sheet1", values: [["备忘"]], merges: [] }], [science()], {
      month: 8,
    });
    expect(plan.figures).toEqual([]);
    expect(plan.diagnostics.map((found) => found.code)).toEqual(["no_header"]);
  });

  it("leaves every cell it does not plan as it was", () => {
    const plan = collectReturns(ledger, [science()], { month: 8 });
    const applied = applyCollectPlan(ledger, plan);
    const planned = new Set(
      [...plan.figures, ...plan.register.entries.flatMap((entry) => entry.cells)].map(
        (cell) => `${cell.sheet}!${cell.row}!${cell.column}`
      )
    );
    ledger.forEach((sheet, position) => {
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (!planned.has(`${sheet.name}!${r}!${c}`)) {
            expect(applied[position].values[r][c]).toBe(value);
          }
        })
      );
    });
    expect(applied.find((sheet) => sheet.name === "报送登记")!.values[20]).toEqual([
      "县科技局",
      8,
      "2016-09-10",
    ]);
  });
});

describe("collectReturns into a one-sheet ledger (traditional characters)", () => {
  const sheets = [traditionalLedger()];
  const table = readLedger(sheets).table!;
  const finance = (month: number, figures: [string, CellValue][]): ReturnedFile =>
    returned(
      returnForms(table, month, { year: 2018 }).find((form) => form.unit === "縣財政局")!,
      { figures: new Map(figures), date: "2018-09-10" }
    );

  it("writes August into the table's own 8月 column", () => {
    const plan = collectReturns(
      sheets,
      [
        finance(8, [
          ["地方財政收入|绝对量", 8600],
          ["地方財政收入|增幅", 10.5],
        ]),
      ],
      { month: 8 }
    );
    expect(plan.figures.map((figure) => `${figure.sheet}!${figure.cell}=${figure.value}`)).toEqual([
      "考核臺賬!J4=8600",
      "考核臺賬!J5=10.5",
    ]);
    expect(plan.register.create).toBe(true);
  });

  it("reads full-width figures already there as the same figure, and refuses another", () => {
    const same = collectReturns(sheets, [finance(7, [["地方財政收入|绝对量", 7650]])], {
      month: 7,
    });
    expect([same.figures, same.unchanged.map((figure) => figure.cell)]).toEqual([[], ["I4"]]);
    const other = collectReturns(sheets, [finance(7, [["地方財政收入|绝对量", 7700]])], {
      month: 7,
    });
    expect(messages(other)).toEqual([
      [
        "return_conflict",
        "考核臺賬!I4：“地方財政收入”（绝对量）7月台账已有“7650”，縣財政局报送7700，不一致，未覆盖（确认后可强制覆盖）",
      ],
    ]);
  });
});
