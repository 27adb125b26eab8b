import { Dec } from "../../../../src/engine/kernel/decimal";
import { buildMonthlySummary } from "../../../../src/engine/summary/buildMonthlySummary";
import { bulletinSheet } from "../../../../src/engine/summary/sheets/bulletinSheet";
import { seedWorkbook, sheetOf } from "../../fixtures/seedWorkbook";
import { emptySheetsInput as empty, revenueIndicator } from "../../fixtures/sheetsInput";

describe("bulletinSheet", () => {
  it("words the subtitle and the remaining-task header after the settings", () => {
    const bulletin = bulletinSheet(empty);
    expect(bulletin.columns.find((column) => column.key === "remainingMonthly")?.header).toBe(
      "后续月均任务"
    );
    expect(bulletin.subtitle).toContain("时序进度100.0%（12/12）");
  });

  it("shows the pace gap in percentage points, computed exactly", () => {
    const bulletin = bulletinSheet({
      ...empty,
      month: 7,
      indicators: [revenueIndicator],
      indicatorGaps: [new Dec(-700).div(13600)],
    });
    expect(bulletin.rows[0][8]).toBe(-175 / 34);
    expect(bulletin.rows[0][19]).toBe("县税务局");
    expect(bulletin.rowFills).toEqual(["#FFC7CE"]);
  });

  it.each([
    // month, periods, time pace shown, remaining-task header
    [7, 12, "58.3", "后5个月月均任务"],
    [1, 12, "8.3", "后11个月月均任务"],
    [11, 12, "91.7", "后1个月月均任务"],
    [12, 12, "100.0", "后续月均任务"],
    [1, 3, "33.3", "后2个月月均任务"],
    [5, 24, "20.8", "后19个月月均任务"],
  ])("month %d of %d: time pace %s%%, header %s", (month, periods, pace, header) => {
    const bulletin = bulletinSheet({ ...empty, month, periods });
    expect(bulletin.subtitle).toContain(`时序进度${pace}%（${month}/${periods}）`);
    expect(bulletin.columns[11].header).toBe(header);
    expect(bulletin.name).toBe(`${month}月进度通报`);
  });

  it.each([
    ["linear", "序时目标按均衡进度（年度目标×月数/期数）"],
    ["checkpoint", "序时目标按倒排时间节点插值"],
    [undefined, "序时目标有年内时间节点的按节点插值，其余按均衡进度"],
  ] as const)("names the pace method %p", (method, words) => {
    const bulletin = bulletinSheet({ ...empty, ...(method === undefined ? {} : { method }) });
    expect(bulletin.subtitle).toContain(words);
  });

  it.each([
    // gap (fraction, exact), shown in points, bar colour
    ["-0.05", -5, "#FF0000"],
    ["0.1", 10, "#00B050"],
    ["0", 0, "#00B050"],
    ["-0.0001", -0.01, "#FF0000"],
    [null, null, "#A6A6A6"],
  ])("gap %p shows %p points with a %s bar", (gap, points, colour) => {
    const bulletin = bulletinSheet({
      ...empty,
      month: 7,
      indicators: [revenueIndicator],
      indicatorGaps: [gap === null ? null : new Dec(gap)],
    });
    expect(bulletin.rows[0][8]).toBe(points);
    expect(bulletin.chart?.pointColors).toEqual([colour]);
  });

  it("names the band in the subtitle (0.025 → 2.5 points)", () => {
    expect(bulletinSheet({ ...empty, band: 0.025 }).subtitle).toContain(
      "落后不足2.5个百分点为滞后，达到或超过为严重滞后"
    );
  });
});

describe("bulletinSheet of seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("bulletin: every indicator, pace gap in points, status fills, a red/green chart", () => {
    const bulletin = sheetOf(summary, "bulletin");
    expect(bulletin.columns.map((column) => column.header)).toEqual([
      "序号",
      "指标",
      "口径",
      "单位",
      "年度目标",
      "序时目标",
      "累计完成",
      "完成率",
      "进度差（百分点）",
      "欠账",
      "新欠账",
      "后5个月月均任务",
      "7月当月完成",
      "较上月",
      "增减%",
      "上年同期",
      "绝对量欠账",
      "状态",
      "牵头单位",
      "配合单位",
      "包抓领导",
      "责任人",
      "来源",
    ]);
    expect(bulletin.columns.find((column) => column.key === "completion")?.numberFormat).toBe(
      "0.0%"
    );
    expect(bulletin.rows).toHaveLength(summary.indicators.length);
    const row = summary.indicators.findIndex(
      (indicator) => indicator.name === "地方财政收入" && indicator.measure === "绝对量"
    );
    expect(bulletin.rows[row]).toEqual([
      row + 1,
      "地方财政收入",
      "绝对量",
      "万元",
      13600,
      7700,
      7000,
      7000 / 13600,
      -175 / 34,
      700,
      400,
      1320,
      500,
      null,
      null,
      null,
      null,
      "严重滞后",
      "县财政局",
      "",
      "叶稳太",
      "张正银",
      "分解表!A9",
    ]);
    const fills = {
      on_pace: "#C6EFCE",
      lagging: "#FFEB9C",
      serious: "#FFC7CE",
      not_reported: "#E7E6E6",
      actual_unreadable: "#F8CBAD",
      target_missing: "#DDEBF7",
    };
    expect(bulletin.rowFills).toEqual(
      summary.indicators.map((indicator) => fills[indicator.status])
    );
    expect(bulletin.rowFills[row]).toBe("#FFC7CE");
    expect(bulletin.subtitle).toContain("时序进度58.3%（7/12）");
    expect(bulletin.subtitle).toContain("落后不足5个百分点为滞后");
    expect(bulletin.chart?.valueColumn).toBe("paceGap");
    expect(bulletin.chart?.pointColors[row]).toBe("#FF0000");
    const onPace = summary.indicators.findIndex((indicator) => indicator.name === "专利申请量");
    expect(bulletin.chart?.pointColors[onPace]).toBe("#00B050");
  });
});
