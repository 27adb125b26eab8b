import { Status } from "../engine";
import { StatusMark } from "./port";
import { WorkbookError } from "./workbookError";

/** A block of the source table to colour with one status, 0-based. */
export interface MarkBlock {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly status: Status;
}

/**
 * 标记分组: status marks (1-based rows and columns) as blocks, consecutive rows with the same status
 * and the same columns grouped into one block, so each block is one fill in Excel.
 *
 * @throws WorkbookError `invalidMark` when a row or column is not a whole number ≥ 1, or the last
 * column comes before the first.
 */
export function markBlocks(marks: readonly StatusMark[]): MarkBlock[] {
  for (const mark of marks) {
    const valid =
      Number.isInteger(mark.row) &&
      Number.isInteger(mark.firstColumn) &&
      Number.isInteger(mark.lastColumn) &&
      mark.row >= 1 &&
      mark.row <= 1048576 &&
      mark.firstColumn >= 1 &&
      mark.lastColumn >= mark.firstColumn &&
      mark.lastColumn <= 16384;
    if (!valid) {
      throw new WorkbookError("invalidMark", {
        row: String(mark.row),
        firstColumn: String(mark.firstColumn),
        lastColumn: String(mark.lastColumn),
      });
    }
  }
  const sorted = [...marks].sort((a, b) => a.row - b.row || a.firstColumn - b.firstColumn);
  const blocks: { top: number; left: number; rows: number; columns: number; status: Status }[] = [];
  for (const mark of sorted) {
    const last = blocks[blocks.length - 1];
    const left = mark.firstColumn - 1;
    const columns = mark.lastColumn - mark.firstColumn + 1;
    if (
      last !== undefined &&
      last.status === mark.status &&
      last.left === left &&
      last.columns === columns &&
      last.top + last.rows === mark.row - 1
    ) {
      last.rows++;
    } else {
      blocks.push({ top: mark.row - 1, left, rows: 1, columns, status: mark.status });
    }
  }
  return blocks;
}
