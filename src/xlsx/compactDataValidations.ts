import type { DataValidation, Worksheet } from "exceljs";

/** exceljs keeps a worksheet's data validation as a map from address ("B5" or "B5:B500") to rule. */
interface ValidationStore {
  model: Record<string, DataValidation | undefined>;
}

/** The worksheet's validation store; exceljs's typings leave it out. */
export function validationStore(worksheet: Worksheet): ValidationStore {
  return (worksheet as unknown as { dataValidations: ValidationStore }).dataValidations;
}

function columnNumber(letters: string): number {
  return letters.split("").reduce((sum, letter) => sum * 26 + (letter.charCodeAt(0) - 64), 0);
}

function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "B5" → {column 2, row 5}; "B5:C9" → each cell; null for anything else. */
function cellsOf(address: string): { column: number; row: number }[] | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (match === null) {
    return null;
  }
  const left = columnNumber(match[1].toUpperCase());
  const top = Number(match[2]);
  const right = match[3] === undefined ? left : columnNumber(match[3].toUpperCase());
  const bottom = match[4] === undefined ? top : Number(match[4]);
  const cells: { column: number; row: number }[] = [];
  for (let column = Math.min(left, right); column <= Math.max(left, right); column++) {
    for (let row = Math.min(top, bottom); row <= Math.max(top, bottom); row++) {
      cells.push({ column, row });
    }
  }
  return cells;
}

/**
 * 数据验证整理 (compact data validation): rewrites a worksheet's data validation as one range per
 * rule and column run ("B5:B500"), in place. exceljs reads a validated range as one entry per
 * cell and, when it writes them back, squeezes the cells together in the text order of their
 * addresses ("B10" before "B5"), which yields overlapping ranges ("B10:B500" and "B5:B500") that
 * Excel repairs on opening. Entries given as ranges are written as they are, so compacting first
 * keeps the clerk's validation intact. Addresses it cannot read are left alone.
 */
export function compactDataValidations(worksheet: Worksheet): void {
  const store = validationStore(worksheet);
  const groups = new Map<string, { rule: DataValidation; cells: Map<number, Set<number>> }>();
  const kept: Record<string, DataValidation | undefined> = {};
  for (const [address, rule] of Object.entries(store.model)) {
    if (rule === undefined) {
      continue;
    }
    const cells = cellsOf(address);
    if (cells === null) {
      kept[address] = rule;
      continue;
    }
    const key = JSON.stringify(rule);
    const group = groups.get(key) ?? { rule, cells: new Map<number, Set<number>>() };
    groups.set(key, group);
    for (const { column, row } of cells) {
      const rows = group.cells.get(column) ?? new Set<number>();
      rows.add(row);
      group.cells.set(column, rows);
    }
  }

  const compacted: Record<string, DataValidation | undefined> = { ...kept };
  for (const { rule, cells } of groups.values()) {
    // Runs of rows per column, then neighbouring columns with the same runs joined.
    const runsByColumn = new Map<number, string[]>();
    for (const [column, rows] of cells) {
      const sorted = [...rows].sort((a, b) => a - b);
      const runs: string[] = [];
      let start = sorted[0];
      for (let index = 1; index <= sorted.length; index++) {
        if (index === sorted.length || sorted[index] !== sorted[index - 1] + 1) {
          runs.push(`${start}:${sorted[index - 1]}`);
          start = sorted[index];
        }
      }
      runsByColumn.set(column, runs);
    }
    const columns = [...runsByColumn.keys()].sort((a, b) => a - b);
    const done = new Set<string>();
    for (const column of columns) {
      for (const run of runsByColumn.get(column) ?? []) {
        if (done.has(`${column}|${run}`)) {
          continue;
        }
        let right = column;
        while (runsByColumn.get(right + 1)?.includes(run) === true) {
          right++;
          done.add(`${right}|${run}`);
        }
        const [top, bottom] = run.split(":").map(Number);
        const address =
          top === bottom && right === column
            ? `${columnLetters(column)}${top}`
            : `${columnLetters(column)}${top}:${columnLetters(right)}${bottom}`;
        compacted[address] = rule;
      }
    }
  }
  store.model = compacted;
}
