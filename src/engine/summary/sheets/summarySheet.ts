import { CellValue } from "../../kernel/grid";
import { printScale } from "../../workbook/printScale";
import {
  CellStyle,
  PrintSetup,
  SheetColumn,
  SheetKind,
  SheetSpec,
  TextRow,
  headerRowCount,
} from "../../workbook/sheetSpec";
import { wrappedRowHeight } from "../../workbook/wrappedRowHeight";

/** Title, subtitle and headers frozen, and the first two columns. */
const FREEZE = { rows: headerRowCount, columns: 2 } as const;
/** Characters Excel refuses in a sheet name. */
const BAD_NAME_CHARACTERS = /[[\]:*?/\\]/g;
/** Page numbers of the sheet itself, in the footer's centre. */
const FOOTER = "&C第 &P 页，共 &N 页";
/** The column kept on screen but left out of the print area: where each row was read. */
const SOURCE_KEY = "source";
/** The body font of the data cells, in points. */
const BODY_POINTS = 11;

/** What one summary sheet holds; the layout is shared. */
export interface SummarySheetContent {
  readonly kind: SheetKind;
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly rowFills: readonly (string | null)[];
  readonly cellStyles?: readonly CellStyle[];
  readonly chart?: SheetSpec["chart"];
  /** Lines of text merged across the columns (the notices). */
  readonly textRows?: readonly TextRow[];
  /** Rows a page break stands before. */
  readonly pageBreaksBefore?: readonly number[];
  /** Print from the data (row 4) on, without title rows: each page is a document of its own. */
  readonly printDataOnly?: boolean;
}

/** A sheet name Excel accepts: without []:*?/\, not starting or ending with ', at most 31 characters. */
function excelSheetName(name: string): string {
  const cleaned = name.replace(BAD_NAME_CHARACTERS, "").replace(/^'+|'+$/g, "");
  return [...cleaned].slice(0, 31).join("") || "Sheet";
}

/**
 * The height each data row needs for its text, one line at least: a CJK line of 11 pt is taller
 * than Excel's default row (15 pt), so every row gets its height.
 */
function rowHeightsOf(content: SummarySheetContent): number[] {
  const wholeWidth = content.columns.reduce((sum, column) => sum + column.width, 0);
  // Looked up once per sheet, not searched per row and cell: big sheets stay linear.
  const textRowAt = new Map((content.textRows ?? []).map((line) => [line.row, line] as const));
  const wrapStyled = new Set(
    (content.cellStyles ?? [])
      .filter((style) => style.wrapText === true)
      .map((style) => `${style.row}:${style.column}`)
  );
  return content.rows.map((row, index) => {
    const text = textRowAt.get(index);
    if (text !== undefined) {
      const points = text.fontSize ?? BODY_POINTS;
      return wrappedRowHeight([{ text: String(row[0] ?? ""), width: wholeWidth }], points);
    }
    // The cells that wrap: text in text columns, and cells styled to wrap (a header row inside
    // the data). Text in a figure column (超进度 1.49) stays on one line.
    const cells: { text: string; width: number }[] = [];
    for (let position = 0; position < content.columns.length; position++) {
      const value = row[position];
      if (typeof value !== "string" || value === "") {
        continue;
      }
      const column = content.columns[position];
      if (
        column.numberFormat === "@" ||
        (wrapStyled.size > 0 && wrapStyled.has(`${index}:${position}`))
      ) {
        cells.push({ text: value, width: column.width });
      }
    }
    return wrappedRowHeight(cells);
  });
}

/** Print setup: A4 landscape, the 来源 column outside the print area, at no less than 9 pt. */
function printOf(content: SummarySheetContent): PrintSetup & { readonly firstPageColumns: number } {
  const sourceAt = content.columns.findIndex((column) => column.key === SOURCE_KEY);
  const printed = sourceAt < 0 ? content.columns : content.columns.slice(0, sourceAt);
  const titleColumns = FREEZE.columns;
  const { scalePercent, pagesWide, firstPageColumns } = printScale(
    printed.map((column) => column.width),
    titleColumns
  );
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: pagesWide,
    fitToPagesTall: 0,
    titleRows: content.printDataOnly === true ? null : [headerRowCount, headerRowCount],
    ...(pagesWide > 1 ? { titleColumns: [1, titleColumns] as const } : {}),
    scalePercent,
    printedColumns: Math.max(printed.length, 1),
    printedFromRow: content.printDataOnly === true ? headerRowCount + 1 : 1,
    // A notice is a document of one page: no page number.
    footer: content.printDataOnly === true ? "" : FOOTER,
    firstPageNumber: 1,
    firstPageColumns,
  };
}

/**
 * 汇总表版式: one summary sheet with the layout all share (see `sheetSpec.ts`): a name Excel
 * accepts, three rows and two columns frozen, row heights for the wrapped text and the headers
 * ({@link wrappedRowHeight}), A4 landscape at a scale that keeps 9 pt (two pages wide with the first
 * two columns repeated rather than smaller, {@link printScale}), row 3 repeated, the 来源 column
 * outside the print area, and the sheet's own page numbers in the footer.
 */
export function summarySheet(content: SummarySheetContent): SheetSpec {
  const { kind, name, title, subtitle, columns, rows, rowFills, cellStyles = [], chart } = content;
  const rowHeights = rowHeightsOf(content);
  const { firstPageColumns, ...print } = printOf(content);
  return {
    kind,
    name: excelSheetName(name),
    title,
    subtitle,
    columns,
    rows,
    rowFills,
    cellStyles,
    freeze: FREEZE,
    print,
    ...(print.fitToPagesWide > 1 ? { headingColumns: firstPageColumns } : {}),
    ...(chart === undefined ? {} : { chart }),
    ...(rowHeights.length > 0 ? { rowHeights } : {}),
    headerRowHeight: wrappedRowHeight(
      columns.map((column) => ({ text: column.header, width: column.width }))
    ),
    ...(content.textRows === undefined ? {} : { textRows: content.textRows }),
    ...(content.pageBreaksBefore === undefined
      ? {}
      : { pageBreaksBefore: content.pageBreaksBefore }),
  };
}
