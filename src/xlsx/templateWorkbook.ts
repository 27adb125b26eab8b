import ExcelJS from "exceljs";
import {
  defaultRules,
  CellValue,
  AdjustmentRule,
  RuleKind,
  planSettingsSheet,
  settingsSheetName,
} from "../engine";
import { addListValidation } from "./addListValidation";
import { addYearEndSheets } from "./addYearEndSheets";
import { gridOf } from "./gridOf";
import { LedgerColumn, writeLedgerSheet } from "./writeLedgerSheet";
import { writeSettingsPlan } from "./writeSettingsPlan";
import { SheetLayout, writeSheetSpec } from "./writeSheetSpec";

/** The sheets of the template, in order. */
export const templateSheetNames = [
  "分解表",
  "月度完成",
  "加减分规则",
  "加减分登记",
  "报送登记",
  "全市排名",
  "年度评分",
  "设置",
] as const;

const isoDate = "yyyy-mm-dd";
const lastInputRow = 500;

/** 计分方式 words the rules reader takes. */
const kindWords: Readonly<Record<RuleKind, string>> = {
  per_event: "每次",
  range: "区间",
  proportional: "按比例",
};

const printSetup: SheetLayout["print"] = {
  orientation: "landscape",
  paperSize: "A4",
  fitToPagesWide: 1,
  fitToPagesTall: 0,
  titleRows: [3, 3],
};

/** The columns of a 加减分规则 sheet, headed as the reader expects them. */
export const ruleColumns = [
  { header: "规则编号", width: 9 },
  { header: "类别", width: 7 },
  { header: "计分方式", width: 9 },
  { header: "分值", width: 7, numberFormat: "0.00" },
  { header: "最高分值", width: 9, numberFormat: "0.00" },
  { header: "累计上限", width: 9, numberFormat: "0.00" },
  { header: "说明", width: 70 },
] as const;

/** One rule as a row of a 加减分规则 sheet. */
export function ruleRow(rule: AdjustmentRule): CellValue[] {
  return [
    rule.code,
    rule.side === "bonus" ? "加分" : "减分",
    kindWords[rule.kind],
    rule.points,
    rule.pointsMax ?? null,
    rule.cap ?? null,
    rule.description,
  ];
}

/** A flat side sheet: title, note, one header row, example rows. */
function sideLayout(
  title: string,
  subtitle: string,
  columns: readonly { header: string; width: number; numberFormat?: string }[],
  rows: SheetLayout["rows"]
): SheetLayout {
  return {
    title,
    subtitle,
    columns: columns.map((column) => ({
      key: column.header,
      header: column.header,
      width: column.width,
      numberFormat: column.numberFormat ?? "General",
    })),
    rows,
    rowFills: rows.map(() => null),
    cellStyles: [],
    freeze: { rows: 3, columns: 1 },
    print: printSetup,
  };
}

/** Date cells of example rows: exceljs writes a Date as a date serial. */
function setDates(worksheet: ExcelJS.Worksheet, column: number, dates: readonly string[]): void {
  dates.forEach((date, index) => {
    const cell = worksheet.getCell(4 + index, column);
    cell.value = new Date(`${date}T00:00:00Z`);
    cell.numFmt = isoDate;
  });
}

/**
 * 空白模板 (blank template): a workbook with the sheets the add-in reads, styled, with two example
 * rows each (加减分规则: seed 003's 25 rules from `defaultRules()`), column widths, frozen headers,
 * A4 landscape printing and drop-down lists (方向 正向/逆向, 口径 绝对量/增幅, 市考 是/否, 类别, 计分方式,
 * 规则编号 from the rules sheet).
 * - 分解表: ledger style — 指标名称, 口径, 单位, 方向, 目标 (上半年, 前三季度, 全年), 累计完成 (1月…12月),
 *   包抓领导, 责任单位, 配合单位, 责任人, under a two-row header;
 * - 月度完成: 指标名称, 口径, 月份, 累计完成 (one row per indicator and month, for actuals reported apart);
 * - 加减分规则: 规则编号, 类别, 计分方式, 分值, 最高分值, 累计上限, 说明;
 * - 加减分登记: 单位, 规则编号, 次数, 分值, 数量, 事由, 日期, 市考;
 * - 报送登记: 单位, 月份, 报送日期;
 * - 全市排名: 指标名称, 口径, 月份, 全市排名, 参评县数, 组别, 组内排名, 组内县数 (the city's ranks);
 * - 年度评分 and 设置: the year-end scores and settings (see `addYearEndSheets`), and below them
 *   the monthly settings they do not name (`monthlyDefinitions`, as `planSettingsSheet` appends).
 */
export function templateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ASSESS";

  const number = (header: string, width = 10): LedgerColumn => ({
    header,
    width,
    numberFormat: "0.00",
  });
  const months = Array.from({ length: 12 }, (_, index) => number(`${index + 1}月`, 9));
  writeLedgerSheet(workbook.addWorksheet("分解表"), {
    title: "××县××××年市考指标任务分解表",
    subtitle:
      "填表说明：每个指标每种口径一行（绝对量、增幅分行）；目标填各时间节点的累计目标；累计完成填各月末累计数；逆向指标（如PM10浓度，越低越好）方向填“逆向”；责任单位只填牵头单位，其余填配合单位，多个用顿号分隔。示例行可删除。",
    parts: [
      { header: "指标名称", width: 26 },
      { header: "口径", width: 8, choices: ["绝对量", "增幅"] },
      { header: "单位", width: 8 },
      { header: "方向", width: 7, choices: ["正向", "逆向"] },
      { group: "目标", columns: [number("上半年"), number("前三季度"), number("全年")] },
      { group: "累计完成", columns: months },
      { header: "包抓领导", width: 10 },
      { header: "责任单位", width: 14 },
      { header: "配合单位", width: 18 },
      { header: "责任人", width: 10 },
    ],
    rows: [
      [
        "地方财政收入",
        "绝对量",
        "万元",
        "正向",
        6800,
        9500,
        13600,
        1050,
        2180,
        3390,
        4420,
        5530,
        6750,
        null,
        null,
        null,
        null,
        null,
        null,
        "叶稳太",
        "县财政局",
        "县税务局",
        "张正银",
      ],
      [
        "空气中可吸入颗粒物(PM10)浓度",
        "绝对量",
        "μg/m3",
        "逆向",
        72,
        65,
        60,
        80,
        77,
        74,
        71,
        69,
        68,
        null,
        null,
        null,
        null,
        null,
        null,
        "路志红",
        "县环保局",
        "县住建局、县交通局",
        "张堂金",
      ],
    ],
    freezeColumns: 1,
    lastInputRow,
  });

  const actuals = workbook.addWorksheet("月度完成");
  writeSheetSpec(
    actuals,
    sideLayout(
      "月度完成情况",
      "各责任单位每月15日前报送上月末累计完成数；一行一个指标一个月份。指标名称、口径须与分解表一致。",
      [
        { header: "指标名称", width: 28 },
        { header: "口径", width: 8 },
        { header: "月份", width: 6, numberFormat: "0" },
        { header: "累计完成", width: 12, numberFormat: "0.00" },
      ],
      [
        ["地方财政收入", "绝对量", 7, 7720],
        ["空气中可吸入颗粒物(PM10)浓度", "绝对量", 7, 66],
      ]
    )
  );
  addListValidation(actuals, 2, 4, lastInputRow, ["绝对量", "增幅"], "口径");

  const rules = defaultRules();
  const rulesSheet = workbook.addWorksheet("加减分规则");
  writeSheetSpec(
    rulesSheet,
    sideLayout(
      "加减分规则",
      "依据盘山县2018年专项行动绩效考评方案（六(一)2-3）；减分分值填负数；以上所有加分项累计不超过3分（在汇总设置中调整）。",
      [...ruleColumns],
      rules.map(ruleRow)
    )
  );
  addListValidation(rulesSheet, 2, 4, lastInputRow, ["加分", "减分"], "类别");
  addListValidation(rulesSheet, 3, 4, lastInputRow, ["每次", "区间", "按比例"], "计分方式");

  const events = workbook.addWorksheet("加减分登记");
  writeSheetSpec(
    events,
    sideLayout(
      "加减分登记",
      "一行一项加减分事项：次数空白按1次；区间计分的规则填分值；按比例计分的规则填数量；市考加减分（是）在县考中加倍计算。",
      [
        { header: "单位", width: 14 },
        { header: "规则编号", width: 9 },
        { header: "次数", width: 6, numberFormat: "0" },
        { header: "分值", width: 7, numberFormat: "0.00" },
        { header: "数量", width: 9, numberFormat: "0.00" },
        { header: "事由", width: 40 },
        { header: "日期", width: 11, numberFormat: isoDate },
        { header: "市考", width: 6 },
      ],
      [
        ["县财政局", "B04", 1, null, null, "财政收入工作受市政府通报表扬", null, "否"],
        ["县环保局", "P03", 1, null, null, "大气污染防治工作受市环保局通报批评", null, "是"],
      ]
    )
  );
  setDates(events, 7, ["2016-07-20", "2016-08-05"]);
  addListValidation(events, 2, 4, lastInputRow, { range: "'加减分规则'!$A$4:$A$500" }, "规则编号");
  addListValidation(events, 8, 4, lastInputRow, ["是", "否"], "市考");

  const reports = workbook.addWorksheet("报送登记");
  writeSheetSpec(
    reports,
    sideLayout(
      "报送登记",
      "各单位报送月度数据的日期；次月15日后报送为迟报。月份填数据所属月份（7月数据于8月报送，填7）。",
      [
        { header: "单位", width: 14 },
        { header: "月份", width: 6, numberFormat: "0" },
        { header: "报送日期", width: 12, numberFormat: isoDate },
      ],
      [
        ["县财政局", 7, null],
        ["县环保局", 7, null],
      ]
    )
  );
  setDates(reports, 3, ["2016-08-12", "2016-08-17"]);

  const cityRanks = workbook.addWorksheet("全市排名");
  writeSheetSpec(
    cityRanks,
    sideLayout(
      "全市排名",
      "摘自市考核办月度通报：本县各指标在全市的排名。一行一个指标一个月份；未达序时进度且排名全市后三位或组内最后一名的扣分，连续两个月排名靠后的列入约谈名单。名次可写10或10/11。",
      [
        { header: "指标名称", width: 28 },
        { header: "口径", width: 8 },
        { header: "月份", width: 6, numberFormat: "0" },
        { header: "全市排名", width: 9, numberFormat: "0" },
        { header: "参评县数", width: 9, numberFormat: "0" },
        { header: "组别", width: 8 },
        { header: "组内排名", width: 9, numberFormat: "0" },
        { header: "组内县数", width: 9, numberFormat: "0" },
      ],
      [
        ["地方财政收入", "绝对量", 6, 9, 11, "山区县", 5, 6],
        ["地方财政收入", "绝对量", 7, 8, 11, "山区县", 4, 6],
        ["空气中可吸入颗粒物(PM10)浓度", "绝对量", 6, 11, 11, "山区县", 6, 6],
        ["空气中可吸入颗粒物(PM10)浓度", "绝对量", 7, 10, 11, "山区县", 6, 6],
      ]
    )
  );
  addListValidation(cityRanks, 2, 4, lastInputRow, ["绝对量", "增幅"], "口径");

  addYearEndSheets(workbook);
  // The monthly settings the year-end rows do not name already, appended below them.
  const settings = workbook.getWorksheet(settingsSheetName);
  const plan = planSettingsSheet(settings === undefined ? [] : [gridOf(settings)], {}, [], true);
  if (plan !== null) {
    writeSettingsPlan(workbook, plan);
  }
  return workbook;
}
