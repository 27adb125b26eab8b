import type { Borders, Cell, Fill, Font, PaperSize, Worksheet } from "exceljs";
import type { SheetSpec } from "../engine";
import { argbOf } from "./argbOf";
import {
  CellLook,
  columnLetters,
  headerLook,
  LookFont,
  narrowMargins,
  pageFooter,
  SheetLayout,
  SheetPlan,
  sheetPlan,
} from "./sheetPlan";

export { argbOf } from "./argbOf";
export type { SheetLayout } from "./sheetPlan";

/** Excel's paper size code for A4. */
const paperSizeA4 = 9 as PaperSize;

/** Thin borders on all four sides: every header and data cell of a printed table. */
export const thinBorder: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A solid fill of one colour. */
export function solidFill(colour: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(colour) } };
}

/** Styles a column header cell: bold on grey #D9D9D9, centred, wrapped, thin borders, text format. */
export function styleHeaderCell(cell: Cell): void {
  applyLook(cell, headerLook);
}

/**
 * Page setup of every printed table: A4 landscape, one page wide and as many tall as needed, narrow
 * margins, the given rows ("3:3") repeated on every page, page numbers in the footer.
 */
export function applyPrintSetup(
  worksheet: Worksheet,
  print: SheetSpec["print"],
  plan: Pick<SheetPlan, "printArea" | "footer"> = { printArea: null, footer: pageFooter }
): void {
  const scaled = print.scalePercent !== undefined;
  const { footer } = plan;
  const area =
    plan.printArea === null
      ? {}
      : {
          // exceljs puts "$" before each part only: "A$4:Q$32" becomes $A$4:$Q$32, which
          // LibreOffice reads (a relative row is not).
          printArea: plan.printArea.replace(/\$([A-Z]+)\$/g, "$1$"),
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
          printTitlesColumn: `${columnLetters(print.titleColumns[0])}:${columnLetters(print.titleColumns[1])}`,
        }),
    ...area,
    ...(print.firstPageNumber === undefined ? {} : { firstPageNumber: print.firstPageNumber }),
    horizontalCentered: true,
    margins: { ...narrowMargins },
  };
  worksheet.headerFooter = footer === "" ? {} : { oddFooter: footer };
}

/** The exceljs font of a look's font. */
function fontOf(font: LookFont): Partial<Font> {
  return {
    ...(font.bold !== undefined ? { bold: font.bold } : {}),
    ...(font.size !== undefined ? { size: font.size } : {}),
    ...(font.color !== undefined ? { color: { argb: argbOf(font.color) } } : {}),
  };
}

/** Gives an exceljs cell a planned look. */
function applyLook(cell: Cell, look: CellLook): void {
  if (look.numberFormat !== undefined) {
    cell.numFmt = look.numberFormat;
  }
  if (look.font !== undefined) {
    cell.font = fontOf(look.font);
  }
  if (look.fill !== undefined) {
    cell.fill = solidFill(look.fill);
  }
  if (look.alignment !== undefined) {
    cell.alignment = { ...look.alignment };
  }
  if (look.border === true) {
    cell.border = thinBorder;
  }
}

/**
 * 通报表格 (summary worksheet): writes one {@link SheetSpec} into an empty exceljs worksheet, in the
 * layout of `sheetPlan` (the one every .xlsx writer of the add-in follows).
 *
 * `spec.chart` is NOT drawn: exceljs 4 cannot write charts. The Excel task pane draws the chart
 * through Office.js; an .xlsx made here (CLI, template) carries the chart's data columns only.
 */
export function writeSheetSpec(worksheet: Worksheet, spec: SheetLayout): void {
  const plan = sheetPlan(spec);
  worksheet.columns = spec.columns.map((column) => ({
    key: column.key,
    width: column.width,
    style: { numFmt: column.numberFormat },
  }));
  for (const row of plan.rows()) {
    if (row.height !== undefined) {
      worksheet.getRow(row.number).height = row.height;
    }
    for (const planned of row.cells) {
      const cell = worksheet.getCell(row.number, planned.column);
      // Strings stay strings: "#N/A" or "=…" never become errors or formulas.
      cell.value = planned.value;
      applyLook(cell, planned.look);
    }
  }
  for (const range of plan.merges) {
    worksheet.mergeCells(range);
  }
  for (const row of plan.pageBreaks) {
    // exceljs puts the break under the row it is added to.
    worksheet.getRow(row).addPageBreak();
  }
  worksheet.views = [
    {
      state: "frozen",
      ySplit: spec.freeze.rows,
      xSplit: spec.freeze.columns,
      showGridLines: true,
    },
  ];
  applyPrintSetup(worksheet, spec.print, plan);
}
