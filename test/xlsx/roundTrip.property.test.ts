import ExcelJS from "exceljs";
import fc from "fast-check";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { CellValue } from "../../src/engine/kernel/grid";
import { SheetSpec } from "../../src/engine/workbook/sheetSpec";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import { summaryPackage } from "../../src/xlsx/summaryPackage";
import { writeSheetSpec } from "../../src/xlsx/writeSheetSpec";
import { settings, workbook } from "../engine/fixtures/workbookArbitrary";

/**
 * Round trip: a summary's SheetSpecs written into an .xlsx with writeSheetSpec (exceljs), or as raw
 * SpreadsheetML by summaryPackage, and read
 * back with readWorkbookBuffer come back value for value — title, subtitle, headers and every
 * data cell. Blank is blank: a "" cell reads back as null, as Excel has no empty string; −0 as 0.
 * xlsx I/O is slow, so few runs.
 */

/** The grid readWorkbook should give for a spec: title, subtitle, headers, data; blanks as null. */
function expectedGrid(spec: SheetSpec): CellValue[][] {
  const width = Math.max(spec.columns.length, 1);
  const line = (cells: readonly CellValue[]): CellValue[] => {
    const values = Array.from({ length: width }, (_unused, index) => {
      const value = cells[index] ?? null;
      if (value === "") {
        return null;
      }
      return typeof value === "number" && Object.is(value, -0) ? 0 : value;
    });
    while (values.length > 0 && values[values.length - 1] === null) {
      values.pop(); // rows read sparsely end at their last value
    }
    return values;
  };
  const grid = [
    line([spec.title]),
    line([spec.subtitle]),
    line(spec.columns.map((column) => column.header)),
    ...spec.rows.map(line),
    // Under the table: the legend's row, then the closing lines (empty sheet, office and date).
    ...((spec.legend ?? []).length > 0
      ? [line(["图例", ...(spec.legend ?? []).map((item) => item.label)])]
      : []),
    ...(spec.closingLines ?? []).map((text) => line([text])),
  ];
  while (grid.length > 0 && grid[grid.length - 1].every((value) => value === null)) {
    grid.pop(); // a trailing blank row is no row in the file
  }
  return grid;
}

type Writer = "exceljs" | "summaryPackage";

async function writeAndRead(
  sheets: readonly SheetSpec[],
  writer: Writer = "exceljs"
): Promise<Awaited<ReturnType<typeof readWorkbookBuffer>>> {
  if (writer === "summaryPackage") {
    const { bytes } = summaryPackage("2016-07", sheets);
    return readWorkbookBuffer(bytes, "roundTrip.xlsx");
  }
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    writeSheetSpec(book.addWorksheet(spec.name), spec);
  }
  const buffer = await book.xlsx.writeBuffer();
  return readWorkbookBuffer(new Uint8Array(buffer as ArrayBuffer), "roundTrip.xlsx");
}

describe.each<Writer>(["exceljs", "summaryPackage"])(
  "SheetSpec → .xlsx (%s) → GridSheet round trip",
  (writer) => {
    it("every value of every summary sheet comes back equal", async () => {
      await fc.assert(
        fc.asyncProperty(workbook, settings, async (sheets, chosen) => {
          const summary = buildMonthlySummary(sheets, chosen);
          fc.pre(summary.sheets.length > 0);
          const grids = await writeAndRead(summary.sheets, writer);
          expect(grids.map((grid) => grid.name)).toEqual(summary.sheets.map((spec) => spec.name));
          summary.sheets.forEach((spec, index) => {
            expect(grids[index].values).toEqual(expectedGrid(spec));
            if (spec.columns.length > 1) {
              // Title and subtitle over the heading columns; each text row, and each line under
              // the table, over all columns.
              const last = spec.columns.length - 1;
              const heading = (spec.headingColumns ?? spec.columns.length) - 1;
              const below = spec.rows.length + 3 + ((spec.legend ?? []).length > 0 ? 1 : 0);
              expect(grids[index].merges).toEqual([
                { top: 0, left: 0, bottom: 0, right: heading },
                { top: 1, left: 0, bottom: 1, right: heading },
                ...(spec.textRows ?? []).map((line) => ({
                  top: line.row + 3,
                  left: 0,
                  bottom: line.row + 3,
                  right: last,
                })),
                ...(spec.closingLines ?? []).map((_, offset) => ({
                  top: below + offset,
                  left: 0,
                  bottom: below + offset,
                  right: last,
                })),
              ]);
            }
          });
        }),
        { numRuns: 15 }
      );
    });

    it("keeps strings that look like formulas, errors or numbers, tabs and line breaks, and extreme numbers", async () => {
      const odd: CellValue[] = [
        "=1+1",
        "#N/A",
        "0012",
        "1e3",
        "TRUE",
        "𠀀𠀁",
        "制表\t符",
        "换行\n符",
        1e-9,
        -123456789.123,
        1e15,
        0.1 + 0.2,
      ];
      const base = buildMonthlySummary(
        [
          {
            name: "分解表",
            values: [
              ["指标名称", "单位", "考核任务", "7月累计完成", "责任单位"],
              ["地方财政收入", "万元", 13600, 7000, "县财政局"],
            ],
            merges: [],
          },
        ],
        { month: 7, year: 2016, county: "镇巴县" }
      ).sheets[0];
      const spec: SheetSpec = {
        ...base,
        rows: odd.map((value, index) =>
          base.columns.map((_column, column) => (column === 1 ? value : index))
        ),
        rowFills: odd.map(() => null),
        cellStyles: [],
      };
      const [grid] = await writeAndRead([spec], writer);
      expect(grid.values.slice(3, 3 + odd.length).map((row) => row[1])).toEqual(odd);
    });
  }
);
