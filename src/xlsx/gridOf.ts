import type {
  CellErrorValue,
  CellRichTextValue,
  CellValue as ExcelCellValue,
  Worksheet,
} from "exceljs";
import { CellValue, GridSheet, MergedArea } from "../engine";
import { isoDateOf } from "./isoDateOf";

export { isoDateOf } from "./isoDateOf";

/** Rich text → its plain text, runs joined. */
function richTextOf(value: CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * 单元格值 (cell value): one exceljs value as the engine's {@link CellValue}. Numbers, strings and
 * booleans as they are; rich text flattened; formulas → their cached result (their text "=…" when
 * the file has none); errors → "#N/A", "#DIV/0!" …; dates → ISO strings; hyperlinks → their text;
 * "" → null.
 */
export function cellValueOf(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : "#NUM!";
  }
  if (typeof value === "string") {
    return value === "" ? null : value;
  }
  if (typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) {
    return isoDateOf(value);
  }
  if (isObject(value)) {
    const record: Record<string, unknown> = value;
    if ("error" in record) {
      return String((value as CellErrorValue).error);
    }
    if (Array.isArray(record.richText)) {
      return cellValueOf(richTextOf(value as CellRichTextValue));
    }
    if ("formula" in record || "sharedFormula" in record) {
      // A formula saved without its result reads as its text, which the engine reports.
      return record.result === undefined || record.result === null
        ? `=${typeof record.formula === "string" ? record.formula : ""}`
        : cellValueOf(record.result as ExcelCellValue);
    }
    if ("hyperlink" in record) {
      return cellValueOf((record.text ?? record.hyperlink) as ExcelCellValue | undefined);
    }
    if ("text" in record) {
      return cellValueOf(record.text as ExcelCellValue | undefined);
    }
  }
  return null;
}

/** "B3:D5" (or "B3") → a 0-based merged area. */
function mergedAreaOf(range: string): MergedArea | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.trim());
  if (match === null) {
    return null;
  }
  const column = (letters: string): number =>
    letters
      .toUpperCase()
      .split("")
      .reduce((sum, letter) => sum * 26 + (letter.charCodeAt(0) - 64), 0) - 1;
  const top = Number(match[2]) - 1;
  const left = column(match[1]);
  const bottom = match[4] === undefined ? top : Number(match[4]) - 1;
  const right = match[3] === undefined ? left : column(match[3]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** The one empty row every gap of a grid shares (grids are read-only). */
const emptyRow: readonly CellValue[] = Object.freeze([]);

/**
 * One exceljs worksheet as a {@link GridSheet}, sparse: each row ends at its last value (rows are
 * ragged), rows without values share one empty row, and the grid reaches the bottom of its merged
 * areas. Nothing is allocated per empty cell, so a stray value in XFD1048576 costs one row of
 * 16,384 cells and a million row slots, never a rectangle. A merged area's value stands in its
 * top-left cell only, as in Excel's own ranges.
 */
export function gridOf(worksheet: Worksheet): GridSheet {
  const values: (readonly CellValue[])[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let cells: CellValue[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) {
        return;
      }
      const value = cellValueOf(cell.value);
      if (value === null) {
        return;
      }
      cells ??= [];
      while (cells.length < columnNumber - 1) {
        cells.push(null);
      }
      cells[columnNumber - 1] = value;
    });
    if (cells !== null) {
      while (values.length < rowNumber - 1) {
        values.push(emptyRow);
      }
      values[rowNumber - 1] = cells;
    }
  });
  const merges = (worksheet.model.merges ?? [])
    .map(mergedAreaOf)
    .filter((area): area is MergedArea => area !== null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const height = merges.reduce((bottom, area) => Math.max(bottom, area.bottom + 1), values.length);
  while (values.length < height) {
    values.push(emptyRow);
  }
  // The rows exceljs holds (one object per row the file lists; `eachRow({ includeEmpty: true })`
  // would make one for every row up to the last), the hidden ones.
  const hiddenRows: number[] = [];
  (worksheet as unknown as { _rows: ({ hidden: boolean } | undefined)[] })._rows.forEach(
    (row, index) => {
      if (row !== undefined && row.hidden && index < height) {
        hiddenRows.push(index);
      }
    }
  );
  return { name: worksheet.name, values, merges, hiddenRows };
}
