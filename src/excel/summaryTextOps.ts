import { headerRowCount, legendLabel, SheetSpec, wrappedRowHeight } from "../engine";
import { Block, cellInputOf, runsOf, sized, SizedOp, SummaryOp } from "./summaryOpTypes";

/** The height most rows have, set on all the data rows in one call; null when there are none. */
function commonHeight(heights: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const height of heights) {
    if (height !== null) {
      counts.set(height, (counts.get(height) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [height, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) {
      best = height;
    }
  }
  return best;
}

/**
 * Row heights of the data rows — the most common height on the whole block in one call, then one
 * call per run of rows of another height — then each text row merged and styled.
 */
export function textRowOps(spec: SheetSpec, columnCount: number): SizedOp[] {
  const ops: SizedOp[] = [];
  const firstDataRow = headerRowCount;
  const heights = (spec.rowHeights ?? []).slice(0, spec.rows.length);
  const common = commonHeight(heights);
  if (common !== null) {
    const op: SummaryOp = {
      kind: "format",
      block: { top: firstDataRow, left: 0, rows: heights.length, columns: columnCount },
      rowHeight: common,
    };
    ops.push(sized(op, op));
  }
  const others = heights.map((height) => (height === common ? null : height));
  for (const run of runsOf(others, (a, b) => a === b)) {
    const op: SummaryOp = {
      kind: "format",
      block: { top: firstDataRow + run.start, left: 0, rows: run.length, columns: columnCount },
      rowHeight: run.key,
    };
    ops.push(sized(op, op));
  }
  for (const line of spec.textRows ?? []) {
    if (line.row < 0 || line.row >= spec.rows.length) {
      continue;
    }
    const block: Block = { top: firstDataRow + line.row, left: 0, rows: 1, columns: columnCount };
    if (columnCount > 1) {
      const merge: SummaryOp = { kind: "merge", block };
      ops.push(sized(merge, merge));
    }
    const format: SummaryOp = {
      kind: "format",
      block,
      wrapText: true,
      horizontalAlignment:
        line.align === "center" ? "Center" : line.align === "right" ? "Right" : "Left",
      ...(line.bold === true ? { bold: true } : {}),
      ...(line.fontSize === undefined ? {} : { fontSize: line.fontSize }),
    };
    ops.push(sized(format, format));
  }
  return ops;
}

/** Under the table: the legend's swatches in one row, then each closing line merged. */
export function belowTableOps(spec: SheetSpec, columnCount: number): SizedOp[] {
  const ops: SizedOp[] = [];
  let row = headerRowCount + spec.rows.length;
  const legend = spec.legend ?? [];
  if (legend.length > 0) {
    const values: SummaryOp = {
      kind: "cells",
      top: row,
      left: 0,
      numberFormat: null,
      values: [[legendLabel, ...legend.map((item) => cellInputOf(item.label, false))]],
    };
    ops.push(sized(values, values.values));
    const height = wrappedRowHeight(
      legend.map((item, index) => ({
        text: item.label,
        width: spec.columns[index + 1]?.width ?? 8,
      }))
    );
    legend.forEach((item, index) => {
      const op: SummaryOp = {
        kind: "format",
        block: { top: row, left: index + 1, rows: 1, columns: 1 },
        fill: item.fill,
        wrapText: true,
        horizontalAlignment: "Center",
        ...(index === 0 ? { rowHeight: height } : {}),
      };
      ops.push(sized(op, op));
    });
    row += 1;
  }
  for (const text of spec.closingLines ?? []) {
    const values: SummaryOp = {
      kind: "cells",
      top: row,
      left: 0,
      numberFormat: null,
      values: [[cellInputOf(text, false)]],
    };
    ops.push(sized(values, values.values));
    if (columnCount > 1) {
      const merge: SummaryOp = {
        kind: "merge",
        block: { top: row, left: 0, rows: 1, columns: columnCount },
      };
      ops.push(sized(merge, merge));
    }
    row += 1;
  }
  return ops;
}
