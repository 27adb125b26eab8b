import { GridSheet } from "../../../src/engine/kernel/grid";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { returnFormSheet } from "../../../src/engine/returns/returnFormSheet";
import { TableModel } from "../../../src/engine/table/tableModel";
import { zhenbaSheets } from "./returnsFixture";

let sheets: GridSheet[];
let table: TableModel;

beforeAll(async () => {
  sheets = await zhenbaSheets();
  table = readLedger(sheets).table!;
});

describe("returnForms on the 镇巴 sample", () => {
  it("reads the ledger's county and year from its title", () => {
    const ledger = readLedger(sheets);
    expect([ledger.county, ledger.year, ledger.reports?.name]).toEqual([
      "镇巴县",
      2016,
      "报送登记",
    ]);
  });

  it("makes one form per lead unit, in the table's order, with its indicators", () => {
    const forms = returnForms(table, 8, { year: 2016 });
    expect(forms.map((form) => [form.unit, form.indicators.length])).toEqual([
      ["县统计局", 6],
      ["县财政局", 2],
      ["县发改局", 3],
      ["县经合局", 1],
      ["县经贸局", 4],
      ["县科技局", 2],
      ["县住建局", 2],
      ["县文广局", 1],
      ["县环保局", 6],
    ]);
    const leads = new Set(table.indicators.map((record) => record.leadUnit));
    expect(forms.map((form) => form.unit).sort()).toEqual([...leads].sort());
  });

  it("lists name, measure, unit, annual target, July's figure and the cell to fill", () => {
    const finance = returnForms(table, 8, { year: 2016 })[1];
    expect(finance).toEqual({
      unit: "县财政局",
      month: 8,
      year: 2016,
      dueDate: "2016-09-15",
      indicators: [
        {
          key: "地方财政收入|绝对量",
          name: "地方财政收入",
          measureLabel: "绝对量",
          unit: "万元",
          annualTarget: 13600,
          lastMonth: 7384,
          cell: "G5",
        },
        {
          key: "地方财政收入|增幅",
          name: "地方财政收入",
          measureLabel: "增幅",
          unit: "%",
          annualTarget: 10,
          lastMonth: 22.55,
          cell: "G6",
        },
      ],
      identity: {
        unit: "县财政局",
        month: 8,
        year: 2016,
        checksum: finance.identity.checksum,
        count: 2,
        sheet: "8月报送表",
      },
    });
    expect(finance.identity.checksum).toMatch(/^[0-9a-f]{8}$/);
  });

  it("has no figure of last month where the ledger has none, nor in January", () => {
    const science = returnForms(table, 8, { year: 2016 }).find((form) => form.unit === "县科技局")!;
    expect(science.indicators.map((indicator) => [indicator.name, indicator.lastMonth])).toEqual([
      ["专利申请量", 12],
      ["专利授权量", null], // July's cell is blank in the sample
    ]);
    const january = returnForms(table, 1, { year: 2016 });
    expect(january.flatMap((form) => form.indicators.map((item) => item.lastMonth))).toEqual(
      new Array(27).fill(null)
    );
  });

  it.each([
    [8, 2016, 15, "2016-09-15"],
    [12, 2016, 10, "2017-01-10"],
    [8, null, 15, "--09-15"],
  ])("is due for month %s of %s on day %s: %s", (month, year, dueDay, due) => {
    expect(returnForms(table, month, { year, dueDay })[0].dueDate).toBe(due);
  });

  it("gives a different checksum to units with different lists", () => {
    const checksums = returnForms(table, 8).map((form) => form.identity.checksum);
    expect(new Set(checksums).size).toBe(checksums.length);
  });

  it("lays the form out with the unit, the due date and unlocked inputs", () => {
    const finance = returnForms(table, 8, { year: 2016 })[1];
    const laid = returnFormSheet(finance, "镇巴县");
    expect(laid.rows.slice(0, 2)).toEqual([
      ["镇巴县2016年8月市考指标完成情况报送表", null, null, null, null, null, null, null],
      ["填报单位", "县财政局", null, "报送截止", "2016年9月15日前", "填报日期", null, null],
    ]);
    expect(laid.rows.slice(3)).toEqual([
      ["序号", "指标名称", "口径", "计量单位", "全年目标", "7月累计完成", "8月累计完成", "备注"],
      [1, "地方财政收入", "绝对量", "万元", 13600, 7384, null, null],
      [2, "地方财政收入", "增幅", "%", 10, 22.55, null, null],
    ]);
    expect(laid.inputs.map((input) => `${input.cell} ${input.kind} ${input.prompt}`)).toEqual([
      "G2 date 填报日期，如2016-09-10",
      "G5 decimal 地方财政收入（绝对量）1-8月累计，单位：万元",
      "H5 text 备注（选填）",
      "G6 decimal 地方财政收入（增幅）1-8月累计，单位：%（填8.5这样的数值，不要输入%号）",
      "H6 text 备注（选填）",
    ]);
    expect(laid.identityRows).toEqual([
      ["版本", 1],
      ["单位", "县财政局"],
      ["年度", 2016],
      ["月份", 8],
      ["指标数", 2],
      ["校验码", finance.identity.checksum],
      ["工作表", "8月报送表"],
    ]);
  });

  it("makes no form for indicators without a lead unit", () => {
    const unassigned: TableModel = {
      ...table,
      indicators: table.indicators.map((record) => ({ ...record, leadUnit: "" })),
    };
    expect(returnForms(unassigned, 8)).toEqual([]);
  });
});
