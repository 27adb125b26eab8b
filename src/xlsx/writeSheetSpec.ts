import type { Borders, Cell, Fill, PaperSize, Worksheet } from "exceljs";
import { CellValue, headerRowCount, SheetSpec, subtitleRowHeight } from "../engine";

/** Excel's paper size code for A4. */
const paperSizeA4 = 9 as PaperSize;

/** Excel's "Narrow" margins, in inches. */
const narrowMargins = {
  left: 0.25,
  right: 0.25,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** The grey of the header row. */
const headerFill = "#D9D9D9";

/** Thin borders on all four sides: every header and data cell of a printed table. */
export const thinBorder: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** "#RRGGBB" (or "RRGGBB") → exceljs's ARGB "FFRRGGBB". */
export function argbOf(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex.padStart(6, "0")}`;
}

/** A solid fill of one colour. */
export function solidFill(colour: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(colour) } };
}

/** Styles a column header cell: bold on grey #D9D9D9, centred, wrapped, thin borders, text format. */
export function styleHeaderCell(cell: Cell): void {
  cell.font = { bold: true };
  cell.fill = solidFill(headerFill);
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  cell.border = thinBorder;
  cell.numFmt = "@";
}

/**
 * Page setup of every printed table: A4 landscape, one page wide and as many tall as needed, narrow
 * margins, the given rows ("3:3") repeated on every page, page numbers in the footer.
 */
export function applyPrintSetup(
  worksheet: Worksheet,
  print: SheetSpec["print"],
  lastRow?: number
): void {
  const scaled = print.scalePercent !== undefined;
  const area =
    print.printedColumns === undefined && print.printedFromRow === undefined
      ? {}
      : {
          // exceljs puts "$" before each part only: "A$4:Q$32" becomes $A$4:$Q$32, which
          // LibreOffice reads (a relative row is not).
          printArea:
            `A$${print.printedFromRow ?? 1}:` +
            `${columnLetter(print.printedColumns ?? worksheet.columnCount)}$${lastRow ?? worksheet.rowCount}`,
        };
  worksheet.pageSetup = {
    paperSize: print.paperSize === "A4" ? paperSizeA4 : undefined,
    orientation: print.orientation,
    ...(scaled
      ? { fitToPage: false, scale: print.scalePercent }
      : { fitToPage: true, fitToWidth: print.fitToPagesWide, fitToHeight: print.fitToPagesTall }),
    ...(print.titleRows === null
      ? {}
      : { printTitlesRow: `${print.titleRows[0]}:${print.titleRows[1]}` }),
    ...(print.titleColumns === undefined
      ? {}
      : {
          printTitlesColumn: `${columnLetter(print.titleColumns[0])}:${columnLetter(print.titleColumns[1])}`,
        }),
    ...area,
    ...(print.firstPageNumber === undefined ? {} : { firstPageNumber: print.firstPageNumber }),
    horizontalCentered: true,
    margins: { ...narrowMargins },
  };
  worksheet.headerFooter =
    print.footer === "" ? {} : { oddFooter: print.footer ?? "&C第 &P 页，共 &N 页" };
}

/** 1 → "A", 27 → "AA". */
function columnLetter(column: number): string {
  let rest = Math.max(1, Math.trunc(column));
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * What {@link writeSheetSpec} needs of a {@link SheetSpec}: all but its kind and name (the
 * worksheet has its name already), so the template's sheets use the same layout.
 */
export type SheetLayout = Omit<SheetSpec, "kind" | "name">;

/** Writes a spec's value into a cell. Strings stay strings: "#N/A" or "=…" never become errors or formulas. */
function setValue(cell: Cell, value: CellValue): void {
  cell.value = value === null ? null : value;
}

/**
 * 通报表格 (summary worksheet): writes one {@link SheetSpec} into an empty exceljs worksheet, in the
 * layout every writer of the add-in follows — row 1 the title, merged across the columns, bold 16pt;
 * row 2 the subtitle, merged likewise, wrapped, as high as `subtitleRowHeight` says (two lines or
 * more, so it is never cut off when printed); row 3 the headers, bold on grey #D9D9D9, wrapped, thin borders;
 * the data from row 4 with the columns' number formats, the row fills and the cell styles; the
 * columns' widths; panes frozen below row 3 and right of `spec.freeze.columns`; A4 landscape, one
 * page wide and as many tall as needed, narrow margins, row 3 repeated on every page, page numbers
 * in the footer.
 *
 * `spec.chart` is NOT drawn: exceljs 4 cannot write charts. The Excel task pane draws the chart
 * through Office.js; an .xlsx made here (CLI, template) carries the chart's data columns only.
 */
export function writeSheetSpec(worksheet: Worksheet, spec: SheetLayout): void {
  const columnCount = Math.max(spec.columns.length, 1);
  const titleRow = 1;
  const subtitleRow = 2;
  const headerRow = headerRowCount;
  const firstDataRow = headerRowCount + 1;

  worksheet.columns = spec.columns.map((column) => ({
    key: column.key,
    width: column.width,
    style: { numFmt: column.numberFormat },
  }));

  const title = worksheet.getCell(titleRow, 1);
  title.value = spec.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  worksheet.getRow(titleRow).height = 28;

  const subtitle = worksheet.getCell(subtitleRow, 1);
  subtitle.value = spec.subtitle;
  subtitle.font = { size: 11, color: { argb: argbOf("#595959") } };
  subtitle.alignment = { horizontal: "left", vertical: "middle", wrapText: true };
  const headingColumns = Math.min(spec.headingColumns ?? columnCount, columnCount);
  worksheet.getRow(subtitleRow).height = subtitleRowHeight({
    subtitle: spec.subtitle,
    columns: spec.columns.slice(0, headingColumns),
  });
  if (headingColumns > 1) {
    worksheet.mergeCells(titleRow, 1, titleRow, headingColumns);
    worksheet.mergeCells(subtitleRow, 1, subtitleRow, headingColumns);
  }

  spec.columns.forEach((column, index) => {
    const cell = worksheet.getCell(headerRow, index + 1);
    cell.value = column.header;
    styleHeaderCell(cell);
  });
  if (spec.headerRowHeight !== undefined) {
    worksheet.getRow(headerRow).height = spec.headerRowHeight;
  }

  const textRows = new Map((spec.textRows ?? []).map((line) => [line.row, line]));
  spec.rows.forEach((values, rowIndex) => {
    const rowNumber = firstDataRow + rowIndex;
    const rowFill = spec.rowFills[rowIndex] ?? null;
    const height = spec.rowHeights?.[rowIndex] ?? null;
    if (height !== null) {
      worksheet.getRow(rowNumber).height = height;
    }
    const line = textRows.get(rowIndex);
    if (line !== undefined) {
      const cell = worksheet.getCell(rowNumber, 1);
      setValue(cell, values[0] ?? null);
      cell.numFmt = "@";
      cell.font = {
        ...(line.bold === true ? { bold: true } : {}),
        ...(line.fontSize !== undefined ? { size: line.fontSize } : {}),
      };
      cell.alignment = { horizontal: line.align, vertical: "middle", wrapText: true };
      if (columnCount > 1) {
        worksheet.mergeCells(rowNumber, 1, rowNumber, columnCount);
      }
      return;
    }
    spec.columns.forEach((column, columnIndex) => {
      const cell = worksheet.getCell(rowNumber, columnIndex + 1);
      setValue(cell, values[columnIndex] ?? null);
      cell.numFmt = column.numberFormat;
      cell.border = thinBorder;
      cell.alignment = { vertical: "middle", wrapText: column.numberFormat === "@" };
      if (rowFill !== null) {
        cell.fill = solidFill(rowFill);
      }
    });
  });

  for (const style of spec.cellStyles) {
    if (
      style.row < 0 ||
      style.row >= spec.rows.length ||
      style.column < 0 ||
      style.column >= spec.columns.length
    ) {
      continue;
    }
    const cell = worksheet.getCell(firstDataRow + style.row, style.column + 1);
    if (style.fill !== undefined) {
      cell.fill = solidFill(style.fill);
    }
    if (style.wrapText === true) {
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
    if (style.fontColor !== undefined || style.bold !== undefined) {
      cell.font = {
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.fontColor !== undefined ? { color: { argb: argbOf(style.fontColor) } } : {}),
      };
    }
  }

  for (const row of spec.pageBreaksBefore ?? []) {
    if (row > 0 && row < spec.rows.length) {
      // exceljs puts the break under the row it is added to.
      worksheet.getRow(firstDataRow + row - 1).addPageBreak();
    }
  }

  let nextRow = firstDataRow + spec.rows.length;
  const legend = spec.legend ?? [];
  if (legend.length > 0) {
    const label = worksheet.getCell(nextRow, 1);
    label.value = "图例";
    label.font = { bold: true };
    legend.forEach((item, index) => {
      const cell = worksheet.getCell(nextRow, index + 2);
      cell.value = item.label;
      cell.fill = solidFill(item.fill);
      cell.border = thinBorder;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    nextRow += 1;
  }
  for (const text of spec.closingLines ?? []) {
    const cell = worksheet.getCell(nextRow, 1);
    cell.value = text;
    cell.alignment = { horizontal: "left", vertical: "middle" };
    if (columnCount > 1) {
      worksheet.mergeCells(nextRow, 1, nextRow, columnCount);
    }
    nextRow += 1;
  }

  worksheet.views = [
    {
      state: "frozen",
      ySplit: spec.freeze.rows,
      xSplit: spec.freeze.columns,
      showGridLines: true,
    },
  ];

  applyPrintSetup(worksheet, spec.print, Math.max(nextRow - 1, headerRow));
}
