import {
  CellStyle,
  CellValue,
  headerRowCount,
  legendLabel,
  PrintSetup,
  SheetSpec,
  subtitlePoints,
  subtitleRowHeight,
  TextRow,
} from "../engine";

/**
 * What a sheet plan needs of a {@link SheetSpec}: all but its kind and name (the worksheet has its
 * name already), so the template's sheets use the same layout.
 */
export type SheetLayout = Omit<SheetSpec, "kind" | "name">;

/** A cell's font in a plan: what is not given stays the workbook's default. */
export interface LookFont {
  readonly bold?: boolean;
  readonly size?: number;
  /** "#RRGGBB". */
  readonly color?: string;
}

/** A cell's alignment in a plan. */
export interface LookAlignment {
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrapText?: boolean;
}

/** 单元格外观 (a cell's look): number format, font, fill, alignment and thin borders all round. */
export interface CellLook {
  readonly numberFormat?: string;
  readonly font?: LookFont;
  /** A solid fill, "#RRGGBB". */
  readonly fill?: string;
  readonly alignment?: LookAlignment;
  readonly border?: boolean;
}

/** One cell of a planned row (1-based column). */
export interface PlannedCell {
  readonly column: number;
  readonly value: CellValue;
  readonly look: CellLook;
}

/** One planned row (1-based number), with its height in points when it has one. */
export interface PlannedRow {
  readonly number: number;
  readonly height?: number;
  readonly cells: readonly PlannedCell[];
}

/** Page margins, in inches. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** A {@link SheetSpec} laid out: what every writer writes, field by field. */
export interface SheetPlan {
  /** Per column (in order), its width in characters and its data's number format. */
  readonly columns: readonly { readonly width: number; readonly numberFormat: string }[];
  /** The rows, in order, made as they are asked for (a big sheet is never held twice). */
  rows(): Iterable<PlannedRow>;
  /** Merged ranges, "A1:K1". */
  readonly merges: readonly string[];
  readonly freeze: SheetLayout["freeze"];
  readonly print: PrintSetup;
  readonly margins: PageMargins;
  /** The footer, in Excel's header/footer codes; "" = none. */
  readonly footer: string;
  /** Rows (1-based) a manual page break stands under: `<rowBreaks>`, exceljs's `addPageBreak`. */
  readonly pageBreaks: readonly number[];
  /** The last row written (the closing lines included), for the print area. */
  readonly lastRow: number;
  /** The print area ("$A$4:$Q$32"), when the spec narrows it; null = the whole sheet. */
  readonly printArea: string | null;
}

/** The grey of the header row. */
export const headerFill = "#D9D9D9";

/** Excel's "Narrow" margins, in inches. */
export const narrowMargins: PageMargins = {
  left: 0.25,
  right: 0.25,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** The footer of every printed table: "第 1 页，共 3 页", centred. */
export const pageFooter = "&C第 &P 页，共 &N 页";

/** The grey of the subtitle's text. */
const subtitleColor = "#595959";

/** Wrapped, centred text: a header row inside the data, the legend's swatches. */
const wrappedAlignment: LookAlignment = {
  horizontal: "center",
  vertical: "middle",
  wrapText: true,
};

/** The look of a closing line: left, unbordered. */
const closingLook: CellLook = { alignment: { horizontal: "left", vertical: "middle" } };

/** The look of a text row: text format, its own weight and size, aligned as asked, wrapped. */
function textLook(line: TextRow): CellLook {
  const font: LookFont = {
    ...(line.bold === true ? { bold: true } : {}),
    ...(line.fontSize !== undefined ? { size: line.fontSize } : {}),
  };
  return {
    numberFormat: "@",
    ...(Object.keys(font).length > 0 ? { font } : {}),
    alignment: { horizontal: line.align, vertical: "middle", wrapText: true },
  };
}

/** "A", "B", … "XFD" for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The look of a column header cell: bold on grey, centred, wrapped, thin borders, text format. */
export const headerLook: CellLook = {
  font: { bold: true },
  fill: headerFill,
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  border: true,
  numberFormat: "@",
};

/**
 * Where each field of a {@link SheetLayout} goes in a plan, and so in every .xlsx writer. The
 * mapped type lists every key of the engine's spec: a field added to it does not compile until it
 * is placed here and in {@link sheetPlan} (print fields: in `printXml` and `applyPrintSetup`).
 */
export const layoutPlacement: { readonly [K in keyof Required<SheetLayout>]: string } = {
  title: "row 1, merged across the columns",
  subtitle: "row 2, merged across the columns, as high as subtitleRowHeight says",
  columns: "row 3's headers; the columns' widths and their data's number formats",
  rows: "the data, from row 4",
  rowFills: "each data row's fill",
  cellStyles: "fills and fonts of single data cells",
  freeze: "the frozen panes",
  print: "the print setup, field by field (printXml; applyPrintSetup for exceljs)",
  chart: "not drawn in an .xlsx (the task pane draws it through Office.js)",
  rowHeights: "each data row's height in points",
  headingColumns: "the columns rows 1 and 2 are merged across",
  headerRowHeight: "row 3's height in points",
  textRows: "data rows written as one line of text merged across the columns, without borders",
  pageBreaksBefore: "manual page breaks above those data rows (pageBreaks)",
  legend: "the row under the table: 图例 and one swatch a cell",
  closingLines: "lines under the legend, each merged across the columns",
};

/**
 * 通报版式 (the summary sheet's layout) as plain data — the one place that says where everything of
 * a {@link SheetSpec} goes, shared by the exceljs writer (`writeSheetSpec`) and the direct
 * SpreadsheetML writer (`summaryPackage`): row 1 the title, merged across the columns, bold
 * 16pt, 28pt high; row 2 the subtitle, merged likewise, grey 10pt, wrapped, as high as
 * `subtitleRowHeight` says; row 3 the headers ({@link headerLook}); the data from row 4 with the
 * columns' number formats, thin borders, middle alignment (wrapped in text columns), the row
 * fills and the cell styles; the columns' widths; panes frozen below row 3 and right of
 * `spec.freeze.columns`; A4 landscape, one page wide and as many tall as needed, narrow margins,
 * row 3 repeated on every page, page numbers in the footer. Every cell of a merged area carries
 * the look of its top-left cell, as exceljs writes it.
 */
export function sheetPlan(spec: SheetLayout): SheetPlan {
  const columnCount = Math.max(spec.columns.length, 1);
  const columnFormat = (column: number): string | undefined =>
    spec.columns[column - 1]?.numberFormat;
  const withFormat = (look: CellLook, column: number): CellLook => {
    const numberFormat = columnFormat(column);
    return numberFormat === undefined || look.numberFormat !== undefined
      ? look
      : { ...look, numberFormat };
  };
  const titleLook: CellLook = {
    font: { bold: true, size: 16 },
    alignment: { horizontal: "center", vertical: "middle" },
  };
  const subtitleLook: CellLook = {
    font: { size: subtitlePoints, color: subtitleColor },
    alignment: { horizontal: "left", vertical: "middle", wrapText: true },
  };
  const headingColumns = Math.max(1, Math.min(spec.headingColumns ?? columnCount, columnCount));
  const textRows = new Map<number, TextRow>((spec.textRows ?? []).map((line) => [line.row, line]));
  const legend = spec.legend ?? [];
  const closingLines = spec.closingLines ?? [];
  const firstDataRow = headerRowCount + 1;
  const afterData = firstDataRow + spec.rows.length;
  const legendRows = legend.length > 0 ? 1 : 0;
  const lastRow = Math.max(afterData - 1 + legendRows + closingLines.length, headerRowCount);
  const stylesByRow = new Map<number, CellStyle[]>();
  for (const style of spec.cellStyles) {
    if (
      style.row >= 0 &&
      style.row < spec.rows.length &&
      style.column >= 0 &&
      style.column < spec.columns.length
    ) {
      stylesByRow.set(style.row, [...(stylesByRow.get(style.row) ?? []), style]);
    }
  }
  const dataLooks = spec.columns.map((column): CellLook => ({
    numberFormat: column.numberFormat,
    border: true,
    alignment: { vertical: "middle", wrapText: column.numberFormat === "@" },
  }));
  // Looks are shared: one object per column, fill and font, however many rows use it.
  const looks = new Map<string, CellLook>();
  const lookOf = (
    columnIndex: number,
    base: CellLook,
    fill: string | null,
    font: LookFont | undefined,
    wrapped: boolean
  ): CellLook => {
    if (fill === null && font === undefined && !wrapped) {
      return base;
    }
    const key = `${columnIndex}|${fill ?? ""}|${font?.bold ?? ""}|${font?.color ?? ""}|${wrapped}`;
    let look = looks.get(key);
    if (look === undefined) {
      look = {
        ...base,
        ...(fill !== null ? { fill } : {}),
        ...(font !== undefined ? { font } : {}),
        ...(wrapped ? { alignment: wrappedAlignment } : {}),
      };
      looks.set(key, look);
    }
    return look;
  };
  function* rows(): Generator<PlannedRow> {
    const spread = (value: CellValue, look: CellLook, across = columnCount): PlannedCell[] => {
      const master = withFormat(look, 1);
      return Array.from({ length: across }, (_unused, index) => ({
        column: index + 1,
        value: index === 0 ? value : null,
        look: master,
      }));
    };
    yield { number: 1, height: 28, cells: spread(spec.title, titleLook, headingColumns) };
    yield {
      number: 2,
      height: subtitleRowHeight({
        subtitle: spec.subtitle,
        columns: spec.columns.slice(0, headingColumns),
      }),
      cells: spread(spec.subtitle, subtitleLook, headingColumns),
    };
    if (spec.columns.length > 0) {
      yield {
        number: headerRowCount,
        ...(spec.headerRowHeight === undefined ? {} : { height: spec.headerRowHeight }),
        cells: spec.columns.map((column, index) => ({
          column: index + 1,
          value: column.header,
          look: headerLook,
        })),
      };
    }
    for (let rowIndex = 0; rowIndex < spec.rows.length; rowIndex++) {
      const values = spec.rows[rowIndex];
      const rowFill = spec.rowFills[rowIndex] ?? null;
      const styles = stylesByRow.get(rowIndex);
      const height = spec.rowHeights?.[rowIndex] ?? null;
      const sized = height === null ? {} : { height };
      const line = textRows.get(rowIndex);
      if (line !== undefined) {
        yield {
          number: firstDataRow + rowIndex,
          ...sized,
          cells: spread(values[0] ?? null, textLook(line)),
        };
        continue;
      }
      yield {
        number: firstDataRow + rowIndex,
        ...sized,
        cells: dataLooks.map((base, columnIndex) => {
          let fill: string | null = rowFill;
          let font: LookFont | undefined;
          let wrapped = false;
          for (const style of styles ?? []) {
            if (style.column === columnIndex) {
              fill = style.fill ?? fill;
              wrapped = wrapped || style.wrapText === true;
              if (style.fontColor !== undefined || style.bold !== undefined) {
                font = {
                  ...(style.bold !== undefined ? { bold: style.bold } : {}),
                  ...(style.fontColor !== undefined ? { color: style.fontColor } : {}),
                };
              }
            }
          }
          const value = values[columnIndex];
          return {
            column: columnIndex + 1,
            value: value ?? null,
            look: lookOf(columnIndex, base, fill, font, wrapped),
          };
        }),
      };
    }
    if (legend.length > 0) {
      yield {
        number: afterData,
        cells: [
          { column: 1, value: legendLabel, look: { font: { bold: true } } },
          ...legend.map((item, index) => ({
            column: index + 2,
            value: item.label,
            look: { fill: item.fill, border: true, alignment: wrappedAlignment },
          })),
        ],
      };
    }
    for (let index = 0; index < closingLines.length; index++) {
      yield {
        number: afterData + legendRows + index,
        cells: spread(closingLines[index], closingLook),
      };
    }
  }
  const last = columnLetters(columnCount);
  const heading = columnLetters(headingColumns);
  const merges: string[] = [];
  if (headingColumns > 1) {
    merges.push(`A1:${heading}1`, `A2:${heading}2`);
  }
  if (columnCount > 1) {
    for (const line of textRows.values()) {
      if (line.row >= 0 && line.row < spec.rows.length) {
        const row = firstDataRow + line.row;
        merges.push(`A${row}:${last}${row}`);
      }
    }
    closingLines.forEach((_line, index) => {
      const row = afterData + legendRows + index;
      merges.push(`A${row}:${last}${row}`);
    });
  }
  const { printedColumns, printedFromRow } = spec.print;
  const printArea =
    printedColumns === undefined && printedFromRow === undefined
      ? null
      : `$A$${printedFromRow ?? 1}:$${columnLetters(printedColumns ?? columnCount)}$${lastRow}`;
  return {
    columns: spec.columns.map((column) => ({
      width: column.width,
      numberFormat: column.numberFormat,
    })),
    rows,
    merges,
    freeze: spec.freeze,
    print: spec.print,
    margins: narrowMargins,
    footer: spec.print.footer ?? pageFooter,
    pageBreaks: (spec.pageBreaksBefore ?? [])
      .filter((row) => row > 0 && row < spec.rows.length)
      .map((row) => headerRowCount + row),
    lastRow,
    printArea,
  };
}
