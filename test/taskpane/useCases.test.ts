import { formatDiagnostic } from "../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { AssessError } from "../../src/engine/kernel/errors";
import { sheetReference } from "../../src/engine/kernel/sheetReference";
import { WorkbookError } from "../../src/excel/workbookError";
import { defaultMonth } from "../../src/taskpane/defaultMonth";
import { describeError } from "../../src/taskpane/describeError";
import { PaneError } from "../../src/taskpane/paneError";
import { splitReference } from "../../src/taskpane/splitReference";
import {
  clearMarks,
  computeSummary,
  correctColumnRole,
  detectTable,
  generateSummary,
  markLagging,
  readSummary,
  savedTableKey,
} from "../../src/taskpane/useCases";
import { MemoryPort } from "./memoryPort";
import { seedActuals, seedTable, seedWorkbook } from "./seedWorkbook";

/** The fixture with the 责任单位 header written in words the reader does not know. */
function workbookWithUnknownUnitHeader(): MemoryPort {
  const table = seedTable();
  const values = table.values.map((row) => [...row]);
  values[1][8] = "负责科室";
  return new MemoryPort([{ ...table, values }, seedActuals()]);
}

describe("detectTable", () => {
  it("finds the seed-style table, its header and each column's role", async () => {
    const detection = await detectTable(new MemoryPort(seedWorkbook()));
    expect(detection.table?.sheet).toBe("分解表");
    expect(detection.table?.indicators.map((indicator) => indicator.name)).toEqual([
      "地方财政收入",
      "招商引资(引进市外资金)",
      "社会消费品零售总额",
      "旅游总收入",
      "专利申请量",
    ]);
    expect(
      detection.columns.map((column) => `${column.letter} ${column.header} ${column.role}`)
    ).toEqual([
      "A 序号 ignore",
      "B 主要指标 indicator",
      "C 口径 measure",
      "D 倒排时间 checkpoint",
      "E 监管部门 supervisor",
      "F 单位 unit",
      "G 考核任务 target",
      "H 包抓领导 leader",
      "I 责任单位 leadUnit",
      "J 责任人 person",
    ]);
    expect(detection.saved).toBeNull();
    expect(detection.unapplied).toEqual([]);
  });

  it("reports no table when no sheet has a table header", async () => {
    const port = new MemoryPort([
      {
        name: "Sheet1",
        values: [
          ["姓名", "电话"],
          ["张三", "123"],
        ],
        merges: [],
      },
    ]);
    const detection = await detectTable(port);
    expect(detection.table).toBeNull();
    expect(detection.columns).toEqual([]);
    expect(detection.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["no_header"]);
    expect(detection.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("does not read the sheets the add-in wrote", async () => {
    const port = new MemoryPort(seedWorkbook());
    await generateSummary(port, { month: 7 });
    const detection = await detectTable(port);
    expect(detection.table?.sheet).toBe("分解表");
    expect(detection.sheets.filter((sheet) => sheet.ownedRun === "2016-07")).toHaveLength(6);
  });
});

describe("one read, one write", () => {
  it("detects with one read, generates with one read and a write built on it, marks likewise", async () => {
    const port = new MemoryPort(seedWorkbook());
    const detection = await detectTable(port);
    expect(port.calls).toEqual(["readWorkbook"]);

    await generateSummary(port, { month: 7 }, { saved: detection.saved });
    expect(port.calls.slice(1)).toEqual(["readWorkbook", "writeSummary"]);
    expect(port.bases[0]?.grids).toBe(port.sheets);

    const { summary, read } = await readSummary(port, { month: 7 }, { marks: true });
    expect(port.lastReadMarks).toBe(true);
    await markLagging(port, summary, detection.table!, read);
    expect(port.calls.slice(3)).toEqual(["readWorkbook", "markStatuses"]);
    expect(port.bases[1]).toBe(read);

    await clearMarks(port);
    expect(port.calls.slice(5)).toEqual(["clearMarks"]);
  });
});

describe("correctColumnRole", () => {
  it("saves the clerk's role under one key and reads the table with it, now and next time", async () => {
    const port = workbookWithUnknownUnitHeader();
    const before = await detectTable(port);
    expect(before.columns.find((column) => column.column === 8)?.role).toBe("ignore");
    expect(before.table?.indicators[0].leadUnit).toBe("");

    const after = await correctColumnRole(port, before, { column: 8, role: "leadUnit" });
    expect(JSON.parse(port.settings.get(savedTableKey) ?? "null")).toEqual({
      sheet: "分解表",
      columns: [{ column: 8, role: "leadUnit" }],
    });
    expect(after.columns.find((column) => column.column === 8)).toMatchObject({
      header: "负责科室",
      role: "leadUnit",
      corrected: true,
    });
    expect(after.table?.indicators.map((indicator) => indicator.leadUnit)).toEqual([
      "县财政局",
      "县经合局",
      "县经贸局",
      "县文广局",
      "县科技局",
    ]);
    expect(after.unapplied).toEqual([]);

    const nextTime = await detectTable(port);
    expect(nextTime.columns.find((column) => column.column === 8)?.role).toBe("leadUnit");
    const summary = await computeSummary(port, { month: 7 });
    expect(summary.indicators[2].leadUnit).toBe("县经贸局");
  });

  it("takes a single role away from the column that had it", async () => {
    const port = new MemoryPort(seedWorkbook());
    const before = await detectTable(port);
    const after = await correctColumnRole(port, before, { column: 9, role: "leadUnit" });
    expect(after.saved?.columns).toEqual([
      { column: 8, role: "ignore" },
      { column: 9, role: "leadUnit" },
    ]);
    expect(after.table?.indicators[0].leadUnit).toBe("张正银");
  });

  it("applies a correction saved in the workbook to the summary: the ranking appears, exactly", async () => {
    const unranked = await computeSummary(workbookWithUnknownUnitHeader(), { month: 7 });
    expect(unranked.ranking.filter((item) => item.rank !== null)).toEqual([]);

    const port = workbookWithUnknownUnitHeader();
    await port.saveSetting(savedTableKey, {
      sheet: "分解表",
      columns: [{ column: 8, role: "leadUnit" }],
    });
    const { summary } = await generateSummary(port, { month: 7 });
    expect(
      summary.ranking.map((item) => `${item.rank} ${item.unit} ${item.averagePaceGap?.toFixed(6)}`)
    ).toEqual([
      "1 县文广局 0.036810",
      "2 县财政局 0.007353",
      "3 县经合局 -0.021405",
      "4 县经贸局 -0.091621",
      "null 县科技局 undefined",
    ]);
    expect(summary.warnings.map((warning) => `${warning.kind} ${warning.leadUnit}`)).toEqual([
      "notice 县经合局",
      "supervision 县经贸局",
    ]);
  });

  it("reports a saved correction the reader cannot follow, and reads the rest", async () => {
    const port = workbookWithUnknownUnitHeader();
    const saved = {
      sheet: "分解表",
      columns: [
        { column: 8, role: "leadUnit" as const },
        { column: 6, role: "actual" as const, month: 13 },
      ],
    };
    const detection = await detectTable(port, saved);
    expect(detection.unapplied).toEqual([{ column: 6, role: "actual", month: 13 }]);
    expect(
      detection.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, "zh-CN"))
    ).toEqual(["分解表!G2：列角色更正（G列设为“累计完成”，13月）无效，已按表头识别"]);
    expect(detection.table?.indicators[0].leadUnit).toBe("县财政局");
  });

  it("leaves the workbook's cells unchanged", async () => {
    const port = workbookWithUnknownUnitHeader();
    const header = [...port.sheets[0].values[1]];
    await correctColumnRole(port, await detectTable(port), { column: 8, role: "leadUnit" });
    expect(port.sheets[0].values[1]).toEqual(header);
  });
});

describe("generateSummary", () => {
  it("writes the summary's own sheets for the run of its year and month", async () => {
    const port = new MemoryPort(seedWorkbook());
    const { summary, run, report } = await generateSummary(port, { month: 7 });
    expect(run).toBe("2016-07");
    expect(report.written).toEqual([
      "7月进度通报",
      "7月排名",
      "7月加减分汇总",
      "7月预警",
      "7月预警通知",
      "7月迟报",
    ]);
    expect(report.written.map((name) => port.written.get(name)?.spec)).toEqual(summary.sheets);
    expect([...port.written.values()].map((item) => item.run)).toEqual(Array(6).fill("2016-07"));
  });

  it("passes the port's failure on, not swallowed", async () => {
    const port = new MemoryPort(seedWorkbook());
    port.failNext("writeSummary", new Error("工作表受保护"));
    await expect(generateSummary(port, { month: 7 })).rejects.toThrow("工作表受保护");
    expect(port.written.size).toBe(0);
  });

  it("refuses to write when there is no table, with the reader's reason", async () => {
    const port = new MemoryPort([{ name: "Sheet1", values: [["姓名"]], merges: [] }]);
    const failure = await generateSummary(port, { month: 7 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PaneError);
    expect(describeError(failure, "zh-CN")).toMatch(/^未能生成月度汇总：工作簿中找不到任务分解表/);
    expect(port.written.size).toBe(0);
  });
});

describe("markLagging", () => {
  it("marks every row of the lagging, seriously lagging and unreported indicators across the table", async () => {
    const port = new MemoryPort(seedWorkbook());
    const detection = await detectTable(port);
    const summary = await computeSummary(port, { month: 7 });
    const report = await markLagging(port, summary, detection.table!);
    const expected = [
      { row: 6, status: "lagging" },
      { row: 7, status: "lagging" },
      { row: 8, status: "lagging" },
      { row: 9, status: "serious" },
      { row: 10, status: "serious" },
      { row: 11, status: "serious" },
      { row: 15, status: "not_reported" },
      { row: 16, status: "not_reported" },
    ].map((mark) => ({ ...mark, firstColumn: 2, lastColumn: 10 }));
    expect(report).toEqual({ sheet: "分解表", marks: expected });
    expect(port.marks.get("分解表")).toEqual(expected);
  });

  it("marks the rows of the lagging measure only where two measures interleave (seed 000)", async () => {
    const header = [
      "序号",
      "主要指标",
      "口径",
      "倒排时间",
      "单位",
      "考核任务",
      "责任单位",
      "责任人",
    ];
    const table = {
      name: "分解表",
      values: [
        ["镇巴县2016年市考指标任务分解表", null, null, null, null, null, null, null],
        header,
        [1, "地方财政收入", "绝对量", "上半年", "万元", 6800, "县财政局", "张正银"],
        [null, null, "增幅", "上半年", "%", 8.4, null, null],
        [null, null, "绝对量", "前三季度", "万元", 9500, null, null],
        [null, null, "增幅", "前三季度", "%", 22.16, null, null],
        [null, null, "绝对量", "全年", "万元", 13600, null, null],
        [null, null, "增幅", "全年", "%", 10, null, null],
        [2, "旅游总收入", "绝对量", "上半年", "亿元", 0.7, "县文广局", "李健"],
        [null, null, "绝对量", "前三季度", "亿元", 1.27, null, null],
        [null, null, "绝对量", "全年", "亿元", 1.63, null, null],
      ],
      merges: [0, 1, 6, 7].flatMap((column) => [
        { top: 2, left: column, bottom: 7, right: column },
        { top: 8, left: column, bottom: 10, right: column },
      ]),
    };
    const actuals = {
      name: "月度完成",
      values: [
        ["指标", "口径", "7月"],
        ["地方财政收入", "绝对量", 7000],
        ["地方财政收入", "增幅", 30],
        ["旅游总收入", "绝对量", 0.95],
      ],
      merges: [],
    };
    const port = new MemoryPort([table, actuals]);
    const detection = await detectTable(port);
    const summary = await computeSummary(port, { month: 7 });
    expect(summary.indicators.map((item) => `${item.measure} ${item.status} ${item.rows}`)).toEqual(
      ["绝对量 serious 3,5,7", "增幅 on_pace 4,6,8", "绝对量 on_pace 9,10,11"]
    );
    const report = await markLagging(port, summary, detection.table!);
    expect(report.marks).toEqual(
      [3, 5, 7].map((row) => ({ row, firstColumn: 2, lastColumn: 8, status: "serious" }))
    );
  });

  it("clearMarks leaves no marks", async () => {
    const port = new MemoryPort(seedWorkbook());
    const detection = await detectTable(port);
    await markLagging(port, await computeSummary(port, { month: 7 }), detection.table!);
    await clearMarks(port);
    expect(port.marks.size).toBe(0);
  });
});

describe("defaultMonth", () => {
  it.each([
    ["2024-01-10", 12, 12],
    ["2024-02-14", 12, 1],
    ["2016-08-03", 12, 7],
    ["2024-12-31", 12, 11],
    ["2016-08-03", 4, 2],
    ["2024-01-10", 4, 4],
  ])("on %s with %p periods → %p", (day, periods, month) => {
    const [year, monthNumber, date] = day.split("-").map(Number);
    expect(defaultMonth(new Date(year, monthNumber - 1, date), periods)).toBe(month);
  });
});

describe("splitReference", () => {
  it.each([
    ["分解表!B3", { sheet: "分解表", address: "B3" }],
    ["'6月 通报'!$c$12", { sheet: "6月 通报", address: "C12" }],
    ["'it''s'!A1", { sheet: "it's", address: "A1" }],
    ["B3", null],
    ["分解表!", null],
  ])("%p", (reference, expected) => {
    expect(splitReference(reference)).toEqual(expected);
  });

  it("undoes sheetReference for any sheet name Excel allows", () => {
    const nameChar = fc.constantFrom(..."分解表 月度完成abcXYZ019_-.!'()（）".split(""));
    const name = fc
      .array(nameChar, { minLength: 1, maxLength: 31 })
      .map((chars) => chars.join(""))
      .filter(
        (text) =>
          !text.startsWith("'") && !text.endsWith("'") && text.trim() === text && text !== ""
      );
    const letters = fc.stringMatching(/^[A-Z]{1,3}$/);
    fc.assert(
      fc.property(name, letters, fc.integer({ min: 1, max: 1048576 }), (sheet, column, row) => {
        expect(splitReference(sheetReference(sheet, `${column}${row}`))).toEqual({
          sheet,
          address: `${column}${row}`,
        });
      })
    );
  });
});

describe("describeError", () => {
  it.each([
    [
      new PaneError("noWorkbook"),
      "en-US",
      "No workbook is available: open the add-in in Excel, or load an .xlsx workbook in the preview first",
    ],
    [
      new AssessError("value", "tableSheetNotFound", { sheet: "分解表" }),
      "zh-CN",
      "找不到工作表“分解表”",
    ],
    [
      new WorkbookError("cellEditMode"),
      "en-US",
      "Excel is editing a cell: press Enter or Esc to finish editing, then retry",
    ],
    [new Error("boom"), "zh-CN", "发生未知错误：boom"],
    ["plain", "en-US", "An unexpected error occurred: plain"],
  ] as const)("%p in %s", (error, locale, text) => {
    expect(describeError(error, locale)).toBe(text);
  });
});
