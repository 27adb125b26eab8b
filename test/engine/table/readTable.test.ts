import { diagnosticText, diagnosticTexts } from "../fixtures/diagnosticText";
import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { parseCheckpoint } from "../../../src/engine/pace/parseCheckpoint";
import { readTable } from "../../../src/engine/table/readTable";
import { Diagnostic, IndicatorRecord, TableModel } from "../../../src/engine/table/tableModel";
import { traditionalLedger, monthlyActualsLong, monthlyActualsWide } from "../fixtures/ledgerGrids";
import { sheet } from "../fixtures/sheet";
import { ZHENBA_HEADER, parseZhenba, zhenbaGrid } from "../fixtures/zhenbaGrid";

const _ = null;

function read(
  sheets: GridSheet[],
  options?: Parameters<typeof readTable>[1]
): { table: TableModel; diagnostics: Diagnostic[] } {
  const result = readTable(sheets, options);
  if (result.table === null) {
    throw new Error(`no table: ${JSON.stringify(result.diagnostics)}`);
  }
  return { table: result.table, diagnostics: result.diagnostics };
}

function find(table: TableModel, key: string): IndicatorRecord {
  const record = table.indicators.find((indicator) => indicator.key === key);
  if (record === undefined) {
    throw new Error(
      `no indicator ${key} among ${table.indicators.map((indicator) => indicator.key).join(", ")}`
    );
  }
  return record;
}

const checkpointsOf = (record: IndicatorRecord): string[] =>
  record.checkpoints.map((checkpoint) => `${checkpoint.month}:${checkpoint.target}`);
const codes = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.cell}`).sort();

describe("readTable on seed 000's decomposition table (seed layout, merged cells)", () => {
  const { table, diagnostics } = read([zhenbaGrid()]);

  it("finds the header under the title and reads the seed layout", () => {
    expect(table.sheet).toBe("分解表");
    expect(table.layout).toBe("seed");
    expect(table.headerRows).toEqual([2, 2]);
    expect(table.columns.map((column) => `${column.role}:${column.column}`)).toEqual([
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

  it("reads all 22 indicators and 27 indicator-measure records", () => {
    expect(new Set(table.indicators.map((record) => record.name)).size).toBe(22);
    expect(table.indicators).toHaveLength(27);
  });

  it("reports only the fixed-asset investment conflict, naming both cells, and uses 全年", () => {
    expect(diagnostics).toHaveLength(1);
    const [conflict] = diagnostics;
    expect(conflict).toMatchObject({
      code: "checkpoint_conflict",
      severity: "warning",
      sheet: "分解表",
      cell: "F27",
    });
    expect(formatDiagnostic(conflict, "zh-CN")).toBe(
      "分解表!F27：“全社会固定资产投资”（绝对量）1-12月目标73.23与分解表!F29的全年目标73.8不一致，已采用全年的73.8"
    );
    expect(formatDiagnostic(conflict, "en-US")).toContain("F29");
    const investment = find(table, "全社会固定资产投资|绝对量");
    expect(investment.annualTarget).toBe(73.8);
    expect(investment.checkpoints.find((checkpoint) => checkpoint.month === 12)).toEqual({
      month: 12,
      target: 73.8,
      label: "全年",
      cell: "F29",
    });
    expect(checkpointsOf(investment)).toEqual([
      "6:26.15",
      "7:30.3",
      "8:37.29",
      "9:43.19",
      "10:51.98",
      "11:64.19",
      "12:73.8",
    ]);
  });

  it("reads 地方财政收入 绝对量 with its people", () => {
    const revenue = find(table, "地方财政收入|绝对量");
    expect(revenue).toMatchObject({
      name: "地方财政收入",
      measure: "absolute",
      measureLabel: "绝对量",
      unit: "万元",
      direction: "higher",
      annualTarget: 13600,
      leader: "叶稳太",
      leadUnit: "县财政局",
      units: ["县财政局"],
      persons: ["张正银"],
      person: "张正银",
      supervisors: ["市财政局"],
      row: 9,
      source: "分解表!A9",
      actuals: [],
    });
    expect(revenue.checkpoints).toEqual([
      { month: 6, target: 6800, label: "上半年", cell: "F9" },
      { month: 9, target: 9500, label: "前三季度", cell: "F11" },
      { month: 12, target: 13600, label: "全年", cell: "F13" },
    ]);
  });

  it("reads 地方财政收入 增幅 from the rows between (checkpoint cells merged over both measures)", () => {
    const growth = find(table, "地方财政收入|增幅");
    expect(growth.measure).toBe("growth");
    expect(growth.unit).toBe("%");
    expect(checkpointsOf(growth)).toEqual(["6:8.4", "9:22.16", "12:10"]);
  });

  it("reads the PM10 ceilings as lower-is-better", () => {
    const pm10 = find(table, "空气中可吸入颗粒物(PM10)浓度|绝对量");
    expect(pm10.direction).toBe("lower");
    expect(pm10.unit).toBe("μg/m3");
    expect(checkpointsOf(pm10)).toEqual(["6:72", "9:65", "12:60"]);
  });

  it.each([
    ["二氧化硫削减比|绝对量", ["6:0", "12:0"]],
    ["氮氧化物削减比|绝对量", ["6:0", "12:0"]],
    ["挥发性有机物排放下降|绝对量", ["6:0", "12:0"]],
    ["化学需氧量削减比|绝对量", ["6:1", "12:1"]],
    ["万元GDP能耗下降率|绝对量", ["6:2.2", "9:2.2", "12:2.2"]],
  ])("keeps the reduction %s higher-is-better with targets %j", (key, expected) => {
    const record = find(table, key);
    expect(record.direction).toBe("higher");
    expect(checkpointsOf(record)).toEqual(expected);
  });

  it("reads 第二产业增加值 as a growth rate with its two units spread over the block", () => {
    const secondary = find(table, "第二产业增加值|增幅");
    expect(secondary).toMatchObject({
      measure: "growth",
      unit: "%",
      annualTarget: 18,
      units: ["县统计局", "县经贸局"],
      leadUnit: "县统计局",
      persons: ["刘明江", "冯启彬"],
      person: "刘明江",
      supervisors: ["市统计局", "市工信委", "市商务局", "市发改委"],
    });
  });

  it("infers 招商引资's measure from its unit (the seed leaves it blank)", () => {
    const investment = find(table, "招商引资(引进市外资金)|绝对量");
    expect(investment.measure).toBe("absolute");
    expect(investment.unit).toBe("亿元");
    expect(checkpointsOf(investment)).toEqual(["6:8.75", "9:13.67", "12:18.22"]);
  });

  it("takes the annual target from 1-12月 when there is no 全年 (规上工业增加值)", () => {
    expect(find(table, "规上工业增加值|绝对量").annualTarget).toBe(14.31);
    expect(find(table, "规上工业增加值|增幅").annualTarget).toBe(10.6);
  });

  it("reproduces every line of the transcription", () => {
    const rows = parseZhenba();
    for (const row of rows) {
      const record = find(table, `${row.indicator}|${row.measure}`);
      const month = parseCheckpoint(row.checkpoint);
      const checkpoint = record.checkpoints.find((candidate) => candidate.month === month);
      const expected =
        row.indicator === "全社会固定资产投资" &&
        row.checkpoint === "1-12月" &&
        row.measure === "绝对量"
          ? "73.8"
          : row.target.replace("≤", "");
      expect(`${record.name} ${row.checkpoint} ${checkpoint?.target}`).toBe(
        `${record.name} ${row.checkpoint} ${Number(expected)}`
      );
      expect(record.unit).toBe(row.unit);
      expect(record.leader).toBe(row.leader);
      expect(record.units).toEqual(row.responsible.map(([unit]) => unit));
      expect(record.persons).toEqual(row.responsible.map(([, person]) => person));
      expect(record.supervisors).toEqual(row.supervisors);
    }
  });

  it("reads the same table written without merges, the name on every row", () => {
    const rows = parseZhenba();
    const flat = sheet("分解表", [
      [...ZHENBA_HEADER],
      ...rows.map((row): CellValue[] => [
        row.indicator,
        row.measure,
        row.checkpoint,
        row.supervisors.join(";"),
        row.unit,
        row.target,
        row.leader,
        row.responsible.map(([unit, person]) => `${unit}:${person}`).join(";"),
        _,
      ]),
    ]);
    const plain = read([flat]);
    expect(
      plain.table.indicators.map((record) => [
        record.key,
        checkpointsOf(record),
        record.units,
        record.person,
      ])
    ).toEqual(
      table.indicators.map((record) => [
        record.key,
        checkpointsOf(record),
        record.units,
        record.person,
      ])
    );
    expect(codes(plain.diagnostics)).toEqual(["checkpoint_conflict@F26"]);
  });
});

describe("readTable on a ledger in traditional characters (two-row header)", () => {
  const { table, diagnostics } = read([traditionalLedger()]);

  it("finds the two-row header: 考核任務 over checkpoints, 累計完成 over months", () => {
    expect(table.layout).toBe("ledger");
    expect(table.headerRows).toEqual([2, 3]);
    expect(
      table.columns.map((column) => `${column.role}:${column.column}:${column.month ?? ""}`)
    ).toEqual([
      "indicator:1:",
      "measure:2:",
      "unit:3:",
      "checkpointTarget:4:6",
      "checkpointTarget:5:9",
      "checkpointTarget:6:12",
      "actual:7:6",
      "actual:8:7",
      "actual:9:8",
      "leader:10:",
      "leadUnit:11:",
      "cooperatingUnits:12:",
      "person:13:",
    ]);
  });

  it("reports exactly the bad cells, and the good rows still come through", () => {
    expect(codes(diagnostics)).toEqual([
      "duplicate_indicator@B11",
      "not_a_number@F9",
      "suspect_magnitude@I12",
      "unreadable_actual@H9",
    ]);
    const textOf = (code: string): string | undefined => {
      const found = diagnostics.find((diagnostic) => diagnostic.code === code);
      return found === undefined ? undefined : formatDiagnostic(found, "zh-CN");
    };
    expect(textOf("not_a_number")).toBe("考核臺賬!F9：“約1.2”不是数字，已跳过该目标");
    expect(textOf("duplicate_indicator")).toBe(
      "考核臺賬!B11：指标“地方財政收入”（绝对量）与第4行重复，已跳过此处"
    );
    expect(table.indicators.map((record) => record.key)).toEqual([
      "地方財政收入|绝对量",
      "地方財政收入|增幅",
      "全社會固定資產投資|绝对量",
      "空氣中可吸入顆粒物(PM10)濃度|绝对量",
      "旅遊總收入|绝对量",
      "規上工業增加值|增幅",
      "招商引資(引進市外資金)|绝对量",
    ]);
  });

  it("reads 地方財政收入 with checkpoint targets, cumulative actuals and people", () => {
    const revenue = find(table, "地方財政收入|绝对量");
    expect(revenue).toMatchObject({
      unit: "萬元",
      annualTarget: 13600,
      leader: "叶穩太",
      units: ["縣財政局", "縣稅務局"],
      leadUnit: "縣財政局",
      person: "張正銀",
      row: 4,
      source: "考核臺賬!B4",
    });
    expect(revenue.checkpoints).toEqual([
      { month: 6, target: 6800, label: "上半年", cell: "E4" },
      { month: 9, target: 9500, label: "前三季度", cell: "F4" },
      { month: 12, target: 13600, label: "全年", cell: "G4" },
    ]);
    expect(revenue.actuals).toEqual([
      { month: 6, value: 6900, cell: "H4" },
      { month: 7, value: 7650, cell: "I4" },
    ]);
  });

  it("reads the 增幅 row under the merged name, with 9.5% as 9.5", () => {
    const growth = find(table, "地方財政收入|增幅");
    expect(checkpointsOf(growth)).toEqual(["6:8.4", "9:22.16", "12:10"]);
    expect(growth.actuals.map((actual) => `${actual.month}:${actual.value}`)).toEqual([
      "6:9.5",
      "7:10.2",
    ]);
    expect(growth.units).toEqual(["縣財政局", "縣稅務局"]);
  });

  it("pairs two units with two persons written in one cell each", () => {
    const investment = find(table, "全社會固定資產投資|绝对量");
    expect(investment.units).toEqual(["縣發改局", "縣統計局"]);
    expect(investment.persons).toEqual(["彭代軍", "劉明江"]);
    expect(investment.person).toBe("彭代軍");
  });

  it("reads ceilings as lower-is-better, skips the text target and keeps the unreadable actual as null", () => {
    const pm10 = find(table, "空氣中可吸入顆粒物(PM10)濃度|绝对量");
    expect(pm10.direction).toBe("lower");
    expect(checkpointsOf(pm10)).toEqual(["6:72", "9:65", "12:60"]);
    const tourism = find(table, "旅遊總收入|绝对量");
    expect(checkpointsOf(tourism)).toEqual(["6:0.7", "12:1.63"]);
    expect(tourism.actuals).toEqual([
      { month: 6, value: null, cell: "H9" },
      { month: 7, value: 0.81, cell: "I9" },
    ]);
  });

  it("reads a full-width minus and the cooperating unit", () => {
    const industry = find(table, "規上工業增加值|增幅");
    expect(checkpointsOf(industry)).toEqual(["6:-1.2", "9:15.1", "12:10.6"]);
    expect(industry.units).toEqual(["縣經貿局", "縣統計局"]);
  });
});

describe("readTable with actuals on a separate sheet", () => {
  it("joins a 月度完成 sheet automatically and reports what it cannot join", () => {
    const { table, diagnostics } = read([zhenbaGrid(), monthlyActualsWide()]);
    expect(find(table, "地方财政收入|绝对量").actuals).toEqual([
      { month: 6, value: 6900, cell: "C2", sheet: "月度完成" },
      { month: 7, value: 7700, cell: "D2", sheet: "月度完成" },
    ]);
    expect(find(table, "地方财政收入|增幅").actuals.map((actual) => actual.value)).toEqual([
      9.5, 10.2,
    ]);
    expect(find(table, "全社会固定资产投资|绝对量").actuals.map((actual) => actual.value)).toEqual([
      27.1, 31.2,
    ]);
    expect(find(table, "全社会固定资产投资|增幅").actuals).toEqual([]);
    expect(
      find(table, "招商引资(引进市外资金)|绝对量").actuals.map((actual) => actual.value)
    ).toEqual([9, 10]);
    expect(codes(diagnostics)).toEqual([
      "checkpoint_conflict@F27",
      "suspect_magnitude@D8",
      "unmatched_actual@A6",
      "unreadable_actual@C7",
    ]);
    const unmatched = diagnostics.find((diagnostic) => diagnostic.code === "unmatched_actual");
    expect(unmatched?.sheet).toBe("月度完成");
    expect(unmatched === undefined ? undefined : formatDiagnostic(unmatched, "zh-CN")).toBe(
      "月度完成!A6：“县域经济综合排名（绝对量）”在分解表中找不到对应指标，该行完成数未导入"
    );
  });

  it("picks the table sheet even when a long-form 月度完成情況 sheet comes first", () => {
    const { table, diagnostics } = read([monthlyActualsLong(), zhenbaGrid()]);
    expect(table.sheet).toBe("分解表");
    expect(
      find(table, "地方财政收入|绝对量").actuals.map((actual) => `${actual.month}:${actual.value}`)
    ).toEqual(["6:6900", "7:7700"]);
    expect(
      find(table, "地方财政收入|增幅").actuals.map((actual) => `${actual.month}:${actual.value}`)
    ).toEqual(["7:10.2"]);
    expect(
      find(table, "专利申请量|绝对量").actuals.map((actual) => `${actual.month}:${actual.value}`)
    ).toEqual(["7:12"]);
    expect(codes(diagnostics)).toEqual(["checkpoint_conflict@F27", "unknown_checkpoint@C6"]);
  });
});

describe("readTable diagnostics, one kind at a time", () => {
  const header: CellValue[] = [
    "序号",
    "指标名称",
    "口径",
    "时间节点",
    "计量单位",
    "目标（万元）",
    "方向",
    "责任单位",
    "责任人",
    "7月累计完成",
    "累计完成",
  ];
  const row = (...cells: CellValue[]): CellValue[] => [
    ...cells,
    ...Array<CellValue>(header.length - cells.length).fill(null),
  ];
  const grid = sheet(
    "分解表",
    [
      ["某县2019年市考指标任务分解表", ...Array<CellValue>(header.length - 1).fill(null)],
      header,
      row(
        1,
        "固定资产投资",
        "绝对量",
        "上半年",
        "万元",
        261500,
        _,
        "县发改局:彭代军;县统计局:刘明江"
      ),
      row(_, _, "绝对量", "全年", "亿元", 73.8),
      row(2, "财政收入", "绝对量", "下半年", "万元", 5000),
      row(_, _, "绝对量", "全年", "万元", "约30"),
      row(),
      row(3, "旅游收入", "合计数", "全年", "亿元", 1.63),
      row(4, "PM2.5浓度", "绝对量", "全年", "μg/m3", 35, "逆向"),
      row(5, "单位GDP能耗", "绝对量", "全年", "吨标准煤", "<=0.5", "正向"),
      row(6, "专利申请量", "绝对量", _, "件", 25),
      row(7, "外贸进出口总额", "绝对量", "全年", "万元", _),
      row(8, "招商引资", "绝对量", "全年", "亿元", 18.22, "不详"),
      row(9, "新增规上企业", "绝对量", "全年", "户", 10, _, "县经贸局", "冯启彬", 6),
      row(_, _, _, _, _, _, _, _, _, 7),
      row(10, "城镇化率", "绝对量", "全年", "%", "12%"),
      row(11, "税收收入", "绝对量", "上半年", "万元", "1,234.5"),
      row(_, _, "绝对量", "前三季度", "万元", "１，８００"),
      row(_, _, "绝对量", "全年", "万元", " 2400 "),
      row(12, "细颗粒物", "绝对量", "上半年", "μg/m3", "不高于72"),
      row(_, _, "绝对量", "前三季度", "μg/m3", "控制在65以内"),
      row(_, _, "绝对量", "全年", "μg/m3", "<=60"),
      row(13, "地方财政收入", "绝对量", "全年", "万元", "#N/A"),
      row(14, "固定资产投资", "绝对量", "全年", "亿元", 80),
    ],
    [
      { top: 0, left: 0, bottom: 0, right: header.length - 1 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ],
    [4, 5]
  );
  const { table, diagnostics } = read([grid]);

  it.each([
    [
      "actual_without_month",
      "K2",
      "warning",
      "分解表!K2：看不出“累计完成”列是几月的完成数，已忽略该列",
    ],
    [
      "unit_changed",
      "E4",
      "warning",
      "分解表!E4：“固定资产投资”的单位由“万元”变为“亿元”，请核对数值（按“万元”读取）",
    ],
    [
      "unknown_checkpoint",
      "D5",
      "error",
      "分解表!D5：无法识别的时间节点“下半年”，已跳过（可用：一季度、上半年、前三季度、全年、1-7月、7月等）",
    ],
    ["not_a_number", "F6", "error", "分解表!F6：“约30”不是数字，已跳过该目标"],
    ["unknown_measure", "C8", "warning", "分解表!C8：无法识别的口径“合计数”，按绝对量读取"],
    [
      "missing_checkpoint",
      "D11",
      "warning",
      "分解表!D11：“专利申请量”（绝对量）的目标没有时间节点，按全年目标读取",
    ],
    ["missing_target", "F12", "warning", "分解表!F12：“外贸进出口总额”（绝对量）没有目标值"],
    [
      "unknown_direction",
      "G13",
      "warning",
      "分解表!G13：无法识别的方向“不详”，按正向（越高越好）读取",
    ],
    [
      "actual_conflict",
      "J15",
      "warning",
      "分解表!J15：“新增规上企业”（绝对量）7月实际完成7与分解表!J14的6不一致，已采用分解表!J14的数值",
    ],
    ["not_a_number", "F23", "error", "分解表!F23：“#N/A”不是数字，已跳过该目标"],
    [
      "duplicate_indicator",
      "B24",
      "warning",
      "分解表!B24：指标“固定资产投资”（绝对量）与第3行重复，已跳过此处",
    ],
  ])("%s at %s", (code, cell, severity, message) => {
    const found = diagnostics.filter(
      (diagnostic) => diagnostic.code === code && diagnostic.cell === cell
    );
    expect(found).toHaveLength(1);
    expect(diagnosticText(found[0])).toMatchObject({ sheet: "分解表", severity, message });
    expect(formatDiagnostic(found[0], "en-US").startsWith(`分解表!${cell}: `)).toBe(true);
  });

  it("reports nothing else", () => {
    expect(diagnostics).toHaveLength(11);
  });

  it("still reads the good rows around the bad ones (hidden rows included)", () => {
    expect(
      table.indicators.map((record) => `${record.name}:${checkpointsOf(record).join(",")}`)
    ).toEqual([
      "固定资产投资:6:261500,12:73.8",
      "财政收入:",
      "旅游收入:12:1.63",
      "PM2.5浓度:12:35",
      "单位GDP能耗:12:0.5",
      "专利申请量:12:25",
      "外贸进出口总额:",
      "招商引资:12:18.22",
      "新增规上企业:12:10",
      "城镇化率:12:12",
      "税收收入:6:1234.5,9:1800,12:2400",
      "细颗粒物:6:72,9:65,12:60",
      "地方财政收入:",
    ]);
    expect(find(table, "固定资产投资|绝对量").units).toEqual(["县发改局", "县统计局"]);
    expect(find(table, "固定资产投资|绝对量").person).toBe("彭代军");
    expect(find(table, "新增规上企业|绝对量").actuals).toEqual([
      { month: 7, value: 6, cell: "J14" },
    ]);
  });

  it.each([
    ["PM2.5浓度|绝对量", "lower"],
    ["单位GDP能耗|绝对量", "higher"],
    ["细颗粒物|绝对量", "lower"],
    ["招商引资|绝对量", "higher"],
  ])("direction of %s is %s (a direction column wins over ceilings)", (key, direction) => {
    expect(find(table, key).direction).toBe(direction);
  });

  it("takes the unit from the header's brackets when the row gives none", () => {
    const noUnit = sheet("表", [
      ["指标", "目标（万元）"],
      ["地方财政收入", 13600],
    ]);
    expect(read([noUnit]).table.indicators[0]).toMatchObject({
      unit: "万元",
      annualTarget: 13600,
      measure: "absolute",
    });
  });

  it("reports a missing sheet and a missing header, returning no table", () => {
    const missing = readTable([grid], { sheet: "不存在" });
    expect(missing.table).toBeNull();
    expect(diagnosticTexts(missing.diagnostics)).toEqual([
      {
        code: "sheet_not_found",
        severity: "error",
        sheet: "不存在",
        cell: "",
        message: "找不到工作表“不存在”",
        messageEn: 'There is no worksheet "不存在"',
      },
    ]);
    const empty = sheet("Sheet1", [
      ["镇巴县6-12月市对县考核主要指标任务分解表"],
      ["地方财政收入", 6800],
    ]);
    const result = readTable([empty]);
    expect(result.table).toBeNull();
    expect(
      result.diagnostics.map(
        (diagnostic) => `${diagnostic.code}:${diagnostic.sheet}:${diagnostic.cell}`
      )
    ).toEqual(["no_header:Sheet1:"]);
    const named = readTable([empty], { sheet: "Sheet1" });
    expect(diagnosticText(named.diagnostics[0])).toMatchObject({
      code: "no_header",
      message: expect.stringMatching(/^Sheet1：前20行中找不到表头/),
    });
    expect(readTable([]).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["no_header"]);
  });

  it("reads the sheet named in the options (traditional name matching the simplified one)", () => {
    const other = sheet("說明", [
      ["指标", "目标"],
      ["甲", 1],
    ]);
    expect(read([other, grid], { sheet: "分解表" }).table.sheet).toBe("分解表");
    expect(
      read([zhenbaGrid(undefined, "分解表")], { sheet: "分解表" }).table.indicators
    ).toHaveLength(27);
    expect(
      read(
        [
          sheet("考核任務", [
            ["指標", "目標"],
            ["甲", 1],
          ]),
        ],
        { sheet: "考核任务" }
      ).table.sheet
    ).toBe("考核任務");
  });

  it("reads quarters with periods = 4", () => {
    const quarterly = sheet("表", [
      ["指标", "倒排时间", "目标"],
      ["地方财政收入", "上半年", 6800],
      [_, "全年", 13600],
    ]);
    const record = read([quarterly], { periods: 4 }).table.indicators[0];
    expect(checkpointsOf(record)).toEqual(["2:6800", "4:13600"]);
    expect(record.annualTarget).toBe(13600);
  });
});

describe("readTable never throws", () => {
  const words = [
    ...ZHENBA_HEADER,
    "考核任務",
    "累計完成",
    "上半年",
    "全年",
    "1-12月",
    "1—7月",
    "7月",
    "绝对量",
    "增幅",
    "≤72",
    "约30",
    "#N/A",
    "12%",
    "１２３",
    "万元",
    "亿元",
    "逆向",
    "下半年",
    "县统计局:刘明江;县经贸局:冯启彬",
    "",
    " ",
  ];
  const cell = fc.oneof(
    fc.constantFrom<CellValue>(...words),
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null)
  );
  const merge = fc.record({
    top: fc.integer({ min: -3, max: 40 }),
    left: fc.integer({ min: -3, max: 15 }),
    bottom: fc.integer({ min: -3, max: 40 }),
    right: fc.integer({ min: -3, max: 15 }),
  });
  const grid = fc.record({
    values: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }),
    merges: fc.array(merge, { maxLength: 8 }),
  });

  const wellFormed = (result: ReturnType<typeof readTable>): void => {
    for (const diagnostic of result.diagnostics) {
      expect(formatDiagnostic(diagnostic, "zh-CN").length).toBeGreaterThan(0);
      expect(formatDiagnostic(diagnostic, "en-US").length).toBeGreaterThan(0);
    }
    for (const record of result.table?.indicators ?? []) {
      const months = record.checkpoints.map((checkpoint) => checkpoint.month);
      expect(months).toEqual([...new Set(months)].sort((a, b) => a - b));
      expect(record.checkpoints.every((checkpoint) => Number.isFinite(checkpoint.target))).toBe(
        true
      );
      expect(record.annualTarget).toBe(
        record.checkpoints.find((checkpoint) => checkpoint.month === 12)?.target ?? null
      );
    }
  };

  it("on random grids with random (also out-of-range) merges", () => {
    fc.assert(
      fc.property(grid, grid, ({ values, merges }, second) => {
        wellFormed(
          readTable([sheet("表", values, merges), sheet("月度完成", second.values, second.merges)])
        );
      }),
      { numRuns: 300 }
    );
  });

  it("on random data under a real header", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), ({ values, merges }, ledger) => {
        const top = ledger ? traditionalLedger().values.slice(0, 3) : [[...ZHENBA_HEADER]];
        const headerMerges = ledger ? traditionalLedger().merges.slice(0, 11) : [];
        const below = merges.map((area) => ({
          ...area,
          top: Math.max(0, area.top) + top.length,
          bottom: area.bottom + top.length,
        }));
        const result = readTable([
          sheet("表", [...top.map((cells) => [...cells]), ...values], [...headerMerges, ...below]),
        ]);
        expect(result.table).not.toBeNull();
        wellFormed(result);
      }),
      { numRuns: 300 }
    );
  });
});

describe("readTable performance", () => {
  const months = Array.from({ length: 12 }, (_unused, index) => `${index + 1}月`);
  const header: CellValue[] = [
    "序号",
    "指标名称",
    "口径",
    "计量单位",
    "上半年目标",
    "前三季度目标",
    "全年目标",
    ...months.map((month) => `${month}累计完成`),
    "包抓领导",
    "责任单位",
    "配合单位",
    "责任人",
    "监管部门",
    ...Array.from({ length: 16 }, (_unused, index) => `备注${index + 1}`),
  ];
  /** A ledger of `rows` indicators × 40 columns: targets, 12 cumulative actuals and people. */
  const ledger = (rows: number): GridSheet => {
    const values: CellValue[][] = [["某县市考指标台账"], header];
    for (let index = 0; index < rows; index++) {
      const annual = 1000 + index;
      values.push([
        index + 1,
        `指标${index}`,
        index % 2 === 0 ? "绝对量" : "增幅",
        index % 2 === 0 ? "万元" : "%",
        annual / 2,
        (annual * 3) / 4,
        String(annual),
        ...months.map((_month, month) => (annual * (month + 1)) / 12),
        "魏巍",
        "县统计局",
        "县经贸局、县发改局",
        "刘明江",
        "市统计局;市发改委",
        ...Array<CellValue>(16).fill(null),
      ]);
    }
    return sheet("台账", values);
  };
  // Speed is measured by `npm run bench`, not here: this checks a large table reads right.
  it("reads 20,000 ledger rows × 40 columns", () => {
    const large = ledger(20_000);
    expect(header).toHaveLength(40);
    const { table, diagnostics } = readTable([large]);
    expect(table?.indicators).toHaveLength(20_000);
    expect(table?.indicators[19_999].actuals).toHaveLength(12);
    expect(table?.indicators[19_999].checkpoints.map((checkpoint) => checkpoint.cell)).toEqual([
      "E20002",
      "F20002",
      "G20002",
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe("IndicatorRecord.rows (区块行)", () => {
  it.each([
    ["seed 000", () => zhenbaGrid(), "地方财政收入|绝对量", [9, 11, 13]],
    ["seed 000", () => zhenbaGrid(), "地方财政收入|增幅", [10, 12, 14]],
    ["seed 000", () => zhenbaGrid(), "第二产业增加值|增幅", [3, 4, 5]],
    ["the traditional ledger", () => traditionalLedger(), "地方財政收入|绝对量", [4]],
    ["the traditional ledger", () => traditionalLedger(), "地方財政收入|增幅", [5]],
  ])("%s: %s occupies rows %j", (_label, grid, key, rows) => {
    expect(find(read([grid()]).table, key).rows).toEqual(rows);
  });

  it("lists the first row and every checkpoint row, ascending, each once", () => {
    for (const grid of [zhenbaGrid(), traditionalLedger()]) {
      for (const record of read([grid]).table.indicators) {
        expect(record.rows[0]).toBe(record.row);
        expect([...record.rows].sort((a, b) => a - b)).toEqual(record.rows);
        expect(new Set(record.rows).size).toBe(record.rows.length);
        for (const checkpoint of record.checkpoints) {
          expect(record.rows).toContain(Number(/\d+$/.exec(checkpoint.cell)?.[0]));
        }
      }
    }
  });
});
