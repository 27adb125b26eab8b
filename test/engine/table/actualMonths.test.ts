import fc from "fast-check";
import { CellValue } from "../../../src/engine/kernel/grid";
import { actualMonths } from "../../../src/engine/table/actualMonths";
import { readTable } from "../../../src/engine/table/readTable";
import { ActualRecord, IndicatorRecord, TableModel } from "../../../src/engine/table/tableModel";
import { sheet } from "../fixtures/sheet";

const _ = null;

/** A ledger whose actuals stop in different months: 6月 and 7月 for most, 8月 for one. */
function ledger(rows: readonly (readonly CellValue[])[]): TableModel {
  const header = [
    "指标名称",
    "口径",
    "单位",
    "目标（万元）",
    "6月累计完成",
    "7月累计完成",
    "8月累计完成",
    "责任单位",
  ];
  const result = readTable([sheet("台账", [[...header], ...rows.map((row) => [...row])])]);
  if (result.table === null) {
    throw new Error("no table");
  }
  return result.table;
}

/** A record with only the fields the count reads. */
function record(key: string, actuals: readonly ActualRecord[]): IndicatorRecord {
  return { key, actuals } as unknown as IndicatorRecord;
}

function model(indicators: readonly IndicatorRecord[]): TableModel {
  return { sheet: "表", headerRows: [1, 1], layout: "ledger", columns: [], indicators };
}

describe("actualMonths", () => {
  it("lists the months with actuals, ascending, with the indicators that have one", () => {
    const table = ledger([
      ["地方财政收入", "绝对量", "万元", 13600, 6900, 7700, _, "县财政局"],
      ["社会消费品零售总额", "绝对量", "万元", 13.73, 8.2, "约9", _, "县经贸局"],
      ["旅游总收入", "绝对量", "万元", 1.27, _, _, _, "县文广局"],
      ["专利申请量", "绝对量", "万元", 60, _, _, 31, "县科技局"],
    ]);
    expect(table.indicators).toHaveLength(4);
    // "约9" cannot be read, but it was reported for July: it counts.
    expect(actualMonths(table)).toEqual([
      { month: 6, indicators: 2 },
      { month: 7, indicators: 2 },
      { month: 8, indicators: 1 },
    ]);
  });

  it("is empty for a table without any actual", () => {
    const table = ledger([
      ["地方财政收入", "绝对量", "万元", 13600, _, _, _, "县财政局"],
      ["旅游总收入", "绝对量", "万元", 1.27, "", " ", _, "县文广局"],
    ]);
    expect(actualMonths(table)).toEqual([]);
    expect(actualMonths(model([]))).toEqual([]);
  });

  it("counts an indicator once in a month it has two actuals for", () => {
    const table = model([
      record("a|绝对量", [
        { month: 3, value: 1, cell: "E2" },
        { month: 3, value: 1, cell: "F2" },
      ]),
      record("b|绝对量", [{ month: 3, value: null, cell: "E3" }]),
    ]);
    expect(actualMonths(table)).toEqual([{ month: 3, indicators: 2 }]);
  });

  it("gives each indicator's months exactly once, in strictly ascending order", () => {
    const actuals = fc.array(
      fc.record({
        month: fc.integer({ min: 1, max: 12 }),
        value: fc.option(fc.integer(), { nil: null }),
        cell: fc.constant("A1"),
      }),
      { maxLength: 14 }
    );
    fc.assert(
      fc.property(fc.array(actuals, { maxLength: 8 }), (lists) => {
        const table = model(lists.map((list, index) => record(`i${index}`, list)));
        const months = actualMonths(table);
        for (let index = 1; index < months.length; index++) {
          expect(months[index].month).toBeGreaterThan(months[index - 1].month);
        }
        for (const { month, indicators } of months) {
          expect(indicators).toBe(
            lists.filter((list) => list.some((a) => a.month === month)).length
          );
        }
        const every = new Set(lists.flatMap((list) => list.map((a) => a.month)));
        expect(months.map((item) => item.month)).toEqual([...every].sort((a, b) => a - b));
      })
    );
  });
});
