import { headerRowCount, SheetSpec, subtitleRowHeight } from "../engine";
import {
  Block,
  callOverheadBytes,
  CellInput,
  cellInputOf,
  runsOf,
  sized,
  SizedOp,
  SummaryOp,
} from "./summaryOpTypes";
import { belowTableOps, textRowOps } from "./summaryTextOps";
import { utf8Length } from "./utf8Length";
import { WorkbookError } from "./workbookError";

export {
  callOverheadBytes,
  cellInputOf,
  type Block,
  type CellInput,
  type SizedOp,
  type SummaryOp,
} from "./summaryOpTypes";

/** Options of {@link summaryOps}. */
export interface SummaryOpsOptions {
  /** Whether to set up printing (needs ExcelApi 1.9). */
  readonly printSetup: boolean;
  /** Largest estimated size of one block of data rows. */
  readonly maxBlockBytes: number;
}

/** Column width in characters → points: ~7.5 px per character, 0.75 pt per px. */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 7.5 * 0.75 * 100) / 100;
}

/** Layout of the summary sheets, the same as the .xlsx writer's. */
const titleFontSize = 16;
const subtitleFontSize = 11;
const subtitleColor = "#595959";
const headerFill = "#D9D9D9";
const textFormat = "@";

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
  const headingColumns = Math.min(spec.headingColumns ?? columnCount, columnCount);
  const headingRow = (row: number): Block => ({
    top: row,
    left: 0,
    rows: 1,
    columns: headingColumns,
  });
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
        rowHeight: subtitleRowHeight({
          subtitle: spec.subtitle,
          columns: spec.columns.slice(0, headingColumns),
        }),
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
    if (headingColumns > 1) {
      const merge: SummaryOp = { kind: "merge", block: headingRow(line.row) };
      ops.push(sized(merge, merge));
    }
    const format: SummaryOp = { kind: "format", block: headingRow(line.row), ...line.style };
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
      ...(spec.headerRowHeight === undefined ? {} : { rowHeight: spec.headerRowHeight }),
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

    const textRows = new Set((spec.textRows ?? []).map((line) => line.row));
    const bordered = [true, ...spec.rows.map((_, row) => !textRows.has(row))];
    for (const run of runsOf(
      bordered.map((on) => (on ? true : null)),
      () => true
    )) {
      const borders: SummaryOp = {
        kind: "borders",
        block: {
          top: firstDataRow - 1 + run.start,
          left: 0,
          rows: run.length,
          columns: columnCount,
        },
      };
      ops.push({ op: borders, bytes: callOverheadBytes * 6 });
    }
  }

  ops.push(...textRowOps(spec, columnCount));

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
    const key = JSON.stringify({
      fill: style.fill,
      fontColor: style.fontColor,
      bold: style.bold,
      wrapText: style.wrapText,
    });
    const column = byColumn.get(style.column) ?? new Map<number, string>();
    column.set(style.row, key);
    byColumn.set(style.column, column);
  }
  for (const [column, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    const keys = Array.from({ length: rowCount }, (_, row) => rows.get(row) ?? null);
    for (const run of runsOf(keys, (a, b) => a === b)) {
      const style = JSON.parse(run.key) as {
        fill?: string;
        fontColor?: string;
        bold?: boolean;
        wrapText?: boolean;
      };
      const op: SummaryOp = {
        kind: "format",
        block: { top: firstDataRow + run.start, left: column, rows: run.length, columns: 1 },
        ...(style.fill !== undefined ? { fill: style.fill } : {}),
        ...(style.fontColor !== undefined ? { fontColor: style.fontColor } : {}),
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.wrapText === true
          ? { wrapText: true, horizontalAlignment: "Center" as const }
          : {}),
      };
      ops.push(sized(op, op));
    }
  }

  ops.push(...belowTableOps(spec, columnCount));

  if (spec.freeze.rows > 0 || spec.freeze.columns > 0) {
    const op: SummaryOp = { kind: "freeze", rows: spec.freeze.rows, columns: spec.freeze.columns };
    ops.push(sized(op, op));
  }
  if (options.printSetup) {
    const below = (spec.legend?.length ? 1 : 0) + (spec.closingLines?.length ?? 0);
    const top = (spec.print.printedFromRow ?? 1) - 1;
    const lastRow = firstDataRow + rowCount + below - 1;
    const op: SummaryOp = {
      kind: "print",
      print: spec.print,
      ...(spec.print.printedColumns === undefined && spec.print.printedFromRow === undefined
        ? {}
        : {
            area: {
              top,
              left: 0,
              rows: Math.max(1, lastRow - top + 1),
              columns: spec.print.printedColumns ?? columnCount,
            },
          }),
    };
    ops.push({ op, bytes: callOverheadBytes * 8 + utf8Length(JSON.stringify(spec.print)) });
    for (const row of spec.pageBreaksBefore ?? []) {
      if (row > 0 && row < rowCount) {
        const pageBreak: SummaryOp = { kind: "pageBreak", row: firstDataRow + row };
        ops.push(sized(pageBreak, pageBreak));
      }
    }
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
