import { CellValue, GridSheet, MergedArea } from "../kernel/grid";

/** Looks up a sheet's cells with merged areas filled in. */
export interface MergeIndex {
  /** Rows in the sheet. */
  readonly rows: number;
  /** Columns of the longest row. */
  readonly columns: number;
  /** The cell's own value (null past the end of a ragged row). */
  own(row: number, column: number): CellValue;
  /** The cell's value with merges filled in: inside a merged area, the top-left cell's value. */
  filled(row: number, column: number): CellValue;
  /** The merged area that covers the cell (clipped to the sheet), if any. */
  area(row: number, column: number): MergedArea | undefined;
  /** True when the cell lies inside a merged area but is not its top-left cell. */
  isCovered(row: number, column: number): boolean;
}

/** Cells a merge index records before it stops indexing (guards against absurd merged areas). */
const MAX_INDEXED_CELLS = 4_000_000;

/**
 * 合并单元格索引: indexes a sheet's merged areas once, so every lookup of a filled cell is one map
 * access (no scan of the merge list per cell). Merged areas are clipped to the sheet; areas with
 * non-numeric or inverted bounds are ignored; where areas overlap, the first listed wins.
 */
export function mergeIndex(sheet: GridSheet): MergeIndex {
  const values: readonly (readonly CellValue[])[] = Array.isArray(sheet.values) ? sheet.values : [];
  const rows = values.length;
  let columns = 0;
  for (const row of values) {
    if (typeof row === "object" && row !== null && row.length > columns) {
      columns = row.length;
    }
  }
  const areas: MergedArea[] = [];
  const byCell = new Map<number, number>();
  let indexed = 0;
  for (const merge of Array.isArray(sheet.merges) ? sheet.merges : []) {
    const area = clip(merge, rows, columns);
    if (area === null) {
      continue;
    }
    const id = areas.length;
    areas.push(area);
    for (let row = area.top; row <= area.bottom && indexed < MAX_INDEXED_CELLS; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const key = row * columns + column;
        if (!byCell.has(key)) {
          byCell.set(key, id);
          indexed++;
        }
      }
    }
  }

  const own = (row: number, column: number): CellValue => {
    const cells = values[row];
    // not Array.isArray: it is a slow call in some hosts (jest's sandbox), and this runs per cell
    if (typeof cells !== "object" || cells === null) {
      return null;
    }
    const value: unknown = cells[column];
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? value
      : null;
  };
  const area = (row: number, column: number): MergedArea | undefined => {
    if (byCell.size === 0) {
      return undefined;
    }
    const id = byCell.get(row * columns + column);
    return id === undefined ? undefined : areas[id];
  };
  return {
    rows,
    columns,
    own,
    area,
    filled: (row, column) => {
      const merged = area(row, column);
      return merged === undefined ? own(row, column) : own(merged.top, merged.left);
    },
    isCovered: (row, column) => {
      const merged = area(row, column);
      return merged !== undefined && (merged.top !== row || merged.left !== column);
    },
  };
}

/** The merged area clipped to the sheet, or null when nothing of it is left. */
function clip(merge: unknown, rows: number, columns: number): MergedArea | null {
  if (typeof merge !== "object" || merge === null) {
    return null;
  }
  const { top, left, bottom, right } = merge as Record<string, unknown>;
  if (
    ![top, left, bottom, right].every((bound) => typeof bound === "number" && !Number.isNaN(bound))
  ) {
    return null;
  }
  const area = {
    top: Math.max(0, Math.ceil(top as number)),
    left: Math.max(0, Math.ceil(left as number)),
    bottom: Math.min(rows - 1, Math.floor(bottom as number)),
    right: Math.min(columns - 1, Math.floor(right as number)),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}
