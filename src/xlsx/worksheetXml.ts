import type { CellValue } from "../engine";
import { printXml } from "./printXml";
import type { SharedStrings } from "./sharedStrings";
import { columnLetters, SheetPlan } from "./sheetPlan";
import type { StyleSheet } from "./styleSheet";
import { xmlText } from "./xmlText";

const mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A worksheet part of a sheet plan, with what the workbook part must add for it. */
export interface WorksheetXml {
  /** The part's XML. */
  readonly xml: string;
  /** The values written, row by row (0-based; gaps for rows not written), for the fingerprint. */
  readonly values: readonly (readonly CellValue[] | undefined)[];
  /** The sheet-scoped defined names the workbook part must carry (print titles …), not escaped. */
  readonly definedNames: readonly { readonly name: string; readonly formula: string }[];
}

/** "B4" from a 1-based row and column. */
function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** One cell's XML: its value typed (strings shared), or only its style when it is blank. */
function cellXml(
  reference: string,
  style: number,
  value: CellValue,
  strings: SharedStrings
): string {
  const styled = style === 0 ? "" : ` s="${style}"`;
  if (value === null || value === "") {
    return `<c r="${reference}"${styled}/>`;
  }
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? `<c r="${reference}"${styled}><v>${Object.is(value, -0) ? 0 : value}</v></c>`
      : `<c r="${reference}"${styled} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === "boolean") {
    return `<c r="${reference}"${styled} t="b"><v>${value ? 1 : 0}</v></c>`;
  }
  return `<c r="${reference}"${styled} t="s"><v>${strings.indexOf(value)}</v></c>`;
}

/**
 * 工作表部件 (a worksheet part): one {@link SheetPlan} as SpreadsheetML — the one place the
 * raw-XML writer turns a plan's fields into XML, in the schema's order: the sheet's properties,
 * its frozen panes, the columns' widths and formats, the rows (heights, styled cells, strings
 * shared), the merged areas, the print setup (`printXml`, field by field), margins, footer and the
 * manual page breaks (`<rowBreaks>`).
 */
export function worksheetXml(
  plan: SheetPlan,
  sheet: string,
  styles: StyleSheet,
  strings: SharedStrings
): WorksheetXml {
  const parts: string[] = [];
  const values: CellValue[][] = [];
  let lastRow = 1;
  let lastColumn = Math.max(plan.columns.length, 1);
  for (const row of plan.rows()) {
    const cells: string[] = [];
    const rowValues: CellValue[] = [];
    for (const cell of row.cells) {
      cells.push(
        cellXml(address(row.number, cell.column), styles.indexOf(cell.look), cell.value, strings)
      );
      rowValues[cell.column - 1] = cell.value;
      lastColumn = Math.max(lastColumn, cell.column);
    }
    values[row.number - 1] = rowValues;
    lastRow = row.number;
    const height = row.height === undefined ? "" : ` ht="${row.height}" customHeight="1"`;
    parts.push(`<row r="${row.number}"${height}>${cells.join("")}</row>`);
  }
  const { rows: ySplit, columns: xSplit } = plan.freeze;
  const pane =
    ySplit > 0 || xSplit > 0
      ? `<pane${xSplit > 0 ? ` xSplit="${xSplit}"` : ""}${ySplit > 0 ? ` ySplit="${ySplit}"` : ""} topLeftCell="${address(ySplit + 1, xSplit + 1)}" activePane="${xSplit > 0 && ySplit > 0 ? "bottomRight" : xSplit > 0 ? "topRight" : "bottomLeft"}" state="frozen"/><selection pane="${xSplit > 0 && ySplit > 0 ? "bottomRight" : xSplit > 0 ? "topRight" : "bottomLeft"}"/>`
      : "";
  const columns = plan.columns
    .map(
      (column, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"${
          styles.columnIndexOf(column.numberFormat) === 0
            ? ""
            : ` style="${styles.columnIndexOf(column.numberFormat)}"`
        }/>`
    )
    .join("");
  const merges =
    plan.merges.length === 0
      ? ""
      : `<mergeCells count="${plan.merges.length}">${plan.merges.map((range) => `<mergeCell ref="${range}"/>`).join("")}</mergeCells>`;
  const { margins } = plan;
  const print = printXml(plan.print, { sheet, printArea: plan.printArea });
  const breaks =
    plan.pageBreaks.length === 0
      ? ""
      : `<rowBreaks count="${plan.pageBreaks.length}" manualBreakCount="${plan.pageBreaks.length}">${plan.pageBreaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  const attributes = (list: readonly string[]): string =>
    list.length === 0 ? "" : ` ${list.join(" ")}`;
  const xml =
    `${declaration}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    (print.pageSetUpPr.length === 0
      ? ""
      : `<sheetPr><pageSetUpPr${attributes(print.pageSetUpPr)}/></sheetPr>`) +
    `<dimension ref="A1:${address(lastRow, lastColumn)}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (columns === "" ? "" : `<cols>${columns}</cols>`) +
    `<sheetData>${parts.join("")}</sheetData>` +
    merges +
    (print.printOptions.length === 0 ? "" : `<printOptions${attributes(print.printOptions)}/>`) +
    `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>` +
    (print.pageSetup.length === 0 ? "" : `<pageSetup${attributes(print.pageSetup)}/>`) +
    (plan.footer === ""
      ? ""
      : `<headerFooter><oddFooter>${xmlText(plan.footer)}</oddFooter></headerFooter>`) +
    breaks +
    print.afterFooter.join("") +
    "</worksheet>";
  return { xml, values, definedNames: print.definedNames };
}
