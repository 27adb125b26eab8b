/**
 * Synthetic ledgers for the benchmarks (`npm run bench`): a decomposition table in the ledger layout
 * of the `assess template` workbook — title, note, a two-row header (指标名称, 口径, 单位, 目标 over
 * 上半年/前三季度/全年, 累计完成 over 1月…12月, 包抓领导, 责任单位, 配合单位, 责任人), then one row per
 * indicator — with the lead units drawn from 60 county units.
 *
 * Deterministic: every figure comes from a seeded generator (mulberry32), never Math.random, so a
 * size always gives the same workbook. The same rows are given as a {@link GridSheet} (what the
 * engine reads) and written as an .xlsx file with the project's own ledger writer.
 *
 * Run on its own to write the files: `npx ts-node --transpile-only bench/generate.ts [folder] [sizes…]`.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { CellValue, GridSheet, MergedArea } from "../src/engine";
import {
  LedgerColumn,
  LedgerGroup,
  ledgerFirstDataRow,
  writeLedgerSheet,
} from "../src/xlsx/writeLedgerSheet";

/** The sizes the benchmarks run, in indicators. */
export const benchSizes = [100, 1000, 5000, 20000] as const;

/** The seed every benchmark workbook is made with. */
export const benchSeed = 20160731;

/** Bump when the generated rows change, so cached .xlsx files are made again. */
export const generatorVersion = 1;

/** The table's sheet name. */
export const ledgerSheetName = "分解表";

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 60 responsible units: 40 county bureaus and 20 towns (镇巴's). */
export const benchUnits: readonly string[] = [
  ..."财政局 税务局 发改局 统计局 经贸局 环保局 住建局 交通局 人社局 教育局 卫计局 农业局 林业局 水利局 国土局 商务局 旅游局 科技局 工信局 民政局 公安局 司法局 文广局 审计局 安监局 食药监局 质监局 扶贫办 招商局 城管局 规划局 移民局 畜牧局 粮食局 供销社 金融办 信访局 档案局 气象局 邮政局"
    .split(" ")
    .map((name) => `县${name}`),
  ..."城关 泾洋 长岭 三元 渔渡 盐场 观音 巴庙 兴隆 杨家河 小洋 青水 赤南 平安 简池 永乐 大池 碾子 黎坝 仁村"
    .split(" ")
    .map((name) => `${name}镇`),
];

const leaders = ["叶稳太", "路志红", "王建军", "李晓东", "陈光明", "张德华", "刘文斌", "杨春燕"];
const surnames = "张王李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
const givenNames =
  "正银 堂金 明江 启彬 华 敏 强 立新 红梅 建国 志刚 秀英 海燕 国庆 文静 学军".split(" ");

/** Absolute indicators (name stem, unit, annual target range). */
const absoluteStems: readonly (readonly [string, string, number, number])[] = [
  ["地方财政收入", "万元", 5000, 20000],
  ["全社会固定资产投资", "亿元", 20, 120],
  ["社会消费品零售总额", "亿元", 10, 60],
  ["规模以上工业增加值", "亿元", 5, 40],
  ["城镇新增就业", "人", 800, 5000],
  ["招商引资到位资金", "亿元", 5, 50],
  ["外贸进出口总额", "万美元", 200, 3000],
  ["新增市场主体", "户", 300, 3000],
  ["农村劳动力转移就业", "人", 5000, 30000],
  ["旅游综合收入", "亿元", 3, 30],
];
/** Growth-rate indicators (name stem); their unit is %. */
const growthStems = [
  "生产总值",
  "规模以上工业增加值",
  "社会消费品零售总额",
  "城乡居民人均可支配收入",
];
/** Ceiling indicators (lower is better), written "≤72" as seed 000 does. */
const ceilingStems: readonly (readonly [string, string, number])[] = [
  ["空气中可吸入颗粒物(PM10)浓度", "μg/m3", 72],
  ["万元生产总值能耗", "吨标煤", 1],
];

const number = (header: string, width = 10): LedgerColumn => ({
  header,
  width,
  numberFormat: "0.00",
});

/** The columns of the ledger, as the template writes them (without its 方向 column). */
export const ledgerParts: readonly (LedgerColumn | LedgerGroup)[] = [
  { header: "指标名称", width: 26 },
  { header: "口径", width: 8 },
  { header: "单位", width: 8 },
  { group: "目标", columns: [number("上半年"), number("前三季度"), number("全年")] },
  {
    group: "累计完成",
    columns: Array.from({ length: 12 }, (_, index) => number(`${index + 1}月`, 9)),
  },
  { header: "包抓领导", width: 10 },
  { header: "责任单位", width: 14 },
  { header: "配合单位", width: 18 },
  { header: "责任人", width: 10 },
];

const title = "××县2016年市考指标任务分解表（基准测试）";
const subtitle = "合成数据：每个指标一行；累计完成为各月末累计数。";

/** Rounds to 2 decimals (the ledger's number format). */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * 合成台账行: `count` indicator rows of a ledger, deterministic for a seed. About 76% absolute
 * indicators (cumulative actuals rising month by month, some ahead of pace and some behind), 20%
 * growth rates (%), 4% ceilings ("≤72"); about 2% have reported nothing since June (未报送 from July).
 */
export function ledgerRows(count: number, seed = benchSeed): CellValue[][] {
  const random = seededRandom(seed ^ count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const rows: CellValue[][] = [];
  for (let index = 0; index < count; index++) {
    const serial = String(index + 1).padStart(5, "0");
    const kind = random();
    const lastReported = random() < 0.02 ? 6 : 12;
    const actuals: CellValue[] = [];
    let name: string;
    let measure: string;
    let unit: string;
    let targets: CellValue[];
    if (kind < 0.04) {
      const [stem, stemUnit, ceiling] = pick(ceilingStems);
      name = `${stem}${serial}`;
      measure = "绝对量";
      unit = stemUnit;
      targets = ["≤" + ceiling, "≤" + ceiling, "≤" + ceiling];
      for (let month = 1; month <= 12; month++) {
        actuals.push(month > lastReported ? null : cents(ceiling * (0.85 + random() * 0.3)));
      }
    } else if (kind < 0.24) {
      name = `${pick(growthStems)}${serial}`;
      measure = "增幅";
      unit = "%";
      const annual = cents(6 + random() * 6);
      targets = [cents(annual - 0.2), cents(annual - 0.1), annual];
      const level = 0.7 + random() * 0.5;
      for (let month = 1; month <= 12; month++) {
        actuals.push(month > lastReported ? null : cents(annual * level + (random() - 0.5)));
      }
    } else {
      const [stem, stemUnit, low, high] = pick(absoluteStems);
      name = `${stem}${serial}`;
      measure = "绝对量";
      unit = stemUnit;
      const annual = cents(low + random() * (high - low));
      targets = [cents(annual * (0.45 + random() * 0.05)), cents(annual * 0.72), annual];
      // A profile: 0.8 (well behind) … 1.1 (ahead) of the linear pace, with a small monthly wobble.
      const profile = 0.8 + random() * 0.3;
      let cumulative = 0;
      for (let month = 1; month <= 12; month++) {
        const due = (annual * profile * month) / 12;
        cumulative = Math.max(cumulative, due * (0.97 + random() * 0.06));
        actuals.push(month > lastReported ? null : cents(cumulative));
      }
    }
    const lead = pick(benchUnits);
    const cooperating: string[] = [];
    const helpers = Math.floor(random() * 4);
    while (cooperating.length < helpers) {
      const unitName = pick(benchUnits);
      if (unitName !== lead && !cooperating.includes(unitName)) {
        cooperating.push(unitName);
      }
    }
    rows.push([
      name,
      measure,
      unit,
      ...targets,
      ...actuals,
      pick(leaders),
      lead,
      cooperating.length === 0 ? null : cooperating.join("、"),
      pick(surnames) + pick(givenNames),
    ]);
  }
  return rows;
}

/** Columns of the ledger, groups flattened. */
function columnCount(): number {
  return ledgerParts.reduce((sum, part) => sum + ("group" in part ? part.columns.length : 1), 0);
}

/**
 * The ledger as the engine sees it: the {@link GridSheet} that `readWorkbook` makes of the .xlsx
 * file {@link writeLedgerWorkbook} writes (same values, same merged areas).
 */
export function ledgerGrid(rows: readonly (readonly CellValue[])[]): GridSheet {
  const width = columnCount();
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const titleRow = blank();
  titleRow[0] = title;
  const subtitleRow = blank();
  subtitleRow[0] = subtitle;
  const groupRow = blank();
  const headerRow = blank();
  const merges: MergedArea[] = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
  ];
  let column = 0;
  for (const part of ledgerParts) {
    if ("group" in part) {
      groupRow[column] = part.group;
      part.columns.forEach((sub, offset) => (headerRow[column + offset] = sub.header));
      merges.push({ top: 2, left: column, bottom: 2, right: column + part.columns.length - 1 });
      column += part.columns.length;
    } else {
      groupRow[column] = part.header;
      merges.push({ top: 2, left: column, bottom: 3, right: column });
      column++;
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const values = [
    titleRow,
    subtitleRow,
    groupRow,
    headerRow,
    ...rows.map((row) => {
      const full = blank();
      row.forEach((value, index) => (full[index] = value));
      return full;
    }),
  ];
  return { name: ledgerSheetName, values, merges, hiddenRows: [] };
}

/** Writes the ledger as an .xlsx file (one sheet, the template's styles) at `path`. */
export async function writeLedgerWorkbook(
  path: string,
  rows: readonly (readonly CellValue[])[]
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ASSESS bench";
  workbook.created = new Date(Date.UTC(2016, 7, 16));
  workbook.modified = workbook.created;
  writeLedgerSheet(workbook.addWorksheet(ledgerSheetName), {
    title,
    subtitle,
    parts: ledgerParts,
    rows,
    freezeColumns: 1,
    lastInputRow: ledgerFirstDataRow + rows.length,
  });
  await workbook.xlsx.writeFile(path);
}

/** The file name of a size's ledger. */
export function ledgerFileName(count: number): string {
  return `ledger-${count}-v${generatorVersion}.xlsx`;
}

async function main(): Promise<void> {
  const [folder = join(__dirname, ".data"), ...sizes] = process.argv.slice(2);
  mkdirSync(folder, { recursive: true });
  const counts = sizes.length > 0 ? sizes.map(Number) : [...benchSizes];
  for (const count of counts) {
    const path = join(folder, ledgerFileName(count));
    await writeLedgerWorkbook(path, ledgerRows(count));
    process.stdout.write(`${path}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exitCode = 1;
  });
}
