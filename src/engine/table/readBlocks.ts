import { cellText } from "../kernel/cellText";
import { toSimplified } from "../kernel/toSimplified";
import { BlockDraft } from "./blockDraft";
import { isTotalRow } from "./isTotalRow";
import { readCell } from "./readCell";
import { repeatsHeader } from "./repeatsHeader";
import { rowContent } from "./rowContent";
import { splitNameUnit } from "./splitNameUnit";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/** An Excel error value standing where a name belongs (#REF! from a broken link, #N/A …). */
const EXCEL_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
/** Characters that make a name's key differ from the name: upper case letters and white space. */
const KEY_CHANGES = /[A-Z\s]/;

/** What {@link readBlocks} does with the rows it groups. */
export interface BlockVisitor {
  /** A row of `block` (its first row too); `hasData` when it holds more than the name. */
  readonly row: (block: BlockDraft, row: number, hasData: boolean) => void;
  /** The block has ended: no row of it follows. */
  readonly end: (block: BlockDraft) => void;
}

/**
 * 指标区块: groups the data rows under the header into blocks, one per indicator, top to bottom.
 * The name stands on the first row of its block (merged over the block, or written once): a blank
 * name cell continues the block above, and so does the same name in another spelling (traditional
 * characters, case, spaces). A block ends at the next name, at a total (合计, 小计 …: the rows under
 * it belong to no indicator), at a section heading or note merged across the table and at an Excel
 * error where the name belongs. Blank rows and the header repeated under itself are passed over.
 * A data row with no name to go by — at the start, after a heading, or holding an Excel error — is
 * reported once (`missing_name`). Calls `visit.row` for every row of a block, then `visit.end`.
 */
export function readBlocks(context: TableContext, sink: TableSink, visit: BlockVisitor): void {
  const { index, indicatorColumn } = context;
  let block: BlockDraft | null = null;
  const end = (): void => {
    if (block !== null) {
      visit.end(block);
      block = null;
    }
  };
  /**
   * Without a block, whether a row without a name is reported: yes at the start and after a
   * heading (its data belongs to no indicator); no under a total or a name already reported.
   */
  let reportNameless = true;
  /** The total row being passed over (合计 and the rows under it), reported when it ends. */
  let total: {
    readonly row: number;
    readonly name: string;
    lastRow: number;
    data: boolean;
  } | null = null;
  const endTotal = (): void => {
    if (total !== null && total.data) {
      const rows =
        total.lastRow === total.row
          ? { rows: `第${total.row + 1}行`, rowsEn: `row ${total.row + 1}` }
          : {
              rows: `第${total.row + 1}至${total.lastRow + 1}行`,
              rowsEn: `rows ${total.row + 1} to ${total.lastRow + 1}`,
            };
      sink.reportOnce(total.row, indicatorColumn, "total_row", "warning", "tableTotalRow", {
        name: total.name,
        ...rows,
      });
    }
    total = null;
  };
  for (let row = context.header.dataStart; row < index.rows; row++) {
    const content = rowContent(context, row);
    if (content === "none" || repeatsHeader(context, row)) {
      continue; // blank, or the header repeated on a second printed page pasted below
    }
    const nameArea = index.area(row, indicatorColumn);
    if (
      content !== "data" &&
      nameArea !== undefined &&
      nameArea.left === indicatorColumn &&
      spansOtherColumns(context, nameArea.right)
    ) {
      // a section heading or a note merged across the table (a name merged across columns with
      // figures beside it is an indicator, read below)
      end();
      endTotal();
      reportNameless = true;
      continue;
    }
    const written = cellText(readCell(index, row, indicatorColumn));
    if (written === "" && total !== null) {
      if (content === "data") {
        total.lastRow = row; // a row of the total above
        total.data = true;
      }
      continue;
    }
    const { name, unit: nameUnit } = splitNameUnit(written);
    if (name === "" || EXCEL_ERROR.test(name)) {
      if (name !== "") {
        end(); // #REF! where the name should be: no name to go by
        endTotal();
      } else if (block !== null) {
        visit.row(block, row, content === "data");
        continue;
      }
      if (content === "data" && (reportNameless || name !== "")) {
        sink.reportOnce(row, indicatorColumn, "missing_name", "error", "tableMissingName", {
          detail: name === "" ? "" : `（单元格为“${name}”）`,
          detailEn: name === "" ? "" : ` (the cell holds "${name}")`,
        });
      }
      reportNameless = name === "" && reportNameless;
      continue;
    }
    const key = nameKey(name);
    if (isTotalRow(key)) {
      end();
      if (total === null || total.name !== name) {
        endTotal();
        total = { row, name, lastRow: row, data: content === "data" };
      } else if (content === "data") {
        total.lastRow = row;
        total.data = true;
      }
      reportNameless = false; // the rows under a total belong to it
      continue;
    }
    endTotal();
    if (block === null || (name !== block.name && key !== block.nameKey)) {
      end();
      block = newBlock(name, key, nameUnit, row);
    }
    visit.row(block, row, content === "data");
  }
  end();
  endTotal();
}

/** True when a merged name cell reaching `right` covers a mapped column other than the measure. */
function spansOtherColumns(context: TableContext, right: number): boolean {
  return context.header.columns.some(
    (mapping) =>
      mapping.column > context.indicatorColumn &&
      mapping.column <= right &&
      mapping.role !== "measure"
  );
}

/** The key two spellings of a name share: simplified, lower case, without spaces. */
function nameKey(name: string): string {
  const simplified = toSimplified(name);
  return KEY_CHANGES.test(simplified) ? simplified.toLowerCase().replace(/\s+/g, "") : simplified;
}

function newBlock(name: string, key: string, nameUnit: string, row: number): BlockDraft {
  return {
    name,
    nameKey: key,
    nameUnit,
    firstRow: row,
    records: [],
    skipped: [],
    people: [],
    resolvedPeople: null,
    lastCheckpoint: null,
  };
}
