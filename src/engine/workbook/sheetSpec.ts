import { CellValue } from "../kernel/grid";

/**
 * A summary worksheet as plain data, ready for any writer (Excel through Office.js, or an .xlsx
 * file). Layout every writer follows: row 1 the title (merged across all columns, bold, large),
 * row 2 the subtitle (merged across all columns like the title, wrapped, as high as
 * `subtitleRowHeight` says: two lines or more), row 3 the column headers (bold, grey fill,
 * wrapped), data from row 4.
 * The top three rows are frozen and row 3 repeats on every printed page.
 */
export interface SheetColumn {
  /** Stable key of the column, e.g. "paceGap". */
  readonly key: string;
  /** Header as the clerk sees it, with the unit: "目标（万元）", "进度差（百分点）". */
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** Excel number format of the column's data cells: "0.00", "0.0%", "@", "General". */
  readonly numberFormat: string;
}

/** A colour and emphasis for one data cell (0-based row and column within the data). */
export interface CellStyle {
  readonly row: number;
  readonly column: number;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  /** Wrapped, centred text (a header row inside the data, as on the notices). */
  readonly wrapText?: boolean;
}

/**
 * The kinds of summary sheet, in the order they are written (`notices`: 预警通知, one notice a
 * page); `yearend` is the year-end
 * assessment (年度考核汇总), a run of its own.
 */
export type SheetKind =
  "bulletin" | "ranking" | "adjustments" | "warnings" | "notices" | "late" | "yearend";

/** A bar chart of one column against another (the bulletin's pace gap by indicator). */
export interface ChartSpec {
  readonly title: string;
  readonly categoryColumn: string;
  readonly valueColumn: string;
  /** Per data row, the bar colour (#RRGGBB), e.g. red when behind, green when on pace. */
  readonly pointColors: readonly string[];
}

/**
 * Print setup: A4 landscape, as many pages tall as needed. Without `scalePercent` the writers fit
 * the sheet to `fitToPagesWide` pages wide; with it they print at that scale (no fit to page), so
 * the text never shrinks below the size the scale was chosen for (see `printScale`).
 */
export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  /** Pages wide: 1, or 2 for a wide sheet printed at `scalePercent` with `titleColumns` repeated. */
  readonly fitToPagesWide: number;
  readonly fitToPagesTall: 0;
  /** Rows repeated at the top of every page, 1-based inclusive: [3, 3]; null = none. */
  readonly titleRows: readonly [number, number] | null;
  /** Columns repeated at the left of every page, 1-based inclusive: [1, 2]; absent = none. */
  readonly titleColumns?: readonly [number, number];
  /** Print scale in percent, 10…100; absent = fit to `fitToPagesWide` pages wide. */
  readonly scalePercent?: number;
  /** Print area: the first `printedColumns` columns (the 来源 column left out); absent = all. */
  readonly printedColumns?: number;
  /** Print area: from this 1-based row on; absent = 1. */
  readonly printedFromRow?: number;
  /** Footer with this sheet's page number and count, "第 &P 页，共 &N 页"; absent = the writer's. */
  readonly footer?: string;
  /** Page numbers start at 1 on this sheet (not continued from the sheet before). */
  readonly firstPageNumber?: number;
}

/** A data row whose first cell is a line of text merged across all columns, without borders. */
export interface TextRow {
  /** 0-based data row. */
  readonly row: number;
  readonly align: "left" | "center" | "right";
  readonly bold?: boolean;
  /** Font size in points; absent = the sheet's 11. */
  readonly fontSize?: number;
}

/** 图例: one swatch of the marked table's legend — a fill and what it means. */
export interface LegendItem {
  readonly fill: string;
  readonly label: string;
}

/** One summary worksheet. */
export interface SheetSpec {
  readonly kind: SheetKind;
  /** Sheet name, valid for Excel: ≤ 31 characters, none of []:*?/\ — e.g. "7月进度通报". */
  readonly name: string;
  /** Title, with county and month: "镇巴县2016年7月市考指标进度通报". */
  readonly title: string;
  /** Subtitle: data date, time pace, band. */
  readonly subtitle: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Per data row, a fill colour (#RRGGBB) or null. */
  readonly rowFills: readonly (string | null)[];
  /** Extra per-cell styles (sparse). */
  readonly cellStyles: readonly CellStyle[];
  /** Frozen rows and columns: { rows: 3, columns: n }. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: PrintSetup;
  readonly chart?: ChartSpec;
  /** Per data row, its height in points (wrapped text, see `wrappedRowHeight`); null = default. */
  readonly rowHeights?: readonly (number | null)[];
  /**
   * Columns the title and subtitle are merged across, from the first: the first printed page's
   * when the sheet prints more than one page wide (so the title is not cut in two); absent = all.
   */
  readonly headingColumns?: number;
  /** Height of the header row (row 3) in points, so wrapped headers fit. */
  readonly headerRowHeight?: number;
  /** Data rows that are lines of text merged across all columns (the notices' wording). */
  readonly textRows?: readonly TextRow[];
  /** 0-based data rows a manual page break stands before (one notice per printed page). */
  readonly pageBreaksBefore?: readonly number[];
  /** Legend swatches, written in the row under the table (the marked table's colours). */
  readonly legend?: readonly LegendItem[];
  /**
   * Lines under the table, each merged across the columns: the sentence of an empty sheet
   * ("本月无加减分登记"), then the issuing office and date ("县考核办 2016年8月15日").
   */
  readonly closingLines?: readonly string[];
}

/** Rows above the data: title, subtitle, headers. */
export const headerRowCount = 3;
