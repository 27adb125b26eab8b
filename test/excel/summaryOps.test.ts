import fc from "fast-check";
import { cellInputOf, columnWidthPoints, summaryOps, SummaryOp } from "../../src/excel/summaryOps";
import { WorkbookError } from "../../src/excel/workbookError";
import { bulletinSpec, red } from "./summarySpecs";

const options = { printSetup: true, maxBlockBytes: 4 * 1024 * 1024 };

function fillsOf(ops: readonly { op: SummaryOp }[]): string[] {
  return ops.flatMap(({ op }) =>
    op.kind === "format" && op.fill !== undefined
      ? [`${op.block.top}+${op.block.rows}x${op.block.left}+${op.block.columns} ${op.fill}`]
      : []
  );
}

describe("summaryOps", () => {
  it.each([
    [null, false, ""],
    ["", false, ""],
    ["#N/A", false, "'#N/A"],
    ["=SUM(A1)", false, "'=SUM(A1)"],
    ["县统计局", true, "县统计局"],
    ["'引号", true, "''引号"],
    [6800, false, 6800],
    [Number.POSITIVE_INFINITY, false, "'#NUM!"],
    [true, false, true],
  ])("writes %j (text cell: %s) as %j", (value, text, input) => {
    expect(cellInputOf(value, text)).toBe(input);
  });

  it.each([
    [24, 135],
    [12, 67.5],
    [8.43, 47.42],
  ])("a column %s characters wide is %s points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });

  it("fills one range per run of rows with the same colour, comparing colours without case", () => {
    const spec = {
      ...bulletinSpec(6),
      rowFills: [red, red.toLowerCase(), null, "#C6EFCE", "#C6EFCE", red],
      cellStyles: [],
    };
    expect(fillsOf(summaryOps(spec, options))).toEqual([
      "2+1x0+6 #D9D9D9",
      `3+2x0+6 ${red}`,
      "6+2x0+6 #C6EFCE",
      `8+1x0+6 ${red}`,
    ]);
  });

  it("groups cell styles down a column", () => {
    const spec = {
      ...bulletinSpec(5),
      rowFills: [null, null, null, null, null],
      cellStyles: [
        { row: 0, column: 3, fontColor: "#C00000" },
        { row: 1, column: 3, fontColor: "#C00000" },
        { row: 3, column: 3, fontColor: "#C00000" },
        { row: 2, column: 1, bold: true },
        { row: 9, column: 1, bold: true },
      ],
    };
    const styles = summaryOps(spec, options).flatMap(({ op }) =>
      op.kind === "format" && (op.fontColor !== undefined || op.bold === true) && op.block.top >= 3
        ? [op]
        : []
    );
    expect(styles).toEqual([
      { kind: "format", block: { top: 5, left: 1, rows: 1, columns: 1 }, bold: true },
      { kind: "format", block: { top: 3, left: 3, rows: 2, columns: 1 }, fontColor: "#C00000" },
      { kind: "format", block: { top: 6, left: 3, rows: 1, columns: 1 }, fontColor: "#C00000" },
    ]);
  });

  it("merges the title and the subtitle across all columns; wraps the subtitle in a row two lines high", () => {
    const ops = summaryOps(bulletinSpec(3), options).map(({ op }) => op);
    const onRow = (row: number): SummaryOp[] =>
      ops.filter((op) => (op.kind === "merge" || op.kind === "format") && op.block.top === row);
    expect(onRow(0)).toEqual([
      { kind: "merge", block: { top: 0, left: 0, rows: 1, columns: 6 } },
      {
        kind: "format",
        block: { top: 0, left: 0, rows: 1, columns: 6 },
        bold: true,
        fontSize: 16,
        horizontalAlignment: "Center",
      },
    ]);
    expect(onRow(1)).toEqual([
      { kind: "merge", block: { top: 1, left: 0, rows: 1, columns: 6 } },
      {
        kind: "format",
        block: { top: 1, left: 0, rows: 1, columns: 6 },
        fontSize: 11,
        fontColor: "#595959",
        horizontalAlignment: "Left",
        wrapText: true,
        rowHeight: 35,
      },
    ]);
  });

  it("leaves out print setup when the host cannot do it", () => {
    const kinds = (printSetup: boolean): string[] =>
      summaryOps(bulletinSpec(3), { ...options, printSetup }).map(({ op }) => op.kind);
    expect(kinds(true)).toContain("print");
    expect(kinds(false)).not.toContain("print");
  });

  it("refuses a chart on a column the sheet does not have, before anything is written", () => {
    const spec = bulletinSpec(3);
    const broken = {
      ...spec,
      chart: {
        title: "进度差",
        categoryColumn: "indicator",
        valueColumn: "missing",
        pointColors: [],
      },
    };
    expect(() => summaryOps(broken, options)).toThrow(WorkbookError);
  });

  it("splits data rows into blocks within the size limit that together cover every row once, in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 2000, max: 60000 }),
        (rows, remark, maxBlockBytes) => {
          const spec = bulletinSpec(rows, { remark, chart: false });
          const blocks = summaryOps(spec, { printSetup: true, maxBlockBytes }).flatMap(
            ({ op, bytes }) => (op.kind === "cells" && op.top >= 3 ? [{ op, bytes }] : [])
          );
          let next = 3;
          for (const { op, bytes } of blocks) {
            if (op.kind !== "cells") {
              continue;
            }
            expect(op.top).toBe(next);
            expect(op.numberFormat).toHaveLength(op.values.length);
            expect(bytes <= maxBlockBytes + 512 || op.values.length === 1).toBe(true);
            next += op.values.length;
          }
          expect(next).toBe(3 + rows);
        }
      )
    );
  });
});
