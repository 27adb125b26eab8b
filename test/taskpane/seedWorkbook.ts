import { readFileSync } from "fs";
import { join } from "path";
import { CellValue, GridSheet, MergedArea } from "../../src/engine/kernel/grid";

/**
 * A small seed-style workbook for the task pane's tests, built from seed 000's own decomposition
 * table (test/fixtures/zhenba-2016-targets.tsv): five absolute indicators in the seed's layout
 * (one row per checkpoint, the indicator and its people merged down the block), a title row
 * naming the county and year, and a 月度完成 sheet with the July actuals.
 *
 * July (month 7), checkpoint pace, band 5 points:
 * - 地方财政收入: P(7) = 6800 + (9500 − 6800) / 3 = 7700, actual 7800 → 正常
 * - 招商引资(引进市外资金): P(7) = 8.75 + (13.67 − 8.75) / 3 = 10.39, actual 10 → −2.14 points → 滞后
 * - 社会消费品零售总额: P(7) = 9.15 + (13.73 − 9.15) / 3 ≈ 10.677, actual 9 → −9.16 points → 严重滞后
 * - 旅游总收入: P(7) = 0.7 + (1.27 − 0.7) / 3 = 0.89, actual 0.95 → 正常
 * - 专利申请量: no July actual → 未报送
 */
export const seedIndicators = [
  "地方财政收入",
  "招商引资(引进市外资金)",
  "社会消费品零售总额",
  "旅游总收入",
  "专利申请量",
] as const;

/** July actuals of the fixture (专利申请量 has none). */
export const julyActuals: Readonly<Record<string, number>> = {
  地方财政收入: 7800,
  "招商引资(引进市外资金)": 10,
  社会消费品零售总额: 9,
  旅游总收入: 0.95,
};

interface SeedRow {
  readonly indicator: string;
  readonly measure: string;
  readonly checkpoint: string;
  readonly supervisor: string;
  readonly unit: string;
  readonly target: string;
  readonly leader: string;
  readonly responsible: string;
}

function seedRows(): SeedRow[] {
  const text = readFileSync(join(__dirname, "..", "fixtures", "zhenba-2016-targets.tsv"), "utf8");
  const lines = text.split(/\r?\n/).filter((line) => line !== "" && !line.startsWith("#"));
  const [, ...data] = lines;
  return data.map((line) => {
    const [indicator, measure, checkpoint, supervisor, unit, target, leader, responsible] =
      line.split("\t");
    return { indicator, measure, checkpoint, supervisor, unit, target, leader, responsible };
  });
}

/** The table's header, as seed 000 writes it. */
export const seedHeader = [
  "序号",
  "主要指标",
  "口径",
  "倒排时间",
  "监管部门",
  "单位",
  "考核任务",
  "包抓领导",
  "责任单位",
  "责任人",
];

/**
 * 分解表: the seed-style table for the given indicators (absolute rows only). `rename` replaces an
 * indicator's name as written in the table (to put hostile text in a cell).
 */
export function seedTable(
  indicators: readonly string[] = seedIndicators,
  rename: Readonly<Record<string, string>> = {}
): GridSheet {
  const rows = seedRows().filter(
    (row) => indicators.includes(row.indicator) && row.measure === "绝对量"
  );
  const values: CellValue[][] = [
    [
      "镇巴县2016年6-12月市对县考核主要指标任务分解表",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [...seedHeader],
  ];
  const merges: MergedArea[] = [{ top: 0, left: 0, bottom: 0, right: seedHeader.length - 1 }];
  let number = 0;
  for (const indicator of indicators) {
    const block = rows.filter((row) => row.indicator === indicator);
    if (block.length === 0) {
      continue;
    }
    number++;
    const top = values.length;
    const entries = block[0].responsible.split(";").map((pair) => pair.split(":"));
    block.forEach((row, index) => {
      const first = index === 0;
      values.push([
        first ? number : null,
        first ? (rename[indicator] ?? indicator) : null,
        row.measure,
        row.checkpoint,
        first ? row.supervisor.split(";").join("、") : null,
        row.unit,
        Number(row.target),
        first ? row.leader : null,
        first ? entries.map(([unit]) => unit).join("、") : null,
        first ? entries.map(([, person]) => person).join("、") : null,
      ]);
    });
    const bottom = values.length - 1;
    if (bottom > top) {
      for (const column of [0, 1, 4, 7, 8, 9]) {
        merges.push({ top, left: column, bottom, right: column });
      }
    }
  }
  return { name: "分解表", values, merges };
}

/** 月度完成: the July actuals, one row per indicator. */
export function seedActuals(
  actuals: Readonly<Record<string, number>> = julyActuals,
  rename: Readonly<Record<string, string>> = {}
): GridSheet {
  const values: CellValue[][] = [["指标", "口径", "7月"]];
  for (const [indicator, actual] of Object.entries(actuals)) {
    values.push([rename[indicator] ?? indicator, "绝对量", actual]);
  }
  return { name: "月度完成", values, merges: [] };
}

/** The whole fixture workbook: 分解表 and 月度完成. */
export function seedWorkbook(): GridSheet[] {
  return [seedTable(), seedActuals()];
}
