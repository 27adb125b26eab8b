import { GridSheet } from "../../../src/engine/kernel/grid";
import { applyCollectPlan } from "../../../src/engine/returns/applyCollectPlan";
import { collectChanges } from "../../../src/engine/returns/collectChanges";
import { collectReturns, CollectResult } from "../../../src/engine/returns/collectReturns";
import { plannedWrites } from "../../../src/engine/returns/plannedWrites";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { diagnosticTexts } from "../fixtures/diagnosticText";
import { augustReturns, longFormActuals, longFormNumbered, longFormTable } from "./longFormFixture";
import { returned } from "./returnsFixture";

/** Every cell a plan's figures write, as "A9=地方财政收入". */
const written = (plan: CollectResult): string[] =>
  plannedWrites(plan)
    .cells.filter((cell) => cell.sheet !== "报送登记")
    .map((cell) => `${cell.sheet}!${cell.cell}=${cell.value}`);

/** The ledger's August actuals read again, as "key=value@cell". */
const august = (sheets: readonly GridSheet[]): string[] =>
  (readLedger(sheets).table?.indicators ?? []).flatMap((record) =>
    record.actuals
      .filter((actual) => actual.month === 8)
      .map((actual) => `${record.key}=${actual.value}@${actual.sheet ?? ""}!${actual.cell}`)
  );

describe("collectReturns on a long-form 月度完成 sheet", () => {
  const ledger = [longFormTable(), longFormActuals()];
  /** The ledger once August's returns are collected into it. */
  const collected = (): GridSheet[] =>
    applyCollectPlan(ledger, collectReturns(ledger, augustReturns(ledger), { month: 8 }));

  it("adds a row per indicator below the merged note, and fills the blank August row", () => {
    const plan = collectReturns(ledger, augustReturns(ledger), { month: 8 });
    expect(plan.diagnostics).toEqual([]);
    expect(written(plan)).toEqual([
      "月度完成!A9=地方财政收入",
      "月度完成!B9=绝对量",
      "月度完成!C9=8月",
      "月度完成!D9=8235",
      "月度完成!A10=地方财政收入",
      "月度完成!B10=增幅",
      "月度完成!C10=8月",
      "月度完成!D10=10.5",
      "月度完成!A11=专利申请量",
      "月度完成!B11=绝对量",
      "月度完成!C11=8月",
      "月度完成!D11=14",
      "月度完成!D6=7",
    ]);
    expect(plannedWrites(plan).cells.every((cell) => cell.previous === null)).toBe(true);
    expect(plan.figures.map((figure) => [figure.cell, figure.rowCells?.length ?? 0])).toEqual([
      ["D9", 3],
      ["D10", 3],
      ["D11", 3],
      ["D6", 0],
    ]);
    expect(collectChanges(plan)).toEqual([
      "新建工作表“报送登记”（报送登记）",
      "月度完成!A9:D9：新增一行，写入县财政局报送的“地方财政收入”（绝对量）8月累计8235",
      "月度完成!A10:D10：新增一行，写入县财政局报送的“地方财政收入”（增幅）8月累计10.5",
      "月度完成!A11:D11：新增一行，写入县科技局报送的“专利申请量”（绝对量）8月累计14",
      "月度完成!D6：写入县科技局报送的“专利授权量”（绝对量）8月累计7",
      "报送登记!C3：登记县财政局8月报送日期2016-09-09（报送表填报日期）",
      "报送登记!C4：登记县科技局8月报送日期2016-09-10（报送表填报日期）",
    ]);
    expect(collectChanges(plan, "en-US")[1]).toBe(
      '月度完成!A9:D9: add a row with 8235, 县财政局\'s month 8 figure for "地方财政收入" (absolute value)'
    );
  });

  it("reads every collected figure back as August's actual once the plan is carried out", () => {
    const after = collected();
    expect(after[1].values.slice(8)).toEqual([
      ["地方财政收入", "绝对量", "8月", 8235, null],
      ["地方财政收入", "增幅", "8月", 10.5, null],
      ["专利申请量", "绝对量", "8月", 14, null],
    ]);
    expect(august(after)).toEqual([
      "地方财政收入|绝对量=8235@月度完成!D9",
      "地方财政收入|增幅=10.5@月度完成!D10",
      "专利申请量|绝对量=14@月度完成!D11",
      "专利授权量|绝对量=7@月度完成!D6",
    ]);
  });

  it("plans nothing new when the same returns come again", () => {
    const after = collected();
    const again = collectReturns(after, augustReturns(after), { month: 8 });
    expect(again.figures).toEqual([]);
    expect(again.unchanged.map((figure) => `${figure.key}@${figure.cell}`)).toEqual([
      "地方财政收入|绝对量@D9",
      "地方财政收入|增幅@D10",
      "专利申请量|绝对量@D11",
      "专利授权量|绝对量@D6",
    ]);
    expect(collectChanges(again)).toEqual([
      "县财政局8月已登记报送日期2016-09-09，不再重复登记",
      "县科技局8月已登记报送日期2016-09-10，不再重复登记",
      "4项报送数与台账已有数一致，无需改动",
      "没有需要改动的内容",
    ]);
  });

  it("still refuses a different figure on an existing row", () => {
    const after = collected();
    const form = returnForms(readLedger(after).table!, 8, { year: 2016 }).find(
      (candidate) => candidate.unit === "县财政局"
    )!;
    const plan = collectReturns(
      after,
      [returned(form, { figures: new Map([["地方财政收入|绝对量", 8300]]), date: "2016-09-12" })],
      { month: 8 }
    );
    expect(plan.figures).toEqual([]);
    expect(diagnosticTexts(plan.diagnostics).map((found) => found.message)).toEqual([
      "月度完成!D9：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）",
    ]);
  });

  it("adds one row for an indicator returned twice: the second return meets the first", () => {
    const returns = augustReturns(ledger);
    const finance = returns[0];
    const plan = collectReturns(ledger, [finance, finance], { month: 8 });
    expect(plan.figures.map((figure) => `${figure.key}@${figure.cell}`)).toEqual([
      "地方财政收入|绝对量@D9",
      "地方财政收入|增幅@D10",
    ]);
    expect(plan.unchanged).toEqual([]);
  });
});

describe("collectReturns on a long-form sheet without 口径", () => {
  it("writes numbers for months, the unit of the indicator, and a new row for one without July", () => {
    const ledger = [longFormTable(), longFormNumbered()];
    const plan = collectReturns(ledger, augustReturns(ledger), { month: 8 });
    expect(plan.diagnostics).toEqual([]);
    expect(written(plan)).toEqual([
      "月度完成!A5=地方财政收入",
      "月度完成!B5=8",
      "月度完成!C5=万元",
      "月度完成!D5=8235",
      "月度完成!A6=地方财政收入",
      "月度完成!B6=8",
      "月度完成!C6=%",
      "月度完成!D6=10.5",
      "月度完成!A7=专利申请量",
      "月度完成!B7=8",
      "月度完成!C7=件",
      "月度完成!D7=14",
      "月度完成!A8=专利授权量",
      "月度完成!B8=8",
      "月度完成!C8=件",
      "月度完成!D8=7",
    ]);
    expect(august(applyCollectPlan(ledger, plan))).toEqual([
      "地方财政收入|绝对量=8235@月度完成!D5",
      "地方财政收入|增幅=10.5@月度完成!D6",
      "专利申请量|绝对量=14@月度完成!D7",
      "专利授权量|绝对量=7@月度完成!D8",
    ]);
  });

  it("writes 2016年8月 where the months read 2016年7月", () => {
    const actuals: GridSheet = {
      name: "月度完成",
      values: [
        ["指标", "口径", "月份", "累计完成"],
        ["专利申请量", "绝对量", "2016年7月", 12],
      ],
      merges: [],
    };
    const ledger = [longFormTable(), actuals];
    const plan = collectReturns(ledger, augustReturns(ledger).slice(1), { month: 8 });
    expect(written(plan)).toEqual([
      "月度完成!A3=专利申请量",
      "月度完成!B3=绝对量",
      "月度完成!C3=2016年8月",
      "月度完成!D3=14",
      "月度完成!A4=专利授权量",
      "月度完成!B4=绝对量",
      "月度完成!C4=2016年8月",
      "月度完成!D4=7",
    ]);
    expect(august(applyCollectPlan(ledger, plan))).toEqual([
      "专利申请量|绝对量=14@月度完成!D3",
      "专利授权量|绝对量=7@月度完成!D4",
    ]);
  });

  it("adds no row the reader could not tell apart: a growth rate without 口径 or unit", () => {
    const actuals: GridSheet = {
      name: "月度完成",
      values: [
        ["指标", "月份", "累计完成"],
        ["地方财政收入", "7月", 7700],
      ],
      merges: [],
    };
    const ledger = [longFormTable(), actuals];
    const plan = collectReturns(ledger, augustReturns(ledger).slice(0, 1), { month: 8 });
    expect(written(plan)).toEqual([
      "月度完成!A3=地方财政收入",
      "月度完成!B3=8月",
      "月度完成!C3=8235",
    ]);
    expect(plan.diagnostics.map((found) => `${found.code}@${found.sheet}`)).toEqual([
      "return_no_cell@月度完成",
    ]);
    expect(august(applyCollectPlan(ledger, plan))).toEqual([
      "地方财政收入|绝对量=8235@月度完成!C3",
    ]);
  });
});
