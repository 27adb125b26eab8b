import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { findHeader } from "../../../src/engine/table/findHeader";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { overrideColumns } from "../../../src/engine/table/overrideColumns";
import { readTable } from "../../../src/engine/table/readTable";
import { ColumnOverride, Diagnostic, TableModel } from "../../../src/engine/table/tableModel";
import { traditionalLedger } from "../fixtures/ledgerGrids";
import { sheet } from "../fixtures/sheet";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

const _ = null;

/**
 * A ledger with seed 000's targets whose 责任单位 column is headed “部门”, a word the reader does not
 * know, and whose 前三季度 column is headed “备用” (9500 … are in it all the same).
 */
function mislabelledLedger(): GridSheet {
  const values: CellValue[][] = [
    ["镇巴县2016年市考指标台账", _, _, _, _, _, _, _, _, _, _],
    [
      "序号",
      "指标名称",
      "口径",
      "单位",
      "上半年",
      "备用",
      "全年",
      "7月累计完成",
      "包抓领导",
      "部门",
      "责任人",
    ],
    [1, "地方财政收入", "绝对量", "万元", 6800, 9500, 13600, 7000, "叶稳太", "县财政局", "张正银"],
    [
      2,
      "全社会固定资产投资",
      "绝对量",
      "亿元",
      26.15,
      43.19,
      73.8,
      31.2,
      "魏巍",
      "县发改局、县统计局",
      "彭代军、刘明江",
    ],
    [
      3,
      "社会消费品零售总额",
      "绝对量",
      "亿元",
      9.15,
      13.73,
      18.3,
      10.8,
      "包继强",
      "县经贸局、县统计局",
      "冯启彬、刘明江",
    ],
  ];
  return sheet("台账", values);
}

function tableOf(sheets: GridSheet[], columns?: readonly ColumnOverride[]): TableModel {
  const result = readTable(sheets, columns === undefined ? {} : { columns });
  if (result.table === null) {
    throw new Error(JSON.stringify(result.diagnostics));
  }
  return result.table;
}

const leadUnits = (table: TableModel): string[] =>
  table.indicators.map((indicator) => indicator.leadUnit);
const checkpoints = (table: TableModel, index: number): string[] =>
  table.indicators[index].checkpoints.map(
    (checkpoint) => `${checkpoint.month}:${checkpoint.target}`
  );

describe("readTable with column corrections (ReadTableOptions.columns)", () => {
  it("reads a ledger whose 责任单位 column is headed 部门 right once it is corrected to leadUnit", () => {
    const before = tableOf([mislabelledLedger()]);
    expect(before.columns.some((mapping) => mapping.column === 9)).toBe(false);
    expect(leadUnits(before)).toEqual(["", "", ""]);

    const after = tableOf([mislabelledLedger()], [{ column: 9, role: "leadUnit" }]);
    expect(after.columns.find((mapping) => mapping.column === 9)).toEqual({
      role: "leadUnit",
      column: 9,
      header: "部门",
    });
    expect(leadUnits(after)).toEqual(["县财政局", "县发改局", "县经贸局"]);
    expect(after.indicators[1].units).toEqual(["县发改局", "县统计局"]);
    expect(after.indicators[1].persons).toEqual(["彭代军", "刘明江"]);
    expect(after.indicators[1].person).toBe("彭代军");
  });

  it("gives the summary its ranking after the correction (SummarySettings.columns), with exact figures", () => {
    const uncorrected = buildMonthlySummary([mislabelledLedger()], { month: 7 });
    expect(uncorrected.ranking.filter((item) => item.rank !== null)).toEqual([]);

    const summary = buildMonthlySummary([mislabelledLedger()], {
      month: 7,
      columns: [
        { column: 5, role: "checkpointTarget", month: 9 },
        { column: 9, role: "leadUnit" },
      ],
    });
    expect(
      summary.ranking.map((item) => `${item.rank} ${item.unit} ${item.averagePaceGap?.toFixed(6)}`)
    ).toEqual(["1 县经贸局 0.006740", "2 县发改局 -0.008537", "3 县财政局 -0.051471"]);
    const revenue = summary.indicators[0];
    expect([revenue.leadUnit, revenue.paceTarget, revenue.arrears, revenue.status]).toEqual([
      "县财政局",
      7700,
      700,
      "serious",
    ]);
    expect(summary.warnings.map((warning) => `${warning.kind} ${warning.leadUnit}`)).toEqual([
      "supervision 县财政局",
      "notice 县发改局",
    ]);
  });

  it("gives a period role with its month: 备用 holding the 前三季度 targets becomes month 9", () => {
    expect(checkpoints(tableOf([mislabelledLedger()]), 0)).toEqual(["6:6800", "12:13600"]);
    const table = tableOf(
      [mislabelledLedger()],
      [{ column: 5, role: "checkpointTarget", month: 9 }]
    );
    expect(checkpoints(table, 0)).toEqual(["6:6800", "9:9500", "12:13600"]);
    expect(checkpoints(table, 2)).toEqual(["6:9.15", "9:13.73", "12:18.3"]);
  });

  it("takes a period role's month from the header when none is given, and can change it", () => {
    const named = tableOf([mislabelledLedger()], [{ column: 7, role: "actual" }]);
    expect(named.indicators[0].actuals.map((actual) => `${actual.month}:${actual.value}`)).toEqual([
      "7:7000",
    ]);
    const moved = tableOf([mislabelledLedger()], [{ column: 7, role: "actual", month: 8 }]);
    expect(moved.indicators[0].actuals.map((actual) => `${actual.month}:${actual.value}`)).toEqual([
      "8:7000",
    ]);
  });

  it("drops an ignored column: without the 7月 actuals every indicator is unreported", () => {
    const summary = buildMonthlySummary([mislabelledLedger()], {
      month: 7,
      columns: [{ column: 7, role: "ignore" }],
    });
    expect(summary.indicators.map((indicator) => indicator.status)).toEqual([
      "not_reported",
      "not_reported",
      "not_reported",
    ]);
  });

  it("moves a role a table has once to the corrected column (seed 000: 责任人 read as 牵头单位)", () => {
    const table = tableOf([zhenbaGrid()], [{ column: 8, role: "leadUnit" }]);
    expect(table.columns.map((mapping) => `${mapping.role}:${mapping.column}`)).toEqual([
      "indicator:0",
      "measure:1",
      "checkpoint:2",
      "supervisor:3",
      "unit:4",
      "target:5",
      "leader:6",
      "leadUnit:8",
    ]);
    const revenue = table.indicators.find((indicator) => indicator.key === "地方财政收入|绝对量");
    expect(revenue?.leadUnit).toBe("张正银");
  });

  it("reads the layout from the corrected roles: without 倒排时间 seed 000 is a ledger", () => {
    const table = tableOf([zhenbaGrid()], [{ column: 2, role: "ignore" }]);
    expect(table.layout).toBe("ledger");
    expect(table.columns.some((mapping) => mapping.role === "checkpoint")).toBe(false);
  });

  it("applies the later of two corrections of one column, and of two corrections to one role", () => {
    const result = readTable([mislabelledLedger()], {
      columns: [
        { column: 10, role: "leadUnit" },
        { column: 9, role: "person" },
        { column: 9, role: "leadUnit" },
      ],
    });
    expect(leadUnits(result.table!)).toEqual(["县财政局", "县发改局", "县经贸局"]);
    expect(result.table!.columns.some((mapping) => mapping.column === 10)).toBe(false);
    expect(result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, "zh-CN"))).toEqual([
      "台账!K2：“牵头单位”只能有一列，已按J列的更正读取，此列的更正未采用",
    ]);
  });

  it.each([
    [{ column: -1, role: "leadUnit" }, "台账：列角色更正（-1列设为“牵头单位”）无效，已按表头识别"],
    [{ column: 9, role: "boss" }, "台账!J2：列角色更正（J列设为“boss”）无效，已按表头识别"],
    [
      { column: 5, role: "checkpointTarget", month: 13 },
      "台账!F2：列角色更正（F列设为“节点目标”，13月）无效，已按表头识别",
    ],
    [
      { column: 5, role: "checkpointTarget" },
      "台账!F2：列角色更正（F列设为“节点目标”）无效，已按表头识别",
    ],
    [{ column: 2.5, role: "unit" }, "台账：列角色更正（2.5列设为“单位”）无效，已按表头识别"],
  ])("reports and skips %j", (override, message) => {
    const result = readTable([mislabelledLedger()], {
      columns: [override as unknown as ColumnOverride],
    });
    expect(result.diagnostics.map((diagnostic: Diagnostic) => diagnostic.code)).toEqual([
      "invalid_setting",
    ]);
    expect(formatDiagnostic(result.diagnostics[0], "zh-CN")).toBe(message);
    expect(result.table).toEqual(tableOf([mislabelledLedger()]));
  });

  it("reports columns that are not a list as a summary setting and reads the header as written", () => {
    const summary = buildMonthlySummary([mislabelledLedger()], {
      month: 7,
      columns: "J=牵头单位" as unknown as ColumnOverride[],
    });
    expect(summary.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["invalid_setting"]);
    expect(summary.indicators.map((indicator) => indicator.leadUnit)).toEqual(["", "", ""]);
  });

  it("leaves the table as it was when each column is given the role it already has", () => {
    for (const grid of [zhenbaGrid(), traditionalLedger(), mislabelledLedger()]) {
      const table = tableOf([grid]);
      fc.assert(
        fc.property(fc.subarray([...table.columns]), (mappings) => {
          const same = tableOf(
            [grid],
            mappings.map((mapping) => ({
              column: mapping.column,
              role: mapping.role,
              ...(mapping.month === undefined ? {} : { month: mapping.month }),
            }))
          );
          expect(same).toEqual(table);
        }),
        { numRuns: 25 }
      );
    }
  });
});

describe("overrideColumns", () => {
  it("never throws and keeps every column at most once, a once-only role in one column", () => {
    const grid = mislabelledLedger();
    const header = findHeader(grid);
    if (header === null) {
      throw new Error("no header");
    }
    const override = fc.record(
      {
        column: fc.oneof(fc.integer({ min: -2, max: 14 }), fc.double(), fc.constant("J")),
        role: fc.constantFrom(
          "indicator",
          "measure",
          "target",
          "leadUnit",
          "person",
          "checkpointTarget",
          "actual",
          "ignore",
          "boss"
        ),
        month: fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }),
      },
      { requiredKeys: ["column", "role"] }
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(override, fc.constant(null))), (overrides) => {
        const diagnostics: Diagnostic[] = [];
        const result = overrideColumns(
          grid,
          header,
          overrides as unknown as ColumnOverride[],
          12,
          diagnostics
        );
        const columns = result.columns.map((mapping) => mapping.column);
        expect(new Set(columns).size).toBe(columns.length);
        const once = result.columns
          .map((mapping) => mapping.role)
          .filter((role) => role !== "checkpointTarget" && role !== "actual");
        expect(new Set(once).size).toBe(once.length);
        for (const mapping of result.columns) {
          if (mapping.role === "checkpointTarget" || mapping.role === "actual") {
            expect(mapping.month).toBeGreaterThanOrEqual(1);
            expect(mapping.month).toBeLessThanOrEqual(12);
          }
        }
      })
    );
  });
});
