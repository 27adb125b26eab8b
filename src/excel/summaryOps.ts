import { CellValue, headerRowCount, PrintSetup, SheetSpec, subtitleRowHeight } from "../engine";
import { utf8Length } from "./utf8Length";
import { WorkbookError } from "./workbookError";

/** What Excel takes as one cell's input: text, a number, a boolean, or "" to clear. */
export type CellInput = string | number | boolean;

/** A block of a sheet, 0-based. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * One step of writing a summary sheet, as plain data: the Office.js adapter turns each into a few
 * proxy calls. Number formats go with the values they belong to and are set first.
 */
export type SummaryOp =
  | {
      readonly kind: "columnWidth";
      readonly column: number;
      readonly count: number;
      readonly points: number;
    }
  | {
      readonly kind: "cells";
      readonly top: number;
      readonly left: number;
      readonly numberFormat: readonly (readonly string[])[] | null;
      readonly values: readonly (readonly CellInput[])[];
    }
  | {
      readonly kind: "format";
      readonly block: Block;
      readonly fill?: string;
      readonly bold?: boolean;
      readonly fontColor?: string;
      readonly fontSize?: number;
      readonly wrapText?: boolean;
      readonly horizontalAlignment?: "Center" | "Left";
      /** Height of the block's rows, in points. */
      readonly rowHeight?: number;
    }
  | { readonly kind: "merge"; readonly block: Block }
  | { readonly kind: "borders"; readonly block: Block }
  | { readonly kind: "freeze"; readonly rows: number; readonly columns: number }
  | { readonly kind: "print"; readonly print: PrintSetup }
  | {
      readonly kind: "chart";
      readonly title: string;
      readonly seriesName: string;
      readonly categoryColumn: number;
      readonly valueColumn: number;
      readonly firstRow: number;
      readonly rows: number;
      readonly pointColors: readonly string[];
      /** Where the chart sits: top-left cell and bottom-right cell, 0-based. */
      readonly from: { readonly row: number; readonly column: number };
      readonly to: { readonly row: number; readonly column: number };
    };

/** An op with its estimated request size in bytes. */
export interface SizedOp {
  readonly op: SummaryOp;
  readonly bytes: number;
}

/** Options of {@link summaryOps}. */
export interface SummaryOpsOptions {
  /** Whether to set up printing (needs ExcelApi 1.9). */
  readonly printSetup: boolean;
  /** Largest estimated size of one block of data rows. */
  readonly maxBlockBytes: number;
}

/** Estimated bytes one API call adds to a request besides its arguments (ids, names, paths). */
export const callOverheadBytes = 256;

/** Column width in characters → points: ~7.5 px per character, 0.75 pt per px. */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 7.5 * 0.75 * 100) / 100;
}

/** Layout of the summary sheets, the same as the .xlsx writer's. */
const titleFontSize = 16;
const subtitleFontSize = 10;
const subtitleColor = "#595959";
const headerFill = "#D9D9D9";
const textFormat = "@";

/**
 * What Excel is given for one cell. Text is written with a leading apostrophe unless the cell is
 * formatted as text, so "#N/A", "=…", "007" or "1-7月" stay text and never turn into errors,
 * formulas, numbers or dates; blank is "" (clears the cell).
 */
export function cellInputOf(value: CellValue, isTextCell: boolean): CellInput {
  if (value === null || value === "") {
    return "";
  }
  if (typeof value === "string") {
    return isTextCell && !value.startsWith("'") ? value : `'${value}`;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : "'#NUM!";
  }
  return value;
}

function sized(op: SummaryOp, payload: unknown): SizedOp {
  return { op, bytes: callOverheadBytes + utf8Length(JSON.stringify(payload)) };
}

/** Runs of equal keys: [a, a, b, null, b] → [{start 0, length 2, key a}, {2, 1, b}, {4, 1, b}] (nulls skipped). */
function runsOf<K>(
  keys: readonly (K | null)[],
  same: (a: K, b: K) => boolean
): { start: number; length: number; key: K }[] {
  const runs: { start: number; length: number; key: K }[] = [];
  keys.forEach((key, index) => {
    if (key === null) {
      return;
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.length === index && same(last.key, key)) {
      last.length++;
    } else {
      runs.push({ start: index, length: 1, key });
    }
  });
  return runs;
}

/**
 * 汇总表写入步骤: the steps that write one {@link SheetSpec} in the layout every writer follows —
 * column widths; row 1 the title (merged, bold 16pt, centred); row 2 the subtitle (merged, 10pt
 * grey, wrapped, as high as `subtitleRowHeight` says); row 3 the headers (text format, bold, grey fill, wrapped, centred); data from row 4 in
 * blocks of rows no larger than `maxBlockBytes`, number formats before values; wrapped text
 * columns; thin borders; one fill per run of consecutive rows of the same colour (never per cell);
 * cell styles grouped by runs down a column; frozen panes; print setup when allowed; the chart.
 */
export function summaryOps(spec: SheetSpec, options: SummaryOpsOptions): SizedOp[] {
  const columnCount = Math.max(spec.columns.length, 1);
  const rowCount = spec.rows.length;
  const firstDataRow = headerRowCount;
  const ops: SizedOp[] = [];

  for (const run of runsOf(
    spec.columns.map((column) => columnWidthPoints(column.width)),
    (a, b) => a === b
  )) {
    const op: SummaryOp = {
      kind: "columnWidth",
      column: run.start,
      count: run.length,
      points: run.key,
    };
    ops.push(sized(op, op));
  }

  const wholeRow = (row: number): Block => ({ top: row, left: 0, rows: 1, columns: columnCount });
  const titleLines: {
    row: number;
    text: string;
    style: Partial<Extract<SummaryOp, { kind: "format" }>>;
  }[] = [
    {
      row: 0,
      text: spec.title,
      style: { bold: true, fontSize: titleFontSize, horizontalAlignment: "Center" },
    },
    {
      row: 1,
      text: spec.subtitle,
      style: {
        fontSize: subtitleFontSize,
        fontColor: subtitleColor,
        horizontalAlignment: "Left",
        wrapText: true,
        rowHeight: subtitleRowHeight(spec),
      },
    },
  ];
  for (const line of titleLines) {
    const cells: SummaryOp = {
      kind: "cells",
      top: line.row,
      left: 0,
      numberFormat: null,
      values: [[cellInputOf(line.text, false)]],
    };
    ops.push(sized(cells, cells.values));
    if (columnCount > 1) {
      const merge: SummaryOp = { kind: "merge", block: wholeRow(line.row) };
      ops.push(sized(merge, merge));
    }
    const format: SummaryOp = { kind: "format", block: wholeRow(line.row), ...line.style };
    ops.push(sized(format, format));
  }

  if (spec.columns.length > 0) {
    const headerRow = firstDataRow - 1;
    const header: SummaryOp = {
      kind: "cells",
      top: headerRow,
      left: 0,
      numberFormat: [spec.columns.map(() => textFormat)],
      values: [spec.columns.map((column) => cellInputOf(column.header, true))],
    };
    ops.push(sized(header, [header.numberFormat, header.values]));
    const headerStyle: SummaryOp = {
      kind: "format",
      block: wholeRow(headerRow),
      bold: true,
      fill: headerFill,
      wrapText: true,
      horizontalAlignment: "Center",
    };
    ops.push(sized(headerStyle, headerStyle));
  }

  // Data rows, in blocks of bounded size; each block sets its number formats, then its values.
  if (spec.columns.length > 0) {
    const formatsRow = spec.columns.map((column) => column.numberFormat);
    const formatsBytes = utf8Length(JSON.stringify(formatsRow));
    const isText = spec.columns.map((column) => column.numberFormat === textFormat);
    let blockStart = 0;
    let blockBytes = 0;
    let blockValues: CellInput[][] = [];
    const flush = (): void => {
      if (blockValues.length === 0) {
        return;
      }
      const op: SummaryOp = {
        kind: "cells",
        top: firstDataRow + blockStart,
        left: 0,
        numberFormat: blockValues.map(() => formatsRow),
        values: blockValues,
      };
      ops.push({ op, bytes: callOverheadBytes * 2 + blockBytes });
      blockStart += blockValues.length;
      blockValues = [];
      blockBytes = 0;
    };
    spec.rows.forEach((row) => {
      const inputs = spec.columns.map((_, column) =>
        cellInputOf(row[column] ?? null, isText[column])
      );
      const rowBytes = utf8Length(JSON.stringify(inputs)) + formatsBytes + 2;
      if (blockValues.length > 0 && blockBytes + rowBytes > options.maxBlockBytes) {
        flush();
      }
      blockValues.push(inputs);
      blockBytes += rowBytes;
    });
    flush();

    for (const run of runsOf(
      isText.map((text) => (text ? true : null)),
      () => true
    )) {
      if (rowCount === 0) {
        break;
      }
      const op: SummaryOp = {
        kind: "format",
        block: { top: firstDataRow, left: run.start, rows: rowCount, columns: run.length },
        wrapText: true,
      };
      ops.push(sized(op, op));
    }

    const borders: SummaryOp = {
      kind: "borders",
      block: { top: firstDataRow - 1, left: 0, rows: rowCount + 1, columns: columnCount },
    };
    ops.push({ op: borders, bytes: callOverheadBytes * 6 });
  }

  for (const run of runsOf(
    spec.rowFills.slice(0, rowCount).map((fill) => fill ?? null),
    (a, b) => a.toUpperCase() === b.toUpperCase()
  )) {
    const op: SummaryOp = {
      kind: "format",
      block: { top: firstDataRow + run.start, left: 0, rows: run.length, columns: columnCount },
      fill: run.key,
    };
    ops.push(sized(op, op));
  }

  // Cell styles: one call per run of consecutive rows with the same style in one column.
  const styles = spec.cellStyles.filter(
    (style) =>
      style.row >= 0 &&
      style.row < rowCount &&
      style.column >= 0 &&
      style.column < spec.columns.length
  );
  const byColumn = new Map<number, Map<number, string>>();
  for (const style of styles) {
    const key = JSON.stringify({ fill: style.fill, fontColor: style.fontColor, bold: style.bold });
    const column = byColumn.get(style.column) ?? new Map<number, string>();
    column.set(style.row, key);
    byColumn.set(style.column, column);
  }
  for (const [column, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    const keys = Array.from({ length: rowCount }, (_, row) => rows.get(row) ?? null);
    for (const run of runsOf(keys, (a, b) => a === b)) {
      const style = JSON.parse(run.key) as { fill?: string; fontColor?: string; bold?: boolean };
      const op: SummaryOp = {
        kind: "format",
        block: { top: firstDataRow + run.start, left: column, rows: run.length, columns: 1 },
        ...(style.fill !== undefined ? { fill: style.fill } : {}),
        ...(style.fontColor !== undefined ? { fontColor: style.fontColor } : {}),
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
      };
      ops.push(sized(op, op));
    }
  }

  if (spec.freeze.rows > 0 || spec.freeze.columns > 0) {
    const op: SummaryOp = { kind: "freeze", rows: spec.freeze.rows, columns: spec.freeze.columns };
    ops.push(sized(op, op));
  }
  if (options.printSetup) {
    const op: SummaryOp = { kind: "print", print: spec.print };
    ops.push({ op, bytes: callOverheadBytes * 4 + utf8Length(JSON.stringify(spec.print)) });
  }

  if (spec.chart !== undefined && rowCount > 0) {
    const chart = spec.chart;
    const columnOf = (key: string): number => {
      const index = spec.columns.findIndex((column) => column.key === key);
      if (index < 0) {
        throw new WorkbookError("chartColumnMissing", { column: key, sheet: spec.name });
      }
      return index;
    };
    const valueColumn = columnOf(chart.valueColumn);
    const op: SummaryOp = {
      kind: "chart",
      title: chart.title,
      seriesName: spec.columns[valueColumn].header,
      categoryColumn: columnOf(chart.categoryColumn),
      valueColumn,
      firstRow: firstDataRow,
      rows: rowCount,
      pointColors: chart.pointColors.slice(0, rowCount),
      from: { row: firstDataRow, column: columnCount + 1 },
      to: { row: firstDataRow + 20, column: columnCount + 9 },
    };
    const uniform = new Set(op.pointColors.map((colour) => colour.toUpperCase())).size <= 1;
    const pointBytes = uniform ? 0 : op.pointColors.length * (callOverheadBytes + 24);
    ops.push({ op, bytes: callOverheadBytes * 10 + utf8Length(JSON.stringify(op)) + pointBytes });
  }
  return ops;
}
