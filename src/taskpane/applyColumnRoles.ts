import { CellValue, GridSheet, MergedArea } from "../engine/grid";
import { ColumnRole } from "../engine/tableModel";

/** A column's role as the clerk may set it: a reader role, or not used (`ignore`). */
export type ColumnChoice = ColumnRole | "ignore";

/** 列角色更正: the role the clerk gave one column (0-based) of the table; `month` for period columns. */
export interface ColumnCorrection {
  readonly column: number;
  readonly role: ColumnChoice;
  /** The cumulative month of a checkpointTarget or actual column (上半年 → 6). */
  readonly month?: number;
}

/** Header words the table reader recognises exactly, one per role. */
const ROLE_WORDS: Readonly<Record<Exclude<ColumnChoice, "checkpointTarget" | "actual">, string>> = {
  indicator: "主要指标",
  measure: "口径",
  checkpoint: "倒排时间",
  unit: "单位",
  target: "考核任务",
  leader: "包抓领导",
  leadUnit: "牵头单位",
  units: "责任单位及配合单位",
  cooperatingUnits: "配合单位",
  person: "责任人",
  supervisor: "监管部门",
  direction: "方向",
  month: "月份",
  ignore: "备注",
};

/**
 * 规范表头: the header word that makes the table reader give a column `role` ("考核任务" → target,
 * "1-7月目标" → the July checkpoint target, "7月累计完成" → the July actual). Null for a period role
 * without a month.
 */
export function roleHeaderWord(correction: ColumnCorrection, periods = 12): string | null {
  const { role, month } = correction;
  if (role === "checkpointTarget" || role === "actual") {
    if (month === undefined || !Number.isSafeInteger(month) || month < 1 || month > periods) {
      return null;
    }
    if (role === "actual") {
      return `${month}月累计完成`;
    }
    return month === periods ? "全年目标" : `1-${month}月目标`;
  }
  return ROLE_WORDS[role];
}

/** Longest text read as a header above the corrected cell; longer ones are titles. */
const MAX_HEADER_LENGTH = 12;

function covers(area: MergedArea, row: number, column: number): boolean {
  return area.top <= row && row <= area.bottom && area.left <= column && column <= area.right;
}

/**
 * 应用列角色更正: a copy of the table's sheet whose header cells say, in words the reader knows, the
 * roles the clerk chose — so `readTable` and `buildMonthlySummary`, which have no option for role
 * overrides yet, read the columns as corrected. The workbook itself is never changed.
 *
 * In the copy, the corrected column's cell in the last header row gets the role's word; a merged
 * area there that spans several columns is unmerged (its value filled into each cell) first, a
 * merged area that spans only this column gets the word in its top-left cell; in a two-row header
 * a plain (unmerged) cell above that names a role is given the word too, since a role named above
 * wins (a long text there, such as an unmerged title, is left alone). Corrections without a word are
 * skipped.
 *
 * @param headerRows the 1-based first and last header rows, as the reader found them.
 */
export function applyColumnRoles(
  sheet: GridSheet,
  headerRows: readonly [number, number],
  corrections: readonly ColumnCorrection[],
  periods = 12
): GridSheet {
  if (corrections.length === 0) {
    return sheet;
  }
  const values: CellValue[][] = sheet.values.map((row) => [...row]);
  let merges: MergedArea[] = [...sheet.merges];
  const top = headerRows[0] - 1;
  const bottom = headerRows[1] - 1;
  if (bottom < 0 || bottom >= values.length) {
    return sheet;
  }
  const set = (row: number, column: number, value: CellValue): void => {
    const cells = values[row];
    while (cells.length <= column) {
      cells.push(null);
    }
    cells[column] = value;
  };
  const valueAt = (row: number, column: number): CellValue => values[row]?.[column] ?? null;

  for (const correction of corrections) {
    const word = roleHeaderWord(correction, periods);
    if (word === null || !Number.isSafeInteger(correction.column) || correction.column < 0) {
      continue;
    }
    const column = correction.column;
    const area = merges.find((merge) => covers(merge, bottom, column));
    if (area !== undefined && area.left === area.right) {
      // Merged down only (a header spanning both header rows): the word goes in its top-left cell.
      set(area.top, column, word);
      continue;
    }
    if (area !== undefined) {
      // Merged across columns: unmerge and fill, so this column's cell stands alone.
      merges = merges.filter((merge) => merge !== area);
      const filled = valueAt(area.top, area.left);
      for (let row = area.top; row <= area.bottom; row++) {
        for (let other = area.left; other <= area.right; other++) {
          set(row, other, filled);
        }
      }
    }
    set(bottom, column, word);
    if (top < bottom) {
      const above = merges.find((merge) => covers(merge, top, column));
      const text = valueAt(top, column);
      if (
        above === undefined &&
        typeof text === "string" &&
        text.trim() !== "" &&
        text.trim().length <= MAX_HEADER_LENGTH
      ) {
        set(top, column, word);
      }
    }
  }
  return { ...sheet, values, merges };
}
