import { CellValue, GridSheet } from "../kernel/grid";
import { CollectPlan } from "./collectPlan";
import { plannedWrites } from "./plannedWrites";

/**
 * 执行汇总计划 (in memory): the ledger's grids with a collect plan carried out — the cells of
 * `plannedWrites` written (dates as ISO text, as the readers take them), the 报送登记 sheet added
 * at the end when the plan creates it. Every other cell is as it was; the input is not changed.
 */
export function applyCollectPlan(sheets: readonly GridSheet[], plan: CollectPlan): GridSheet[] {
  const { cells, newSheet } = plannedWrites(plan);
  const list: GridSheet[] = [...sheets];
  if (newSheet !== null) {
    list.push({ name: newSheet, values: [], merges: [] });
  }
  return list.map((sheet) => {
    const mine = cells.filter((cell) => cell.sheet === sheet.name);
    if (mine.length === 0) {
      return sheet;
    }
    const values: CellValue[][] = sheet.values.map((row) => [...row]);
    for (const cell of mine) {
      while (values.length <= cell.row) {
        values.push([]);
      }
      const row = values[cell.row];
      while (row.length <= cell.column) {
        row.push(null);
      }
      row[cell.column] = cell.value;
    }
    const width = Math.max(0, ...values.map((row) => row.length));
    return {
      ...sheet,
      values: values.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]),
    };
  });
}
