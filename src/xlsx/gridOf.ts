import type {
  CellErrorValue,
  CellRichTextValue,
  CellValue as ExcelCellValue,
  Worksheet,
} from "exceljs";
import { CellValue, GridSheet, MergedArea } from "../engine";

/** Rich text → its plain text, runs joined. */
function richTextOf(value: CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * A date as ISO: "2016-07-15" when it falls on midnight, else "2016-07-15T08:30:00". exceljs reads
 * date-formatted serials as UTC dates, so UTC fields are the workbook's own.
 */
export function isoDateOf(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    return "#VALUE!";
  }
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day}T${time}`;
}

/**
 * 单元格值 (cell value): one exceljs value as the engine's {@link CellValue}. Numbers, strings and
 * booleans as they are; rich text flattened; formulas → their cached result (null when the file has
 * none); errors → "#N/A", "#DIV/0!" …; dates → ISO strings; hyperlinks → their text; "" → null.
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
      return cellValueOf(record.result as ExcelCellValue | undefined);
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

/** One exceljs worksheet as a {@link GridSheet}: the used range from A1, rectangular. */
export function gridOf(worksheet: Worksheet): GridSheet {
  const cells: { row: number; column: number; value: CellValue }[] = [];
  let height = 0;
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged area's value stands in its top-left cell only, as in Excel's own ranges.
      if (cell.isMerged && cell.master.address !== cell.address) {
        return;
      }
      const value = cellValueOf(cell.value);
      if (value === null) {
        return;
      }
      cells.push({ row: rowNumber - 1, column: columnNumber - 1, value });
      height = Math.max(height, rowNumber);
      width = Math.max(width, columnNumber);
    });
  });

  const merges = (worksheet.model.merges ?? [])
    .map(mergedAreaOf)
    .filter((area): area is MergedArea => area !== null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  for (const area of merges) {
    height = Math.max(height, area.bottom + 1);
    width = Math.max(width, area.right + 1);
  }

  const values: CellValue[][] = Array.from({ length: height }, () =>
    new Array<CellValue>(width).fill(null)
  );
  for (const { row, column, value } of cells) {
    values[row][column] = value;
  }

  const hiddenRows: number[] = [];
  for (let rowNumber = 1; rowNumber <= height; rowNumber++) {
    if (worksheet.getRow(rowNumber).hidden) {
      hiddenRows.push(rowNumber - 1);
    }
  }

  return { name: worksheet.name, values, merges, hiddenRows };
}
