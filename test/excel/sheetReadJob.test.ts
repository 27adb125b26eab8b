import { wholeSheet } from "../../src/excel/cellRect";
import { SheetReadJob } from "../../src/excel/sheetReadJob";

const options = { merges: true, hiddenRows: true, budget: 4 * 1024 * 1024 };
const values = (rows: number, columns: number): string[][] =>
  Array.from({ length: rows }, () => new Array<string>(columns).fill("指标"));

describe("SheetReadJob", () => {
  it("reads a sheet never seen in one request: its used range and a guessed band of rows", () => {
    const job = new SheetReadJob("{1}", undefined, options);
    const request = job.plan(options.budget, true);
    expect(request.measures).toEqual([wholeSheet]);
    expect(request.bands.map((band) => [band.kind, band.rect.top])).toEqual([["used", 0]]);
    expect(request.estimate).toBeLessThanOrEqual(options.budget);
    const used = { top: 0, left: 0, rows: 40, columns: 10 };
    job.commit(request, {
      measures: [used],
      bands: [
        {
          block: { rowIndex: 0, columnIndex: 0, values: values(40, 10) },
          mergedAddresses: ["S!A1:J1"],
          rowHidden: false,
        },
      ],
      rowProperties: [],
    });
    expect(job.done).toBe(true);
    expect(job.shape).toMatchObject({ used });
  });

  it("asks the used parts of a used range that spans the sheet, in halves, before reading", () => {
    const job = new SheetReadJob("{1}", { used: null, bytesPerCell: 20, mergesPerRow: 1 }, options);
    const first = job.plan(options.budget, true);
    expect(first.bands).toEqual([]);
    job.commit(first, { measures: [wholeSheet], bands: [], rowProperties: [] });
    const second = job.plan(options.budget, true);
    expect(second.measures.map((rect) => [rect.top, rect.rows])).toEqual([
      [0, 524288],
      [524288, 524288],
    ]);
    job.commit(second, {
      measures: [
        { top: 0, left: 0, rows: 40, columns: 10 },
        { top: 1048575, left: 16383, rows: 1, columns: 1 },
      ],
      bands: [],
      rowProperties: [],
    });
    const third = job.plan(options.budget, true);
    expect(third.bands.map((band) => `${band.kind} ${band.rect.top} ${band.rect.rows}`)).toEqual([
      "block 0 40",
      "block 1048575 1",
    ]);
    expect(job.shape.used).toBeNull();
  });

  it("reads a sheet read before as it was, in bands that fit the budget, the rest after", () => {
    const used = { top: 0, left: 0, rows: 20000, columns: 25 };
    const job = new SheetReadJob("{1}", { used, bytesPerCell: 18, mergesPerRow: 1 }, options);
    const request = job.plan(options.budget, true);
    expect(request.bands.every((band) => band.kind === "used")).toBe(true);
    expect(request.estimate).toBeLessThanOrEqual(options.budget);
    const rows = request.bands.reduce((sum, band) => sum + band.rect.rows, 0);
    expect(rows).toBeGreaterThan(8000);
    expect(rows).toBeLessThan(20000);
    // Merged areas asked in blocks of at most 256 expected areas (1 a row here).
    expect(Math.max(...request.bands[0].mergeBlocks.map((block) => block.rows))).toBe(256);
  });
});
