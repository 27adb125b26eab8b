import fc from "fast-check";
import { CellValue } from "../../../src/engine/kernel/grid";
import { findHeader } from "../../../src/engine/table/findHeader";
import { readTableRows } from "../../../src/engine/table/readTableRows";
import { Diagnostic } from "../../../src/engine/table/tableModel";
import { sheet } from "../fixtures/sheet";
import { LEDGER_HEADER, SEED_HEADER, findings } from "./tableReaderFixture";

const _ = null;

function read(rows: CellValue[][], periods = 12) {
  const grid = sheet("表", rows);
  const header = findHeader(grid, { periods });
  if (header === null) {
    throw new Error("no header");
  }
  const diagnostics: Diagnostic[] = [];
  return { header, table: readTableRows(grid, header, periods, diagnostics), diagnostics };
}

describe("readTableRows", () => {
  it("reports the header first, then each block's rows, then the block when it ends", () => {
    const { diagnostics } = read([
      ["指标名称", "口径", "单位", "目标", "考核任务", "7月累计完成", "累计完成"],
      ["甲", "绝对量", "万元", 100, _, 5000],
      ["乙", "合计数", "万元", _, _, 1],
    ]);
    expect(findings(diagnostics).map(([code, , cell]) => `${code}@${cell}`)).toEqual([
      "duplicate_column@E1",
      "actual_without_month@G1",
      "suspect_magnitude@F2", // 甲 ends when 乙 starts
      "unknown_measure@B3",
      "missing_target@D3",
    ]);
  });

  it("gives the table model, indicators in the order of their blocks", () => {
    const { header, table, diagnostics } = read([
      [...SEED_HEADER],
      ["地方财政收入", "绝对量", "上半年", "市财政局", "万元", 6800, "叶稳太", "县财政局:张正银"],
      [_, "绝对量", "全年", _, "万元", 13600],
      [_, "增幅", "全年", _, "%", 8],
      ["税收收入", "绝对量", "全年", _, "万元", 2400, _, "县税务局", "李四", "正向"],
    ]);
    expect(diagnostics).toEqual([]);
    expect(table).toMatchObject({
      sheet: "表",
      headerRows: [1, 1],
      layout: "seed",
    });
    expect(table.columns).toBe(header.columns);
    expect(
      table.indicators.map((record) => [
        record.key,
        record.rows,
        record.annualTarget,
        record.leadUnit,
        record.person,
        record.source,
      ])
    ).toEqual([
      ["地方财政收入|绝对量", [2, 3], 13600, "县财政局", "张正银", "表!A2"],
      ["地方财政收入|增幅", [4], 8, "县财政局", "张正银", "表!A4"], // the record's own first row
      ["税收收入|绝对量", [5], 2400, "县税务局", "李四", "表!A5"],
    ]);
  });

  it.each<[string, CellValue[][]]>([
    ["a header alone", [[...LEDGER_HEADER]]],
    ["a header over blank rows and a heading", [[...LEDGER_HEADER], [], ["一、经济指标"]]],
  ])("reports no indicators under %s", (_description, rows) => {
    const { table, diagnostics } = read(rows);
    expect(table.indicators).toEqual([]);
    expect(findings(diagnostics)).toEqual([
      ["no_indicators", "error", "A2", "tableNoIndicators", {}],
    ]);
  });

  it("never throws and gives each record its rows ascending, its first row first", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(
        "甲",
        "乙",
        "合计",
        "#REF!",
        "绝对量",
        "增幅",
        "全年",
        "上半年",
        "下半年",
        "万元",
        "%",
        "约30",
        "≤72",
        "逆向",
        "县统计局:刘明江"
      ),
      fc.integer({ min: -10, max: 20000 }),
      fc.constant(null)
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
        fc.boolean(),
        (rows, seed) => {
          const { table } = read([[...(seed ? SEED_HEADER : LEDGER_HEADER)], ...rows]);
          for (const record of table.indicators) {
            expect(record.rows[0]).toBe(record.row);
            expect([...record.rows].sort((a, b) => a - b)).toEqual(record.rows);
            expect(new Set(record.rows).size).toBe(record.rows.length);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
