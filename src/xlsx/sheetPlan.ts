import {
  CellStyle,
  CellValue,
  headerRowCount,
  PrintSetup,
  SheetSpec,
  subtitleRowHeight,
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
  /** The footer, in Excel's header/footer codes. */
  readonly footer: string;
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
    font: { size: 10, color: subtitleColor },
    alignment: { horizontal: "left", vertical: "middle", wrapText: true },
  };
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
    font: LookFont | undefined
  ): CellLook => {
    if (fill === null && font === undefined) {
      return base;
    }
    const key = `${columnIndex}|${fill ?? ""}|${font?.bold ?? ""}|${font?.color ?? ""}`;
    let look = looks.get(key);
    if (look === undefined) {
      look = {
        ...base,
        ...(fill !== null ? { fill } : {}),
        ...(font !== undefined ? { font } : {}),
      };
      looks.set(key, look);
    }
    return look;
  };
  function* rows(): Generator<PlannedRow> {
    const spread = (value: CellValue, look: CellLook): PlannedCell[] => {
      const master = withFormat(look, 1);
      return Array.from({ length: columnCount }, (_unused, index) => ({
        column: index + 1,
        value: index === 0 ? value : null,
        look: master,
      }));
    };
    yield { number: 1, height: 28, cells: spread(spec.title, titleLook) };
    yield {
      number: 2,
      height: subtitleRowHeight(spec),
      cells: spread(spec.subtitle, subtitleLook),
    };
    if (spec.columns.length > 0) {
      yield {
        number: headerRowCount,
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
      yield {
        number: headerRowCount + 1 + rowIndex,
        cells: dataLooks.map((base, columnIndex) => {
          let fill: string | null = rowFill;
          let font: LookFont | undefined;
          for (const style of styles ?? []) {
            if (style.column === columnIndex) {
              fill = style.fill ?? fill;
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
            look: lookOf(columnIndex, base, fill, font),
          };
        }),
      };
    }
  }
  const last = columnLetters(columnCount);
  return {
    columns: spec.columns.map((column) => ({
      width: column.width,
      numberFormat: column.numberFormat,
    })),
    rows,
    merges: columnCount > 1 ? [`A1:${last}1`, `A2:${last}2`] : [],
    freeze: spec.freeze,
    print: spec.print,
    margins: narrowMargins,
    footer: pageFooter,
  };
}
