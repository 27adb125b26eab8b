import { ledgerGrid, ledgerRows, ledgerSheetName } from "../../bench/generate";
import { GridSheet } from "../../src/engine/kernel/grid";
import { FakeExcel, FakeSheet } from "./fake";

/** Puts a GridSheet into the fake as a sheet of its own, values and merged areas. */
export function addGrid(fake: FakeExcel, grid: GridSheet): FakeSheet {
  const sheet = fake.addSheet(grid.name, grid.values);
  for (const area of grid.merges) {
    sheet.merges.push({
      top: area.top,
      left: area.left,
      rows: area.bottom - area.top + 1,
      columns: area.right - area.left + 1,
    });
  }
  return sheet;
}

/** The benchmarks' synthetic ledger of `indicators` indicators (bench/generate.ts), in a fake. */
export function ledgerWorkbook(indicators: number): { fake: FakeExcel; grid: GridSheet } {
  const fake = new FakeExcel({ sheets: [] });
  const grid = ledgerGrid(ledgerRows(indicators));
  addGrid(fake, grid);
  return { fake, grid };
}

export { ledgerSheetName };

/**
 * A table in seed 000's layout (镇巴县 2016) of `indicators` absolute indicators: one row per
 * checkpoint (上半年, 前三季度, 全年), the indicator's number, name, supervisor, leader, units and
 * people merged down its three rows — 6 merged areas per indicator, as the seed's 90 for 15
 * indicators with three checkpoints.
 */
export function zhenbaTable(indicators: number): GridSheet {
  const header = [
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
  const values: (string | number | null)[][] = [
    ["镇巴县2016年6-12月市对县考核主要指标任务分解表", ...new Array(9).fill(null)],
    header,
  ];
  const merges = [{ top: 0, left: 0, bottom: 0, right: 9 }];
  const checkpoints: [string, number][] = [
    ["上半年", 0.5],
    ["前三季度", 0.75],
    ["全年", 1],
  ];
  for (let index = 0; index < indicators; index++) {
    const top = values.length;
    checkpoints.forEach(([checkpoint, share], row) =>
      values.push([
        row === 0 ? index + 1 : null,
        row === 0 ? `地方财政收入${index + 1}` : null,
        "绝对量",
        checkpoint,
        row === 0 ? "县财政局" : null,
        "万元",
        Math.round(13600 * share),
        row === 0 ? "叶稳太" : null,
        row === 0 ? "县财政局" : null,
        row === 0 ? "张正银" : null,
      ])
    );
    for (const column of [0, 1, 4, 7, 8, 9]) {
      merges.push({ top, left: column, bottom: top + 2, right: column });
    }
  }
  return { name: "分解表", values, merges };
}
