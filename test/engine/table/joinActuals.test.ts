import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { CellValue } from "../../../src/engine/kernel/grid";
import { joinActuals } from "../../../src/engine/table/joinActuals";
import { readTable } from "../../../src/engine/table/readTable";
import { Diagnostic, TableModel } from "../../../src/engine/table/tableModel";
import { monthlyActualsLong, monthlyActualsWide, traditionalLedger } from "../fixtures/ledgerGrids";
import { sheet } from "../fixtures/sheet";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

function tableOf(grid = zhenbaGrid()): TableModel {
  const { table } = readTable([grid]);
  if (table === null) {
    throw new Error("no table");
  }
  return table;
}

const actualsOf = (table: TableModel, key: string): string[] =>
  (table.indicators.find((record) => record.key === key)?.actuals ?? []).map(
    (actual) => `${actual.month}:${actual.value}@${actual.sheet ?? ""}!${actual.cell}`
  );
const codes = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.sheet}!${diagnostic.cell}`);

describe("joinActuals", () => {
  const table = tableOf();

  it("joins month columns by indicator and measure", () => {
    const { table: joined, diagnostics } = joinActuals(table, monthlyActualsWide());
    expect(actualsOf(joined, "地方财政收入|绝对量")).toEqual([
      "6:6900@月度完成!C2",
      "7:7700@月度完成!D2",
    ]);
    expect(actualsOf(joined, "地方财政收入|增幅")).toEqual([
      "6:9.5@月度完成!C3",
      "7:10.2@月度完成!D3",
    ]);
    expect(actualsOf(joined, "全社会固定资产投资|绝对量")).toEqual([
      "6:27.1@月度完成!C4",
      "7:31.2@月度完成!D4",
    ]);
    expect(actualsOf(joined, "招商引资(引进市外资金)|绝对量")).toEqual([
      "6:9@月度完成!C5",
      "7:10@月度完成!D5",
    ]);
    expect(actualsOf(joined, "旅游总收入|绝对量")).toEqual([
      "6:null@月度完成!C7",
      "7:0.9@月度完成!D7",
    ]);
    expect(codes(diagnostics)).toEqual([
      "unmatched_actual@月度完成!A6",
      "unreadable_actual@月度完成!C7",
      "suspect_magnitude@月度完成!D8",
    ]);
    expect(formatDiagnostic(diagnostics[2], "zh-CN")).toBe(
      "月度完成!D8：“外贸进出口总额”实际完成700超过全年目标65.8的10倍，请核对单位（万元/亿元）"
    );
  });

  it("leaves the table it was given unchanged and the rest of the records as they were", () => {
    const { table: joined } = joinActuals(table, monthlyActualsWide());
    expect(table.indicators.every((record) => record.actuals.length === 0)).toBe(true);
    const untouched = joined.indicators.find((record) => record.key === "专利申请量|绝对量");
    expect(untouched).toBe(table.indicators.find((record) => record.key === "专利申请量|绝对量"));
  });

  it("joins the long form (指标, 口径, 月份, 累计完成) in traditional characters", () => {
    const { table: joined, diagnostics } = joinActuals(table, monthlyActualsLong());
    expect(actualsOf(joined, "地方财政收入|绝对量")).toEqual([
      "6:6900@月度完成情況!D2",
      "7:7700@月度完成情況!D3",
    ]);
    expect(actualsOf(joined, "地方财政收入|增幅")).toEqual(["7:10.2@月度完成情況!D4"]);
    expect(actualsOf(joined, "专利申请量|绝对量")).toEqual(["7:12@月度完成情況!D5"]);
    expect(codes(diagnostics)).toEqual(["unknown_checkpoint@月度完成情況!C6"]);
  });

  it("lets the actuals sheet's figure replace a different one from the table, and says so", () => {
    const ledger = tableOf(traditionalLedger());
    const actuals = sheet("月度完成", [
      ["指标", "口径", "6月", "7月"],
      ["地方财政收入", "绝对量", 7000, 7650],
    ]);
    const { table: joined, diagnostics } = joinActuals(ledger, actuals);
    expect(actualsOf(joined, "地方財政收入|绝对量")).toEqual([
      "6:7000@月度完成!C2",
      "7:7650@月度完成!D2",
    ]);
    expect(codes(diagnostics)).toEqual(["actual_conflict@月度完成!C2"]);
    expect(formatDiagnostic(diagnostics[0], "zh-CN")).toBe(
      "月度完成!C2：“地方財政收入”（绝对量）6月实际完成7000与考核臺賬!H4的6900不一致，已采用月度完成!C2的数值"
    );
  });

  it("takes a % unit for the growth rate when there is no measure column", () => {
    const actuals = sheet("月度完成", [
      ["指标名称", "单位", "7月"],
      ["地方财政收入", "%", 10.2],
      ["地方财政收入", "万元", 7700],
    ]);
    const { table: joined } = joinActuals(table, actuals);
    expect(actualsOf(joined, "地方财政收入|增幅")).toEqual(["7:10.2@月度完成!C2"]);
    expect(actualsOf(joined, "地方财政收入|绝对量")).toEqual(["7:7700@月度完成!C3"]);
  });

  it("reports a sheet without a readable header and returns the table as it was", () => {
    const junk = sheet("月度完成", [["填报说明"], ["请于每月15日前报送"]]);
    const result = joinActuals(table, junk);
    expect(result.table).toBe(table);
    expect(
      result.diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.severity,
        diagnostic.cell,
      ])
    ).toEqual([["no_header", "error", ""]]);
  });

  it("never throws on random grids", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(
        "地方财政收入",
        "增幅",
        "绝对量",
        "7月",
        "月份",
        "累计完成",
        "#N/A",
        "1-7月",
        "下半年",
        7,
        null
      ),
      fc.string({ maxLength: 5 }),
      fc.double(),
      fc.boolean()
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
        fc.boolean(),
        (values, wide) => {
          const header: CellValue[] = wide
            ? ["指标", "口径", "6月", "7月"]
            : ["指标", "口径", "月份", "累计完成"];
          const { table: joined } = joinActuals(
            table,
            sheet("月度完成", [header, ...values], [{ top: 1, left: 0, bottom: 3, right: 1 }])
          );
          for (const record of joined.indicators) {
            const months = record.actuals.map((actual) => actual.month);
            expect(months).toEqual([...new Set(months)].sort((a, b) => a - b));
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
