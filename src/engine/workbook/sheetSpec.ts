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
}

/**
 * The kinds of summary sheet, in the order they are written; `yearend` is the year-end
 * assessment (年度考核汇总), a run of its own.
 */
export type SheetKind = "bulletin" | "ranking" | "adjustments" | "warnings" | "late" | "yearend";

/** A bar chart of one column against another (the bulletin's pace gap by indicator). */
export interface ChartSpec {
  readonly title: string;
  readonly categoryColumn: string;
  readonly valueColumn: string;
  /** Per data row, the bar colour (#RRGGBB), e.g. red when behind, green when on pace. */
  readonly pointColors: readonly string[];
}

/** Print setup: A4 landscape, one page wide, as many pages tall as needed. */
export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  readonly fitToPagesWide: 1;
  readonly fitToPagesTall: 0;
  /** Rows repeated at the top of every page, 1-based inclusive: [3, 3]. */
  readonly titleRows: readonly [number, number];
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
}

/** Rows above the data: title, subtitle, headers. */
export const headerRowCount = 3;
