import { CellValue, GridSheet, MergedArea } from "../engine";
import { parseAreas } from "./areaAddress";
import { officeCellValue } from "./officeCellValue";

/** One block of a sheet as Excel returned it (values, and number formats to tell dates). */
export interface CellBlock {
  /** 0-based row and column of the block's top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  /** Number formats of the same cells; omitted: no dates. */
  readonly numberFormats?: readonly (readonly unknown[])[];
}

/** What was read of one sheet, as plain data: blocks of cells, merged areas, hidden rows. */
export interface SheetRead {
  readonly name: string;
  /** The blocks that hold the sheet's values; cells outside every block are blank. */
  readonly blocks: readonly CellBlock[];
  /** Address lists of merged areas ("Sheet1!A1:C1, Sheet1!A5:B6"), in any order, repeats allowed. */
  readonly mergedAddresses: readonly string[];
  /** 0-based rows that are hidden, when they were read. */
  readonly hiddenRows?: readonly number[];
}

/** The row every row outside the blocks shares: blank, nothing stored. */
const blankRow: readonly CellValue[] = Object.freeze([]);

/**
 * 工作表数据: what was read of one sheet as a {@link GridSheet} from A1. A row that a block covers
 * reaches to the right edge of the widest block on it (columns before a block padded with null,
 * blanks as null, errors as their "#N/A" text, date-formatted serials as ISO dates); a row no block
 * covers is empty and shared, so a sheet whose data lie far apart (a stray cell at XFD1048576) costs
 * its rows, never rows × columns. Rows after the last value are dropped; merged areas are 0-based,
 * each once, those starting outside the grid dropped; hidden rows those of the data's rows, sorted.
 * An all-blank sheet has no rows.
 */
export function gridSheetOf(read: SheetRead): GridSheet {
  const rows = new Map<number, CellValue[]>();
  let lastFilled = -1;
  for (const block of [...read.blocks].sort(
    (a, b) => a.rowIndex - b.rowIndex || a.columnIndex - b.columnIndex
  )) {
    block.values.forEach((cells, offset) => {
      const index = block.rowIndex + offset;
      const formats = block.numberFormats?.[offset];
      const row = rows.get(index) ?? [];
      rows.set(index, row);
      const right = block.columnIndex + cells.length;
      while (row.length < right) {
        row.push(null);
      }
      cells.forEach((value, column) => {
        const cell = officeCellValue(value, formats?.[column]);
        if (cell !== null) {
          row[block.columnIndex + column] = cell;
          lastFilled = Math.max(lastFilled, index);
        }
      });
    });
  }
  const values: (readonly CellValue[])[] = [];
  for (let index = 0; index <= lastFilled; index++) {
    values.push(rows.get(index) ?? blankRow);
  }
  const columns = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const seen = new Set<string>();
  const merges: MergedArea[] = [];
  for (const address of read.mergedAddresses) {
    for (const area of parseAreas(address)) {
      const key = `${area.top}:${area.left}:${area.bottom}:${area.right}`;
      if (!seen.has(key) && area.top < values.length && area.left < columns) {
        seen.add(key);
        merges.push(area);
      }
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const sheet: GridSheet = { name: read.name, values, merges };
  if (read.hiddenRows === undefined) {
    return sheet;
  }
  const firstRow = Math.min(...read.blocks.map((block) => block.rowIndex));
  const hiddenRows = [...new Set(read.hiddenRows)]
    .filter((row) => row >= firstRow && row < values.length)
    .sort((a, b) => a - b);
  return { ...sheet, hiddenRows };
}
