import ExcelJS from "exceljs";
import { GridSheet } from "../../../src/engine/kernel/grid";
import { ReturnedFile } from "../../../src/engine/returns/collectPlan";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { returned } from "./returnsFixture";

const _ = null;

/** A small ledger's 分解表: two units' four indicators (地方财政收入 in both measures). */
export function longFormTable(): GridSheet {
  return {
    name: "分解表",
    values: [
      ["2016年镇巴县目标任务分解表", _, _, _, _, _],
      ["序号", "考核指标", "口径", "计量单位", "全年目标", "牵头单位"],
      [1, "地方财政收入", "绝对量", "万元", 13600, "县财政局"],
      [2, "地方财政收入", "增幅", "%", 10, "县财政局"],
      [3, "专利申请量", "绝对量", "件", 30, "县科技局"],
      [4, "专利授权量", "绝对量", "件", 12, "县科技局"],
    ],
    merges: [],
  };
}

/**
 * Its long-form 月度完成 sheet with 口径: July rows for three indicators ("7月" text months), a
 * blank August row of 专利授权量, and a note merged over A7:D8 below them.
 */
export function longFormActuals(): GridSheet {
  return {
    name: "月度完成",
    values: [
      ["指标", "口径", "月份", "累计完成", "牵头单位"],
      ["地方财政收入", "绝对量", "7月", 7700, "县财政局"],
      ["地方财政收入", "增幅", "7月", 10.2, "县财政局"],
      ["专利申请量", "绝对量", "7月", 12, "县科技局"],
      ["专利授权量", "绝对量", "7月", 5, "县科技局"],
      ["专利授权量", "绝对量", "8月", _, "县科技局"],
      ["注：每月15日前报送", _, _, _, _],
      [_, _, _, _, _],
    ],
    merges: [{ top: 6, left: 0, bottom: 7, right: 3 }],
  };
}

/** The same July figures without 口径, numbers for months and a 计量单位 column ("%": 增幅). */
export function longFormNumbered(): GridSheet {
  return {
    name: "月度完成",
    values: [
      ["指标", "月份", "计量单位", "累计完成"],
      ["地方财政收入", 7, "万元", 7700],
      ["地方财政收入", 7, "%", 10.2],
      ["专利申请量", 7, "件", 12],
    ],
    merges: [],
  };
}

/** What the two units report for August, by indicator key. */
export const AUGUST_REPORTED: ReadonlyMap<string, number> = new Map([
  ["地方财政收入|绝对量", 8235],
  ["地方财政收入|增幅", 10.5],
  ["专利申请量|绝对量", 14],
  ["专利授权量|绝对量", 7],
]);

/** A form's sheet (8月报送表, as exceljs reads it) filled in with `figures` by indicator key. */
export function fillFormSheet(
  sheet: ExcelJS.Worksheet,
  figures: ReadonlyMap<string, number>
): void {
  sheet.eachRow((row, number) => {
    if (number >= 5) {
      const key = `${String(row.getCell(2).value)}|${String(row.getCell(3).value)}`;
      row.getCell(7).value = figures.get(key) ?? null;
    }
  });
}

/** August returns of 县财政局 and 县科技局 (filled in on 9 and 10 September). */
export function augustReturns(sheets: readonly GridSheet[]): ReturnedFile[] {
  const forms = returnForms(readLedger(sheets).table!, 8, { year: 2016 });
  const dates: Readonly<Record<string, string>> = {
    县财政局: "2016-09-09",
    县科技局: "2016-09-10",
  };
  return forms.map((form) =>
    returned(form, { figures: AUGUST_REPORTED, date: dates[form.unit] }, "2016-09-11")
  );
}
