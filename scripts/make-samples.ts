/**
 * Builds the sample workbooks in assets/samples/ (run `npm run samples`, or
 * `npx ts-node --transpile-only scripts/make-samples.ts <folder>` to write them elsewhere):
 * - zhenba-2016.xlsx: seed 000's table (镇巴县6-12月市对县考核主要指标任务分解表) in its original layout,
 *   from test/fixtures/zhenba-2016-targets.tsv, with a 月度完成 sheet of synthetic cumulative actuals
 *   for months 6–8, a 报送登记 sheet, a 全市排名 sheet (the county's plausible city ranks, months 6–8)
 *   and a 加减分登记 sheet;
 * - ledger-traditional.xlsx: a ledger (one row per indicator and measure, two-row header) and its
 *   全市排名 in traditional characters;
 * - county-rules.xlsx: a ledger with the county's own 加减分规则 (a subset of seed 003's, one cap
 *   changed) and a 加减分登记 of several units;
 * - panshan-2018-year-end.xlsx: the year-end assessment (年度评分, 加减分登记, 报送登记, 设置) of
 *   twelve units under seed 003's method, from scripts/panshan-year-end.ts.
 *
 * Deterministic: the actuals come from a seeded formula (pace target × a per-indicator profile ×
 * a small wobble from a seeded generator), never Math.random; the document dates are fixed. Only the
 * zip entries' timestamps differ between runs.
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { defaultRules, CellValue, yearEndSettingRows } from "../src/engine";
import { addListValidation } from "../src/xlsx/addListValidation";
import { LedgerColumn, LedgerLayout, writeLedgerSheet } from "../src/xlsx/writeLedgerSheet";
import { ruleColumns, ruleRow } from "../src/xlsx/templateWorkbook";
import { applyPrintSetup, styleHeaderCell, thinBorder } from "../src/xlsx/writeSheetSpec";
import { writeSideSheet } from "../src/xlsx/addYearEndSheets";
import { panshanYearEndSheets } from "./panshan-year-end";

const root = join(__dirname, "..");
const outputDirectory = join(root, "assets", "samples");
const tsvPath = join(root, "test", "fixtures", "zhenba-2016-targets.tsv");
/** The fixed document date of every sample (the day 7月's figures were due + 1). */
const documentDate = new Date(Date.UTC(2016, 7, 16));

// ---------------------------------------------------------------------------------------------
// The seed table

interface TargetRow {
  readonly indicator: string;
  readonly measure: "绝对量" | "增幅";
  readonly checkpoint: string;
  readonly supervisors: readonly string[];
  readonly unit: string;
  /** As written: 6800, or "≤72". */
  readonly target: number | string;
  readonly leader: string;
  readonly responsible: readonly { readonly unit: string; readonly person: string }[];
}

function readTargets(): TargetRow[] {
  const lines = readFileSync(tsvPath, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const [header, ...rows] = lines;
  const names = header.split("\t");
  return rows.map((line) => {
    const cells = line.split("\t");
    const field = (name: string): string => cells[names.indexOf(name)] ?? "";
    const targetText = field("target");
    const numeric = /^-?\d+(\.\d+)?$/.test(targetText);
    return {
      indicator: field("indicator"),
      measure: field("measure") === "增幅" ? "增幅" : "绝对量",
      checkpoint: field("checkpoint"),
      supervisors: field("supervisor").split(";"),
      unit: field("unit"),
      target: numeric ? Number(targetText) : targetText,
      leader: field("leader"),
      responsible: field("responsible")
        .split(";")
        .map((entry) => {
          const [unit, person] = entry.split(":");
          return { unit, person: person ?? "" };
        }),
    };
  });
}

/** Indicators in table order, each with its rows. */
function blocks(rows: readonly TargetRow[]): { indicator: string; rows: TargetRow[] }[] {
  const result: { indicator: string; rows: TargetRow[] }[] = [];
  for (const row of rows) {
    const last = result[result.length - 1];
    if (last !== undefined && last.indicator === row.indicator) {
      last.rows.push(row);
    } else {
      result.push({ indicator: row.indicator, rows: [row] });
    }
  }
  return result;
}

/** The cumulative month of a checkpoint word of the TSV. */
function checkpointMonth(checkpoint: string): number {
  if (checkpoint === "上半年") {
    return 6;
  }
  if (checkpoint === "前三季度") {
    return 9;
  }
  if (checkpoint === "全年") {
    return 12;
  }
  const match = /(\d+)月$/.exec(checkpoint);
  if (match === null) {
    throw new Error(`unknown checkpoint ${checkpoint}`);
  }
  return Number(match[1]);
}

/** One indicator and measure, with its checkpoint targets (numbers; a ceiling "≤72" → 72). */
interface Series {
  readonly indicator: string;
  readonly measure: "绝对量" | "增幅";
  readonly unit: string;
  readonly ceiling: boolean;
  /** month → target; 全年 wins over 1-12月 as the table reader prefers it. */
  readonly targets: ReadonlyMap<number, number>;
  readonly leader: string;
  readonly responsible: TargetRow["responsible"];
}

function seriesOf(rows: readonly TargetRow[]): Series[] {
  const byKey = new Map<string, { rows: TargetRow[] }>();
  for (const row of rows) {
    const key = `${row.indicator}|${row.measure}`;
    const entry = byKey.get(key) ?? { rows: [] };
    entry.rows.push(row);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ rows: group }) => {
    const targets = new Map<number, number>();
    for (const row of group) {
      const month = checkpointMonth(row.checkpoint);
      const value =
        typeof row.target === "number"
          ? row.target
          : Number(String(row.target).replace(/[^\d.]/g, ""));
      if (!targets.has(month) || row.checkpoint === "全年") {
        targets.set(month, value);
      }
    }
    const first = group[0];
    return {
      indicator: first.indicator,
      measure: first.measure,
      unit: first.unit,
      ceiling: group.some((row) => typeof row.target === "string" && row.target.startsWith("≤")),
      targets,
      leader: first.leader,
      responsible: first.responsible,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Synthetic actuals: a seeded formula

/** mulberry32: a small deterministic generator, seeded per indicator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string's FNV-1a hash: the seed of its generator. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const character of text) {
    value ^= character.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** How an indicator fares: its actual against pace (fraction) or against the target rate (points). */
type Profile = "ahead" | "onPace" | "behind" | "serious";
const profiles: Readonly<Record<string, Profile>> = {
  "第二产业增加值|增幅": "behind",
  "第三产业增加值|增幅": "ahead",
  "地方财政收入|绝对量": "behind",
  "地方财政收入|增幅": "onPace",
  "全社会固定资产投资|绝对量": "ahead",
  "全社会固定资产投资|增幅": "ahead",
  "招商引资(引进市外资金)|绝对量": "serious",
  "规上工业增加值|绝对量": "ahead",
  "规上工业增加值|增幅": "behind",
  "社会消费品零售总额|绝对量": "behind",
  "外贸进出口总额|绝对量": "serious",
  "农村居民人均可支配收入|绝对量": "ahead",
  "农村居民人均可支配收入|增幅": "onPace",
  "城镇居民人均可支配收入|绝对量": "behind",
  "城镇居民人均可支配收入|增幅": "behind",
  "专利申请量|绝对量": "onPace",
  "专利授权量|绝对量": "ahead",
  "保障性安居工程新开工套数|绝对量": "ahead",
  "保障性安居工程分配入住套数|绝对量": "serious",
  "旅游总收入|绝对量": "ahead",
  "化学需氧量削减比|绝对量": "ahead",
  "氨氮削减比|绝对量": "onPace",
  "二氧化硫削减比|绝对量": "ahead",
  "氮氧化物削减比|绝对量": "onPace",
  "挥发性有机物排放下降|绝对量": "ahead",
  "万元GDP能耗下降率|绝对量": "behind",
};
/** Multiplier of the pace target for absolute values. */
const paceFactor: Readonly<Record<Profile, number>> = {
  ahead: 1.04,
  onPace: 1.01,
  behind: 0.965,
  serious: 0.78,
};
/** Points added to the target rate for rates (growth, reductions). */
const ratePoints: Readonly<Record<Profile, number>> = {
  ahead: 0.8,
  onPace: 0.3,
  behind: -1.6,
  serious: -6,
};

/** The one indicator that has no actual in month 7 (未报送). */
const notReportedInJuly = "专利授权量|绝对量";
/** PM10's cumulative average concentration: over every ceiling in month 7 only. */
const pm10 = new Map([
  [6, 70],
  [7, 73],
  [8, 64],
]);
const sampleMonths = [6, 7, 8] as const;

/** Decimals a figure is written with: whole 件, 套, 元 and large 万元; two decimals for small figures. */
function decimalsOf(series: Series): number {
  if (series.unit === "%") {
    return 2;
  }
  if (["件", "套", "元", "μg/m3"].includes(series.unit)) {
    return 0;
  }
  const annual = Math.max(...series.targets.values());
  return annual < 1000 ? 2 : 0;
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** The pace target P(m): checkpoints interpolated linearly from 0 at month 0. */
function pace(targets: ReadonlyMap<number, number>, month: number): number {
  const points = [[0, 0], ...[...targets.entries()].sort((a, b) => a[0] - b[0])];
  for (let index = 1; index < points.length; index++) {
    const [m1, v1] = points[index - 1];
    const [m2, v2] = points[index];
    if (month <= m2) {
      return v1 + ((v2 - v1) * (month - m1)) / (m2 - m1);
    }
  }
  return points[points.length - 1][1];
}

/** The target in force at a month: the next checkpoint's (rates and ceilings). */
function inForce(targets: ReadonlyMap<number, number>, month: number): number {
  const sorted = [...targets.entries()].sort((a, b) => a[0] - b[0]);
  return (sorted.find(([at]) => at >= month) ?? sorted[sorted.length - 1])[1];
}

/** Cumulative actuals of months 6–8 (null = not reported). */
function actualsOf(series: Series): Map<number, number | null> {
  const key = `${series.indicator}|${series.measure}`;
  const result = new Map<number, number | null>();
  if (series.indicator.includes("PM10")) {
    return new Map(pm10);
  }
  const profile = profiles[key] ?? "onPace";
  const random = generator(hash(key));
  const isRate = series.unit === "%";
  const decimals = decimalsOf(series);
  let previous = 0;
  for (const month of sampleMonths) {
    const wobble = random() - 0.5;
    let value: number;
    if (isRate && series.measure === "增幅") {
      // Growth rates: the target rate in force, plus or minus some percentage points.
      value = inForce(series.targets, month) + ratePoints[profile] + wobble * 0.2;
    } else if (isRate) {
      // Reductions in % (削减比, 下降率): a share of the target in force; a zero target is beaten.
      const target = inForce(series.targets, month);
      value = target === 0 ? 0.5 + wobble * 0.4 : target * (paceFactor[profile] + wobble * 0.02);
    } else {
      value = Math.max(
        previous,
        pace(series.targets, month) * (paceFactor[profile] + wobble * 0.02)
      );
    }
    value = round(value, decimals);
    previous = value;
    result.set(month, value);
  }
  if (key === notReportedInJuly) {
    result.set(7, null);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Workbook helpers

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ASSESS samples";
  workbook.lastModifiedBy = "ASSESS samples";
  workbook.created = documentDate;
  workbook.modified = documentDate;
  return workbook;
}

function date(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A simple sheet: title row, header row 2, data from row 3, borders and widths. */
function writeSimpleSheet(
  worksheet: ExcelJS.Worksheet,
  title: string,
  columns: readonly { header: string; width: number; numberFormat?: string }[],
  rows: readonly (readonly (CellValue | Date)[])[]
): void {
  worksheet.columns = columns.map((column) => ({ width: column.width }));
  const titleCell = worksheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: "center" };
  worksheet.mergeCells(1, 1, 1, columns.length);
  columns.forEach((column, index) => {
    const cell = worksheet.getCell(2, index + 1);
    cell.value = column.header;
    styleHeaderCell(cell);
  });
  rows.forEach((values, rowIndex) => {
    columns.forEach((column, columnIndex) => {
      const cell = worksheet.getCell(3 + rowIndex, columnIndex + 1);
      cell.value = values[columnIndex] ?? null;
      cell.border = thinBorder;
      if (column.numberFormat !== undefined) {
        cell.numFmt = column.numberFormat;
      }
    });
  });
  worksheet.views = [{ state: "frozen", ySplit: 2 }];
  applyPrintSetup(worksheet, {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    titleRows: [2, 2],
  });
}

// ---------------------------------------------------------------------------------------------
// zhenba-2016.xlsx

function writeSeedTable(worksheet: ExcelJS.Worksheet, targets: readonly TargetRow[]): void {
  const headers = [
    "序号",
    "主要指标",
    "口径",
    "倒排时间",
    "市级监管部门",
    "单位",
    "考核任务",
    "县级责任领导",
    "责任单位",
    "责任人",
  ];
  const widths = [6, 26, 8, 10, 16, 8, 10, 12, 12, 9];
  worksheet.columns = widths.map((width) => ({ width }));

  const title = worksheet.getCell(1, 1);
  title.value = "镇巴县6-12月市对县考核主要指标任务分解表";
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  worksheet.mergeCells(1, 1, 1, headers.length);
  const issued = worksheet.getCell(2, 1);
  issued.value = "镇巴县目标责任考核领导小组办公室　2016年6月14日";
  issued.alignment = { horizontal: "right" };
  worksheet.mergeCells(2, 1, 2, headers.length);
  headers.forEach((header, index) => {
    const cell = worksheet.getCell(3, index + 1);
    cell.value = header;
    styleHeaderCell(cell);
  });

  let row = 4;
  blocks(targets).forEach((block, blockIndex) => {
    const first = row;
    const last = row + block.rows.length - 1;
    const lead = block.rows[0];
    worksheet.getCell(first, 1).value = blockIndex + 1;
    worksheet.getCell(first, 2).value = block.indicator;
    worksheet.getCell(first, 5).value = lead.supervisors.join("\n");
    worksheet.getCell(first, 8).value = lead.leader;
    block.rows.forEach((target, offset) => {
      const at = first + offset;
      worksheet.getCell(at, 3).value = target.measure;
      worksheet.getCell(at, 4).value = target.checkpoint;
      worksheet.getCell(at, 6).value = target.unit;
      worksheet.getCell(at, 7).value = target.target;
      // Responsible units and persons spread over the block's rows, the lead unit first.
      const responsible = lead.responsible[offset];
      if (responsible !== undefined) {
        worksheet.getCell(at, 9).value = responsible.unit;
        worksheet.getCell(at, 10).value = responsible.person;
      }
    });
    if (last > first) {
      for (const column of [1, 2, 5, 8]) {
        worksheet.mergeCells(first, column, last, column);
      }
    }
    for (let at = first; at <= last; at++) {
      for (let column = 1; column <= headers.length; column++) {
        const cell = worksheet.getCell(at, column);
        cell.border = thinBorder;
        cell.alignment = {
          vertical: "middle",
          horizontal: column === 7 ? "right" : "center",
          wrapText: column === 2 || column === 5,
        };
      }
    }
    row = last + 1;
  });

  worksheet.views = [{ state: "frozen", ySplit: 3, xSplit: 2 }];
  applyPrintSetup(worksheet, {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    titleRows: [3, 3],
  });
}

function writeActualsSheet(worksheet: ExcelJS.Worksheet, series: readonly Series[]): void {
  writeLedgerSheet(worksheet, {
    title: "镇巴县2016年市考指标月度完成情况",
    subtitle:
      "各责任单位报送的月末累计数（增幅为累计增速，%）；本表数据为示例，由 scripts/make-samples.ts 按固定公式生成",
    parts: [
      { header: "指标名称", width: 28 },
      { header: "口径", width: 8 },
      {
        group: "累计完成",
        columns: sampleMonths.map((month) => ({
          header: `${month}月`,
          width: 10,
          numberFormat: "0.00",
        })),
      },
    ],
    rows: series.map((entry) => {
      const actuals = actualsOf(entry);
      return [
        entry.indicator,
        entry.measure,
        ...sampleMonths.map((month) => actuals.get(month) ?? null),
      ];
    }),
    freezeColumns: 2,
    lastInputRow: 4 + series.length,
  });
}

function leadUnits(series: readonly Series[]): string[] {
  return [
    ...new Set(
      series.map((entry) => entry.responsible[0]?.unit ?? "").filter((unit) => unit !== "")
    ),
  ];
}

function writeReportLog(
  worksheet: ExcelJS.Worksheet,
  units: readonly string[],
  late: string
): void {
  const rows: (CellValue | Date)[][] = [];
  units.forEach((unit, index) => {
    rows.push([unit, 6, date(`2016-07-${String(8 + (index % 6)).padStart(2, "0")}`)]);
  });
  units.forEach((unit, index) => {
    rows.push([
      unit,
      7,
      date(unit === late ? "2016-08-18" : `2016-08-${String(9 + (index % 5)).padStart(2, "0")}`),
    ]);
  });
  writeSimpleSheet(
    worksheet,
    "2016年市考指标数据报送登记",
    [
      { header: "单位", width: 14 },
      { header: "月份", width: 6, numberFormat: "0" },
      { header: "报送日期", width: 12, numberFormat: "yyyy-mm-dd" },
    ],
    rows
  );
}

function writeEvents(
  worksheet: ExcelJS.Worksheet,
  title: string,
  events: readonly (readonly [
    string,
    string,
    number | null,
    number | null,
    number | null,
    string,
    string,
    "是" | "否",
  ])[]
): void {
  writeSimpleSheet(
    worksheet,
    title,
    [
      { header: "单位", width: 14 },
      { header: "规则编号", width: 9 },
      { header: "次数", width: 6, numberFormat: "0" },
      { header: "分值", width: 7, numberFormat: "0.00" },
      { header: "数量", width: 9, numberFormat: "0" },
      { header: "事由", width: 44 },
      { header: "日期", width: 11, numberFormat: "yyyy-mm-dd" },
      { header: "市考", width: 6 },
    ],
    events.map(([unit, rule, count, value, quantity, reason, day, city]) => [
      unit,
      rule,
      count,
      value,
      quantity,
      reason,
      date(day),
      city,
    ])
  );
  addListValidation(worksheet, 8, 3, 2 + Math.max(events.length, 50), ["是", "否"], "市考");
}

/** 汉中's counties and districts ranked by the city (11), and its 山区县 (6, 镇巴 among them). */
const cityCounties = 11;
const mountainCounties = 6;

/**
 * The county's ranks in the city's monthly bulletin (全市排名), months 6–8, plausible for each
 * indicator's profile: far behind → last of 11 and of the 山区县, behind → 7th–10th (9th and 10th
 * are 后三位), on pace → 5th–7th, ahead → 1st–3rd.
 */
function writeCityRanks(
  worksheet: ExcelJS.Worksheet,
  series: readonly Series[],
  word: (text: string) => string = (text) => text
): void {
  const places: Readonly<Record<Profile, readonly [number, number]>> = {
    serious: [11, 6],
    behind: [7, 3],
    onPace: [5, 3],
    ahead: [1, 1],
  };
  const rows: CellValue[][] = [];
  for (const entry of series) {
    const key = `${entry.indicator}|${entry.measure}`;
    const profile = profiles[key];
    if (profile === undefined) {
      continue;
    }
    for (const month of sampleMonths) {
      const [rank, groupRank] = places[profile];
      const step =
        profile === "serious" ? 0 : hash(`${key}|${month}`) % (profile === "behind" ? 4 : 3);
      rows.push([
        word(entry.indicator),
        word(entry.measure),
        `${month}月`,
        rank + step,
        cityCounties,
        word("山区县"),
        Math.min(groupRank + step, mountainCounties),
        mountainCounties,
      ]);
    }
  }
  writeSimpleSheet(
    worksheet,
    word("2016年全市市考指标月度排名（摘自市考核办通报）"),
    [
      { header: word("指标"), width: 28 },
      { header: word("口径"), width: 8 },
      { header: word("月份"), width: 7 },
      { header: word("全市排名"), width: 9, numberFormat: "0" },
      { header: word("参评县数"), width: 9, numberFormat: "0" },
      { header: word("组别"), width: 8 },
      { header: word("组内排名"), width: 9, numberFormat: "0" },
      { header: word("组内县数"), width: 9, numberFormat: "0" },
    ],
    rows
  );
}

function zhenba(targets: readonly TargetRow[]): ExcelJS.Workbook {
  const series = seriesOf(targets);
  const workbook = newWorkbook();
  writeSeedTable(workbook.addWorksheet("分解表"), targets);
  writeActualsSheet(workbook.addWorksheet("月度完成"), series);
  writeReportLog(workbook.addWorksheet("报送登记"), leadUnits(series), "县经合局");
  writeEvents(workbook.addWorksheet("加减分登记"), "2016年加减分登记", [
    ["县财政局", "B04", 1, null, null, "一季度财政收入工作受市政府通报表扬", "2016-04-20", "否"],
    ["县财政局", "B04", 1, null, null, "预算执行工作受市政府通报表扬", "2016-06-12", "否"],
    ["县财政局", "B04", 1, null, null, "税源普查工作受市政府通报表扬", "2016-07-25", "否"],
    [
      "县统计局",
      "B02",
      1,
      null,
      null,
      "统计工作受市委、市政府通报表扬（市考加分）",
      "2016-07-08",
      "是",
    ],
    ["县经合局", "P03", 1, null, null, "招商引资项目进度滞后受市政府通报批评", "2016-07-28", "否"],
    ["县环保局", "B08", 1, null, null, "大气污染防治受县政府通报表扬", "2016-08-03", "否"],
  ]);
  writeCityRanks(workbook.addWorksheet("全市排名"), series);
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// Ledgers

/** Ledger rows of the chosen indicators: one row per indicator and measure. */
function ledgerRows(
  series: readonly Series[],
  keys: readonly string[],
  name: (indicator: string) => string,
  word: (text: string) => string,
  withDirection: boolean
): CellValue[][] {
  return keys.map((key) => {
    const entry = series.find((candidate) => `${candidate.indicator}|${candidate.measure}` === key);
    if (entry === undefined) {
      throw new Error(`no indicator ${key}`);
    }
    const actuals = actualsOf(entry);
    const target = (month: number): CellValue => {
      const value = entry.targets.get(month);
      return value === undefined ? null : entry.ceiling ? `≤${value}` : value;
    };
    const [lead, ...others] = entry.responsible;
    return [
      name(entry.indicator),
      word(entry.measure),
      word(entry.unit),
      ...(withDirection ? [entry.ceiling ? "逆向" : "正向"] : []),
      target(6),
      target(9),
      target(12),
      ...sampleMonths.map((month) => actuals.get(month) ?? null),
      word(entry.leader),
      word(lead?.unit ?? ""),
      others.map((other) => word(other.unit)).join("、"),
      word(lead?.person ?? ""),
    ];
  });
}

/** Traditional forms of the characters the traditional ledger uses. */
const traditional: Readonly<Record<string, string>> = Object.fromEntries(
  "财財 资資 进進 计計 会會 费費 总總 额額 贸貿 农農 镇鎮 县縣 开開 发發 经經 统統 环環 气氣 颗顆 浓濃 专專 请請 数數 游遊 标標 务務 领領 导導 责責 单單 亿億 万萬 径徑 绝絕 对對 叶葉 稳穩 继繼 强強 刚剛 红紅 银銀 华華 吴吳 冯馮 启啟 刘劉 张張 涛濤 军軍 广廣 台臺 账賬 区區 组組 别別 内內 参參 评評 办辦 报報"
    .split(" ")
    .map((pair) => [pair[0], pair[1]])
);
function toTraditional(text: string): string {
  return Array.from(text, (character) => traditional[character] ?? character).join("");
}

function ledgerTraditional(series: readonly Series[]): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const number = (header: string, width = 10): LedgerColumn => ({
    header,
    width,
    numberFormat: "General",
  });
  const keys = [
    "地方财政收入|绝对量",
    "地方财政收入|增幅",
    "招商引资(引进市外资金)|绝对量",
    "社会消费品零售总额|绝对量",
    "外贸进出口总额|绝对量",
    "农村居民人均可支配收入|绝对量",
    "城镇居民人均可支配收入|绝对量",
    "保障性安居工程新开工套数|绝对量",
    "旅游总收入|绝对量",
    "空气中可吸入颗粒物(PM10)浓度|绝对量",
  ];
  const layout: LedgerLayout = {
    title: toTraditional("镇巴县2016年市考指标任务分解台账"),
    subtitle: "（本表為繁體字示例，數據為示例）",
    parts: [
      { header: "指標名稱", width: 28 },
      { header: "口徑", width: 8 },
      { header: "單位", width: 8 },
      { group: "考核任務", columns: [number("上半年"), number("前三季度"), number("全年")] },
      { group: "累計完成", columns: sampleMonths.map((month) => number(`${month}月`)) },
      { header: "包抓領導", width: 10 },
      { header: "責任單位", width: 12 },
      { header: "配合單位", width: 14 },
      { header: "責任人", width: 9 },
    ],
    rows: ledgerRows(series, keys, toTraditional, toTraditional, false),
    freezeColumns: 1,
    lastInputRow: 4 + keys.length,
  };
  writeLedgerSheet(workbook.addWorksheet("分解表"), layout);
  writeCityRanks(
    workbook.addWorksheet(toTraditional("全市排名")),
    series.filter((entry) => keys.includes(`${entry.indicator}|${entry.measure}`)),
    toTraditional
  );
  return workbook;
}

function countyRules(series: readonly Series[]): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const number = (header: string, width = 10): LedgerColumn => ({
    header,
    width,
    numberFormat: "General",
  });
  const keys = [
    "地方财政收入|绝对量",
    "全社会固定资产投资|绝对量",
    "招商引资(引进市外资金)|绝对量",
    "规上工业增加值|绝对量",
    "社会消费品零售总额|绝对量",
    "专利申请量|绝对量",
    "保障性安居工程新开工套数|绝对量",
    "旅游总收入|绝对量",
    "空气中可吸入颗粒物(PM10)浓度|绝对量",
  ];
  writeLedgerSheet(workbook.addWorksheet("分解表"), {
    title: "镇巴县2016年市考指标任务分解台账",
    subtitle:
      "本县加减分规则见“加减分规则”表（取自盘山县2018年方案，B04累计上限调整为0.3分）；数据为示例",
    parts: [
      { header: "指标名称", width: 28 },
      { header: "口径", width: 8 },
      { header: "单位", width: 8 },
      { header: "方向", width: 7, choices: ["正向", "逆向"] },
      { group: "目标", columns: [number("上半年"), number("前三季度"), number("全年")] },
      { group: "累计完成", columns: sampleMonths.map((month) => number(`${month}月`)) },
      { header: "包抓领导", width: 10 },
      { header: "责任单位", width: 12 },
      { header: "配合单位", width: 14 },
      { header: "责任人", width: 9 },
    ],
    rows: ledgerRows(
      series,
      keys,
      (name) => name,
      (text) => text,
      true
    ),
    freezeColumns: 1,
    lastInputRow: 4 + keys.length,
  });

  const chosen = [
    "B01",
    "B02",
    "B04",
    "B06",
    "B07",
    "B08",
    "B10",
    "B11",
    "P01",
    "P03",
    "P05",
    "P07",
    "P10",
  ];
  const rules = defaultRules()
    .filter((rule) => chosen.includes(rule.code))
    .map((rule) =>
      rule.code === "B04"
        ? { ...rule, cap: 0.3, description: rule.description.replace("0.4", "0.3") }
        : rule
    );
  writeSimpleSheet(
    workbook.addWorksheet("加减分规则"),
    "镇巴县2016年专项考核加减分规则",
    [...ruleColumns],
    rules.map(ruleRow)
  );
  writeEvents(workbook.addWorksheet("加减分登记"), "2016年加减分登记", [
    [
      "县财政局",
      "B04",
      3,
      null,
      null,
      "财政收入、预算执行、税源普查三项工作受市政府通报表扬",
      "2016-07-25",
      "否",
    ],
    [
      "县统计局",
      "B02",
      1,
      null,
      null,
      "统计工作受市委、市政府通报表扬（市考加分）",
      "2016-07-08",
      "是",
    ],
    ["县发改局", "B10", 1, null, 5200, "争取中省资金5200万元", "2016-07-30", "否"],
    ["县经贸局", "B10", 1, null, 2600, "争取中省资金2600万元", "2016-07-30", "否"],
    ["县住建局", "B11", 1, 0.15, null, "保障房分配入住专项行动成效显著", "2016-07-18", "否"],
    ["县环保局", "P03", 1, null, null, "PM10浓度超标受市环保局通报批评", "2016-07-28", "否"],
    ["县经合局", "P07", 2, null, null, "暗访发现招商项目推进拖沓", "2016-08-02", "否"],
    ["县科技局", "B01", 1, null, null, "专利工作受省政府通报表扬", "2016-06-30", "否"],
  ]);
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// panshan-2018-year-end.xlsx

/**
 * The year-end sample workbook: the sheets above in the template's side-sheet layout (title, note,
 * header on row 3), with the template's drop-downs and the 设置 percentages formatted as such.
 * `created` is the fixed document date of every sample.
 */
export function panshanYearEnd(created: Date): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of panshanYearEndSheets()) {
    const worksheet = workbook.addWorksheet(sheet.name);
    writeSideSheet(worksheet, sheet.title, sheet.subtitle, sheet.columns, sheet.rows);
    const last = 3 + Math.max(sheet.rows.length, 1);
    if (sheet.name === "年度评分") {
      addListValidation(worksheet, 10, 4, last, ["是", "否"], "一票否决");
    } else if (sheet.name === "加减分登记") {
      addListValidation(worksheet, 8, 4, last, ["是", "否"], "市考");
    }
  }
  const settings = workbook.getWorksheet("设置");
  yearEndSettingRows().forEach((row, offset) => {
    if (settings !== undefined) {
      settings.getCell(4 + offset, 2).numFmt = row.numberFormat;
    }
  });
  return workbook;
}

// ---------------------------------------------------------------------------------------------

/** The sample workbooks by file name, built in memory. */
export function buildSamples(): [string, ExcelJS.Workbook][] {
  const targets = readTargets();
  const series = seriesOf(targets);
  return [
    ["zhenba-2016.xlsx", zhenba(targets)],
    ["ledger-traditional.xlsx", ledgerTraditional(series)],
    ["county-rules.xlsx", countyRules(series)],
    ["panshan-2018-year-end.xlsx", panshanYearEnd(new Date(Date.UTC(2019, 0, 10)))],
  ];
}

/** Writes the samples into `directory` (default assets/samples). */
export async function makeSamples(directory = outputDirectory): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  for (const [name, workbook] of buildSamples()) {
    const path = join(directory, name);
    await workbook.xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  makeSamples(process.argv[2])
    .then((paths) => process.stdout.write(paths.map((path) => `${path}\n`).join("")))
    .catch((error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
      );
      process.exitCode = 1;
    });
}
