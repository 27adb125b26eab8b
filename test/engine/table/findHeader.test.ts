import fc from "fast-check";
import { findHeader } from "../../../src/engine/table/findHeader";
import { CellValue } from "../../../src/engine/kernel/grid";
import { HeaderMatch } from "../../../src/engine/table/tableModel";
import { monthlyActualsLong, monthlyActualsWide, traditionalLedger } from "../fixtures/ledgerGrids";
import { sheet } from "../fixtures/sheet";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

const _ = null;
const roles = (match: HeaderMatch | null): string[] =>
  (match?.columns ?? []).map(
    (column) =>
      `${column.role}:${column.column}${column.month === undefined ? "" : `:${column.month}`}`
  );

describe("findHeader", () => {
  it("finds seed 000's header under its merged title", () => {
    const match = findHeader(zhenbaGrid());
    expect(match).toMatchObject({ headerRows: [2, 2], layout: "seed", dataStart: 2 });
    expect(roles(match)).toEqual([
      "indicator:0",
      "measure:1",
      "checkpoint:2",
      "supervisor:3",
      "unit:4",
      "target:5",
      "leader:6",
      "leadUnit:7",
      "person:8",
    ]);
  });

  it("finds a two-row header in traditional characters (group cells merged across)", () => {
    const match = findHeader(traditionalLedger());
    expect(match).toMatchObject({ headerRows: [2, 3], layout: "ledger", dataStart: 3 });
    expect(
      match?.columns.filter((column) => column.month !== undefined).map((column) => column.header)
    ).toEqual(["上半年", "前三季度", "全年", "6月", "7月", "8月"]);
  });

  it("reads a group written once at the left, not merged, over its periods", () => {
    const grid = sheet("表", [
      ["指标", "单位", "目标", _, _, "完成情况", _],
      [_, _, "上半年", "全年", "1-12月", "6月", "1-7月"],
      ["地方财政收入", "万元", 6800, 13600, 13600, 6900, 7700],
    ]);
    expect(roles(findHeader(grid))).toEqual([
      "indicator:0",
      "unit:1",
      "checkpointTarget:2:6",
      "checkpointTarget:3:12",
      "checkpointTarget:4:12",
      "actual:5:6",
      "actual:6:7",
    ]);
    expect(findHeader(grid)?.headerRows).toEqual([1, 2]);
  });

  it("reads period columns named in one row (上半年目标, 7月累计完成) and the unit in brackets", () => {
    const grid = sheet("表", [
      ["序号", "指标名称", "上半年目标（万元）", "全年目标（万元）", "7月累计完成", "备注"],
      [1, "地方财政收入", 6800, 13600, 7700, _],
    ]);
    const match = findHeader(grid);
    expect(roles(match)).toEqual([
      "indicator:1",
      "checkpointTarget:2:6",
      "checkpointTarget:3:12",
      "actual:4:7",
    ]);
    expect(match?.columns[1]).toEqual({
      role: "checkpointTarget",
      column: 2,
      header: "上半年目标(万元)",
      label: "上半年",
      month: 6,
      unit: "万元",
    });
  });

  it("tells 责任单位 from 单位 and keeps the first of two columns with one role", () => {
    const grid = sheet("表", [["考核指标", "计量单位", "目标值", "责任单位", "牵头单位", "单位"]]);
    expect(roles(findHeader(grid))).toEqual(["indicator:0", "unit:1", "target:2", "leadUnit:3"]);
  });

  it("lists the columns that repeat a role, so that the reader can report them", () => {
    const grid = sheet("表", [["考核指标", "计量单位", "目标值", "责任单位", "牵头单位", "单位"]]);
    expect(
      findHeader(grid)?.duplicates?.map((column) => `${column.role}:${column.column}`)
    ).toEqual(["leadUnit:4", "unit:5"]);
    expect(findHeader(sheet("表", [["指标", "目标"]]))?.duplicates).toBeUndefined();
  });

  it.each([
    [
      "a title with 指标 over 序号",
      ["某县市考指标台账"],
      ["序号", "指标名称", "全年目标"],
      "indicator:1",
    ],
    ["a title with 指标 over a name", ["市考指标"], ["指标名称", "单位", "目标"], "indicator:0"],
    [
      "a long title",
      ["镇巴县6-12月市对县考核主要指标任务分解表"],
      ["序号", "主要指标", "目标"],
      "indicator:1",
    ],
  ])(
    "does not take %s for the header: the row nearer the data names the column",
    (_label, title, header, indicator) => {
      const match = findHeader(sheet("表", [title, header, [1, "地方财政收入", 13600]]));
      expect(match).toMatchObject({ headerRows: [2, 2], dataStart: 2 });
      expect(roles(match)).toContain(indicator);
      expect(match?.duplicates).toBeUndefined();
    }
  );

  it("takes the column under a merged 主要指标 as the measure (seed 000's original header)", () => {
    const grid = sheet(
      "表",
      [
        ["主要指标", _, "倒排时间", "单位", "考核任务"],
        ["地方财政收入", "绝对量", "上半年", "万元", 6800],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 1 }]
    );
    expect(roles(findHeader(grid))).toEqual([
      "indicator:0",
      "measure:1",
      "checkpoint:2",
      "unit:3",
      "target:4",
    ]);
  });

  it("skips rows still covered by a header merged down", () => {
    const grid = sheet(
      "表",
      [
        ["指标", "目标"],
        [_, _],
        [_, _],
        ["地方财政收入", 13600],
      ],
      [
        { top: 0, left: 0, bottom: 2, right: 0 },
        { top: 0, left: 1, bottom: 2, right: 1 },
      ]
    );
    expect(findHeader(grid)).toMatchObject({ headerRows: [1, 1], dataStart: 3 });
  });

  it("reads bare months as actuals on an actuals sheet, and the long form's 月份/累计完成", () => {
    expect(roles(findHeader(monthlyActualsWide(), { periodColumns: "actual" }))).toEqual([
      "indicator:0",
      "measure:1",
      "actual:2:6",
      "actual:3:7",
      "actual:4:8",
    ]);
    expect(roles(findHeader(monthlyActualsLong(), { periodColumns: "actual" }))).toEqual([
      "indicator:0",
      "measure:1",
      "month:2",
      "actual:3",
    ]);
  });

  it.each([
    [
      "no indicator column",
      [
        ["单位", "目标"],
        ["万元", 1],
      ],
    ],
    [
      "an indicator column alone",
      [
        ["指标", "备注"],
        ["地方财政收入", ""],
      ],
    ],
    [
      "data only",
      [
        ["地方财政收入", 6800],
        ["全社会固定资产投资", 26.15],
      ],
    ],
    ["an empty sheet", []],
  ])("returns null for %s", (_name, values) => {
    expect(findHeader(sheet("表", values as CellValue[][]))).toBeNull();
  });

  it("looks at the first 20 rows only", () => {
    const padding: CellValue[][] = Array.from({ length: 20 }, () => [_]);
    expect(findHeader(sheet("表", [...padding.slice(1), ["指标", "目标"]]))?.headerRows).toEqual([
      20, 20,
    ]);
    expect(findHeader(sheet("表", [...padding, ["指标", "目标"]]))).toBeNull();
  });

  it("never throws and always names an indicator column", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(
        "指标",
        "考核任务",
        "累计完成",
        "上半年",
        "7月",
        "责任单位",
        "单位",
        null
      ),
      fc.string({ maxLength: 5 }),
      fc.double(),
      fc.boolean()
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 24 }),
        fc.array(
          fc.record({
            top: fc.integer({ min: -2, max: 25 }),
            left: fc.integer({ min: -2, max: 9 }),
            bottom: fc.integer({ min: -2, max: 25 }),
            right: fc.integer({ min: -2, max: 9 }),
          }),
          { maxLength: 6 }
        ),
        (values, merges) => {
          const match = findHeader(sheet("表", values, merges));
          if (match !== null) {
            expect(match.columns.filter((column) => column.role === "indicator")).toHaveLength(1);
            expect(match.dataStart).toBeGreaterThanOrEqual(match.headerRows[1]);
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});
