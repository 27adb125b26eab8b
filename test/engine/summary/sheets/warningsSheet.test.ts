import { Dec } from "../../../../src/engine/kernel/decimal";
import { buildMonthlySummary } from "../../../../src/engine/summary/buildMonthlySummary";
import { warningsSheet } from "../../../../src/engine/summary/sheets/warningsSheet";
import { WarningNotice } from "../../../../src/engine/summary/summaryTypes";
import { seedWorkbook, sheetOf } from "../../fixtures/seedWorkbook";
import { emptySheetsInput as empty } from "../../fixtures/sheetsInput";

const notice = (kind: WarningNotice["kind"]): WarningNotice => ({
  kind,
  indicator: "招商引资(引进市外资金)",
  measure: "绝对量",
  measureUnit: "亿元",
  leadUnit: "县经合局",
  cooperatingUnits: ["县发改局", "县经贸局"],
  leader: "魏巍",
  person: "王某",
  target: 18.22,
  paceTarget: 10.39,
  actual: 10.1,
  paceGap: -29 / 1822,
  arrears: 0.29,
  remainingMonthly: 1.624,
  month: 7,
  reason: "截至7月累计完成10.1亿元",
});

describe("warningsSheet", () => {
  it.each([
    ["notice", "预警提示单", "#FFEB9C"],
    ["supervision", "督办单", "#FFC7CE"],
  ] as const)("a %s is written %s on %s", (kind, word, fill) => {
    const sheet = warningsSheet({
      ...empty,
      month: 7,
      warnings: [notice(kind)],
      warningGaps: [new Dec("-0.29").div("18.22")],
    });
    expect(sheet.rows).toEqual([
      [
        word,
        "招商引资(引进市外资金)",
        "绝对量",
        "亿元",
        "县经合局",
        "县发改局、县经贸局",
        "魏巍",
        "王某",
        18.22,
        10.39,
        10.1,
        -1450 / 911,
        0.29,
        1.624,
        "截至7月累计完成10.1亿元",
      ],
    ]);
    expect(sheet.rowFills).toEqual([fill]);
  });

  it.each([
    [0.05, 7, "落后5个百分点及以上", "数据截至7月底", "后5个月月均任务"],
    [0.1, 12, "落后10个百分点及以上", "数据截至12月底", "后续月均任务"],
  ])("band %p at month %p: %s, %s, %s", (band, month, bandWords, dateWords, header) => {
    const sheet = warningsSheet({ ...empty, band, month });
    expect(sheet.subtitle).toContain(bandWords);
    expect(sheet.subtitle).toContain(dateWords);
    expect(sheet.columns[13].header).toBe(header);
    expect(sheet.name).toBe(`${month}月预警`);
  });
});

describe("warningsSheet of seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("warnings sheet: kinds in Chinese and fills", () => {
    const warnings = sheetOf(summary, "warnings");
    expect(warnings.columns.map((column) => column.header)).toEqual([
      "类型",
      "指标",
      "口径",
      "单位",
      "牵头单位",
      "配合单位",
      "包抓领导",
      "责任人",
      "年度目标",
      "序时目标",
      "累计完成",
      "进度差（百分点）",
      "欠账",
      "后5个月月均任务",
      "说明",
    ]);
    expect(warnings.rows.map((row) => row[0])).toEqual([
      "督办单",
      "督办单",
      "预警提示单",
      "预警提示单",
      "督办单",
      "约谈",
    ]);
    expect(warnings.rowFills).toEqual([
      "#FFC7CE",
      "#FFC7CE",
      "#FFEB9C",
      "#FFEB9C",
      "#FFC7CE",
      "#F8CBAD",
    ]);
    // No 全市排名 sheet: 县财政局 is last-but-one of 7 and behind pace in June and in July
    expect(warnings.rows[5][11]).toBeCloseTo(-175 / 34, 12);
    expect([...warnings.rows[5].slice(0, 11), ...warnings.rows[5].slice(12)]).toEqual([
      "约谈",
      "（本县责任单位排名）",
      "",
      "",
      "县财政局",
      "",
      "叶稳太",
      "张正银",
      null,
      null,
      null,
      null,
      null,
      "6月本县排名第7/7，进度差-2.2个百分点；7月本县排名第6/7，进度差-5.1个百分点；连续2期排名靠后，提请约谈",
    ]);
    expect(warnings.subtitle).toContain(
      "连续2期本县责任单位排名后3位（无全市排名表）的列入约谈名单"
    );
  });
});
