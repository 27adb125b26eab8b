/**
 * The worksheet state model: the cells (kept sparse, default cells not stored), column widths, row
 * heights, hidden rows, merged areas, freeze panes, page layout, charts and borders of one sheet;
 * and Excel's rules for a sheet's name (not blank, at most 31 characters, none of : \ / ? * [ ],
 * no leading or trailing apostrophe, not "History").
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
import { defaultCell, type FakeCell } from "./fakeCell";
import { officeError } from "./fakeOfficeError";
import { MAX_COLUMNS, type Rect } from "./parseAddress";

/** A chart series as the sheet keeps it: ranges as absolute references, a fill per point. */
export interface FakeSeries {
  name: string;
  values: string;
  xValues: string | null;
  fill: string | null;
  pointFills: (string | null)[];
}

/** A chart as the sheet keeps it. */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  categoryReversed: boolean;
  position: { start: string; end: string | null } | null;
  series: FakeSeries[];
}

/** Page setup as the sheet keeps it. */
export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** The print area's address ("A1:Q40"), null = the used range. */
  printArea: string | null;
  /** headersFooters.defaultForAllPages.centerFooter. */
  centerFooter: string;
  /** "" = automatic (continued from the sheet before). */
  firstPageNumber: number | "";
}

/** A conditional format as the sheet keeps it: the blocks it applies to, its rule and fill. */
export interface FakeConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  readonly rects: readonly Rect[];
  formula: string | null;
  fill: string | null;
}

/** One border set on a range, by its address and edge. */
export interface FakeBorder {
  address: string;
  edge: string;
  style: string;
  weight: string | null;
}

/**
 * A range is limited to 5,000,000 cells for read operations:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
const MAX_READ_CELLS = 5_000_000;

/** Excel's rules for a sheet name. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") {
    return "blank";
  }
  if (name.length > 31) {
    return "longer than 31 characters";
  }
  if (/[[\]:*?/\\]/.test(name)) {
    return "forbidden character";
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return "leading or trailing apostrophe";
  }
  if (name.toLowerCase() === "history") {
    return "reserved";
  }
  return null;
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id: string;
  name: string;
  visibility = "Visible";
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  /** Row heights set in points, by 0-based row (Excel's default is 15). */
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly merges: Rect[] = [];
  freeze = { rows: 0, columns: 0 };
  pageLayout: FakePageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    centerFooter: "",
    firstPageNumber: "",
  };
  /** Manual page breaks: the 0-based rows a break stands above (horizontalPageBreaks). */
  readonly rowPageBreaks: number[] = [];
  readonly charts: FakeChart[] = [];
  readonly borders: FakeBorder[] = [];
  /** Conditional formats in priority order (index 0 first); they never change a cell's format. */
  readonly conditionalFormats: FakeConditionalFormatModel[] = [];
  deleted = false;

  constructor(name: string) {
    this.id = `{${String(nextSheetId++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    this.name = name;
  }

  private static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): FakeCell {
    return this.cells.get(FakeSheet.key(row, column)) ?? defaultCell();
  }

  ensureCell(row: number, column: number): FakeCell {
    const key = FakeSheet.key(row, column);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = defaultCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /**
   * The fill colour a cell shows: that of the first conditional format over it with a fill (the
   * fake treats every rule as true), else the cell's own (null: no fill).
   */
  displayedFill(row: number, column: number): string | null {
    const format = this.conditionalFormats.find(
      (candidate) =>
        candidate.fill !== null &&
        candidate.rects.some(
          (rect) =>
            row >= rect.top &&
            row < rect.top + rect.rows &&
            column >= rect.left &&
            column < rect.left + rect.columns
        )
    );
    return format?.fill ?? this.cell(row, column).fill.color;
  }

  /** Calls back for each cell of a rect (existing or default); refuses absurdly large rects. */
  forEach(rect: Rect, visit: (cell: FakeCell, row: number, column: number) => void): void {
    if (rect.rows * rect.columns > MAX_READ_CELLS) {
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    for (let row = rect.top; row < rect.top + rect.rows; row++) {
      for (let column = rect.left; column < rect.left + rect.columns; column++) {
        visit(this.cell(row, column), row, column);
      }
    }
  }

  /** Applies a change to each cell of a rect, creating the cells. */
  update(rect: Rect, change: (cell: FakeCell, row: number, column: number) => void): void {
    if (rect.rows * rect.columns > MAX_READ_CELLS) {
      throw officeError(
        "InvalidArgument",
        "The fake refuses to format more than 5,000,000 cells at once."
      );
    }
    for (let row = rect.top; row < rect.top + rect.rows; row++) {
      for (let column = rect.left; column < rect.left + rect.columns; column++) {
        change(this.ensureCell(row, column), row, column);
      }
    }
  }

  /**
   * The bounding rect of the cells that have a value (valuesOnly) or anything, within `within`
   * when given; null when none.
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === null) {
        continue;
      }
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (
        within !== undefined &&
        (row < within.top ||
          row >= within.top + within.rows ||
          column < within.left ||
          column >= within.left + within.columns)
      ) {
        continue;
      }
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}
