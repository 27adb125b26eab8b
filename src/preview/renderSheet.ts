import type { Alignment, Border, Borders, Cell, Fill, Font, Worksheet } from "exceljs";
import { cssColor } from "./cssColor";
import { formatCellText } from "./formatCellText";

/** Options of {@link renderSheet}. */
export interface RenderOptions {
  /** The cell to highlight ("B12"), as Excel shows the active cell. */
  readonly activeCell?: string | null;
  /** At most this many rows and columns are drawn (a preview, not a spreadsheet engine). */
  readonly maxRows?: number;
  readonly maxColumns?: number;
}

/** Empty rows and columns drawn after the used range, so the sheet reads like a sheet. */
const spareRows = 4;
const spareColumns = 2;
/** A short table still fills the view with an empty grid, as in Excel. */
const minimumRows = 50;
const minimumColumns = 15;

/** "A", "B" … "Z", "AA" … for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A column width in characters → pixels, as Excel draws Calibri 11. */
function columnPixels(width: number): number {
  return Math.round(width * 7 + 5);
}

/** A row height in points → pixels. */
function rowPixels(points: number): number {
  return Math.round((points * 96) / 72);
}

/** "B3:D5" → 1-based corners. */
function mergeOf(
  range: string
): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (match === null) {
    return null;
  }
  const column = (letters: string): number =>
    letters
      .toUpperCase()
      .split("")
      .reduce((sum, letter) => sum * 26 + (letter.charCodeAt(0) - 64), 0);
  return {
    top: Number(match[2]),
    left: column(match[1]),
    bottom: Number(match[4]),
    right: column(match[3]),
  };
}

function fillColor(fill: Fill | undefined): string | null {
  if (fill === undefined) {
    return null;
  }
  if (fill.type === "pattern") {
    return fill.pattern === "none" ? null : cssColor(fill.fgColor ?? fill.bgColor);
  }
  return cssColor(fill.stops[0]?.color);
}

function borderCss(border: Partial<Border> | undefined): string | null {
  if (border === undefined || border.style === undefined) {
    return null;
  }
  const color = cssColor(border.color) ?? "#000000";
  switch (border.style) {
    case "medium":
    case "mediumDashed":
    case "mediumDashDot":
    case "mediumDashDotDot":
      return `2px ${border.style === "medium" ? "solid" : "dashed"} ${color}`;
    case "thick":
      return `3px solid ${color}`;
    case "double":
      return `3px double ${color}`;
    case "dotted":
    case "hair":
      return `1px dotted ${color}`;
    case "dashed":
    case "dashDot":
    case "dashDotDot":
    case "slantDashDot":
      return `1px dashed ${color}`;
    default:
      return `1px solid ${color}`;
  }
}

/** Applies a cell's font, fill, borders and alignment to its table cell. */
function applyStyle(element: HTMLTableCellElement, cell: Cell, isNumber: boolean): void {
  const style = element.style;
  const font: Partial<Font> | undefined = cell.font;
  if (font !== undefined) {
    if (font.bold) style.fontWeight = "bold";
    if (font.italic) style.fontStyle = "italic";
    if (font.underline) style.textDecoration = "underline";
    if (font.strike) style.textDecoration = `${style.textDecoration} line-through`.trim();
    if (typeof font.size === "number") style.fontSize = `${font.size}pt`;
    const color = cssColor(font.color);
    if (color !== null) style.color = color;
  }
  const fill = fillColor(cell.fill);
  if (fill !== null) {
    style.backgroundColor = fill;
    element.classList.add("filled");
  }
  const borders: Partial<Borders> | undefined = cell.border;
  if (borders !== undefined) {
    const sides = [
      ["borderTop", borders.top],
      ["borderRight", borders.right],
      ["borderBottom", borders.bottom],
      ["borderLeft", borders.left],
    ] as const;
    for (const [side, border] of sides) {
      const css = borderCss(border);
      if (css !== null) style[side] = css;
    }
  }
  const alignment: Partial<Alignment> | undefined = cell.alignment;
  const horizontal = alignment?.horizontal;
  if (horizontal === "center" || horizontal === "centerContinuous") {
    style.textAlign = "center";
  } else if (horizontal === "right") {
    style.textAlign = "right";
  } else if (horizontal === "left" || horizontal === "justify" || horizontal === "distributed") {
    style.textAlign = horizontal === "left" ? "left" : "justify";
  } else if (isNumber) {
    style.textAlign = "right";
  }
  if (alignment?.vertical === "top") style.verticalAlign = "top";
  else if (alignment?.vertical === "middle") style.verticalAlign = "middle";
  if (alignment?.wrapText) element.classList.add("wrap");
  if (typeof alignment?.indent === "number" && alignment.indent > 0)
    style.paddingLeft = `${3 + alignment.indent * 9}px`;
}

/** Whether a cell holds a number (or a formula with a numeric result), which Excel right-aligns. */
function holdsNumber(cell: Cell): boolean {
  const value = cell.value as unknown;
  if (typeof value === "number" || value instanceof Date) {
    return true;
  }
  return (
    typeof value === "object" &&
    value !== null &&
    "result" in value &&
    typeof (value as { result: unknown }).result === "number"
  );
}

/**
 * 工作表视图 (sheet view): draws one worksheet into `host` as a read-only HTML table, the way Excel
 * shows it — column letters and row numbers; values formatted by their number formats (see
 * formatCellText); fills, fonts, borders and alignment; merged cells as rowspan/colspan; column
 * widths and row heights; hidden rows and columns left out; frozen rows and columns sticky.
 * Text goes in through `textContent` only.
 */
export function renderSheet(
  worksheet: Worksheet,
  host: HTMLElement,
  options: RenderOptions = {}
): void {
  const maxRows = options.maxRows ?? 5000;
  const maxColumns = options.maxColumns ?? 200;
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? [])
    .map(mergeOf)
    .filter((merge): merge is NonNullable<typeof merge> => merge !== null);
  const usedRows = Math.max(worksheet.rowCount, ...merges.map((merge) => merge.bottom), 0);
  const usedColumns = Math.max(worksheet.columnCount, ...merges.map((merge) => merge.right), 0);
  const rowTotal = Math.min(Math.max(usedRows + spareRows, minimumRows), maxRows);
  const columnTotal = Math.min(Math.max(usedColumns + spareColumns, minimumColumns), maxColumns);

  const spans = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const merge of merges) {
    spans.set(`${merge.top},${merge.left}`, {
      rows: merge.bottom - merge.top + 1,
      columns: merge.right - merge.left + 1,
    });
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (row !== merge.top || column !== merge.left) covered.add(`${row},${column}`);
      }
    }
  }

  const view = (worksheet.views ?? [])[0] as
    { state?: string; xSplit?: number; ySplit?: number; activeCell?: string } | undefined;
  const frozenRows = view?.state === "frozen" ? Math.min(view.ySplit ?? 0, rowTotal) : 0;
  const frozenColumns = view?.state === "frozen" ? Math.min(view.xSplit ?? 0, columnTotal) : 0;
  const activeCell = (options.activeCell ?? null)?.toUpperCase() ?? null;
  const defaultWidth = worksheet.properties.defaultColWidth ?? 8.43;
  const defaultHeight = worksheet.properties.defaultRowHeight ?? 15;
  const rowHeaderWidth = 40;

  const table = document.createElement("table");
  table.className = "sheet";
  table.dataset.sheet = worksheet.name;
  const colgroup = document.createElement("colgroup");
  const corner = document.createElement("col");
  corner.style.width = `${rowHeaderWidth}px`;
  colgroup.append(corner);
  const columnLeft: number[] = [];
  let left = rowHeaderWidth;
  let tableWidth = rowHeaderWidth;
  const hiddenColumns = new Set<number>();
  // Drawing never changes the workbook: find* and `columns` read, where get* would add rows and cells.
  const columnInfo = worksheet.columns ?? [];
  for (let column = 1; column <= columnTotal; column++) {
    const info = columnInfo[column - 1] ?? {};
    const col = document.createElement("col");
    if (info.hidden) {
      hiddenColumns.add(column);
      col.style.width = "0px";
      col.style.visibility = "collapse";
    } else {
      const width = columnPixels(info.width ?? defaultWidth);
      col.style.width = `${width}px`;
      columnLeft[column] = left;
      left += width;
      tableWidth += width;
    }
    colgroup.append(col);
  }
  table.style.width = `${tableWidth}px`;
  table.append(colgroup);

  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  const cornerCell = document.createElement("th");
  cornerCell.className = "corner";
  headRow.append(cornerCell);
  for (let column = 1; column <= columnTotal; column++) {
    const th = document.createElement("th");
    th.className = "column-header";
    th.textContent = columnLetters(column);
    if (hiddenColumns.has(column)) th.hidden = true;
    if (column <= frozenColumns && columnLeft[column] !== undefined) {
      th.classList.add("frozen-column");
      th.style.left = `${columnLeft[column]}px`;
    }
    if (column === frozenColumns) th.classList.add("frozen-column-edge");
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);

  const body = document.createElement("tbody");
  for (let rowNumber = 1; rowNumber <= rowTotal; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    const tr = document.createElement("tr");
    tr.dataset.row = String(rowNumber);
    tr.style.height = `${rowPixels(row?.height ?? defaultHeight)}px`;
    if (row?.hidden) {
      tr.hidden = true;
    }
    if (rowNumber <= frozenRows) {
      tr.classList.add("frozen-row");
    }
    const rowHeader = document.createElement("th");
    rowHeader.className = "row-header";
    rowHeader.textContent = String(rowNumber);
    tr.append(rowHeader);
    for (let column = 1; column <= columnTotal; column++) {
      if (covered.has(`${rowNumber},${column}`)) {
        continue;
      }
      const td = document.createElement("td");
      const address = `${columnLetters(column)}${rowNumber}`;
      td.dataset.address = address;
      const span = spans.get(`${rowNumber},${column}`);
      if (span !== undefined) {
        if (span.rows > 1) td.rowSpan = span.rows;
        if (span.columns > 1) td.colSpan = span.columns;
      }
      if (hiddenColumns.has(column)) td.hidden = true;
      const cell = row?.findCell(column);
      if (cell !== undefined) {
        const text = formatCellText(cell.value as never, cell.numFmt);
        td.textContent = text;
        if (text !== "") td.title = text;
        applyStyle(td, cell, holdsNumber(cell));
      }
      const lastColumn = column + (span?.columns ?? 1) - 1;
      if (
        column <= frozenColumns &&
        lastColumn <= frozenColumns &&
        columnLeft[column] !== undefined
      ) {
        td.classList.add("frozen-column");
        td.style.left = `${columnLeft[column]}px`;
      }
      if (lastColumn === frozenColumns) td.classList.add("frozen-column-edge");
      if (activeCell === address) {
        td.classList.add("active");
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);

  if (usedRows > rowTotal || usedColumns > columnTotal) {
    const note = document.createElement("p");
    note.className = "truncated";
    note.textContent = `预览只显示前 ${rowTotal} 行、前 ${columnTotal} 列；下载的工作簿是完整的。`;
    host.replaceChildren(table, note);
  } else {
    host.replaceChildren(table);
  }

  // Frozen rows stick below the column letters: their offsets are known once the rows are laid out.
  let top = headRow.getBoundingClientRect().height;
  for (const tr of Array.from(body.querySelectorAll<HTMLTableRowElement>("tr.frozen-row"))) {
    for (const cell of Array.from(tr.children) as HTMLElement[]) {
      cell.style.top = `${top}px`;
    }
    top += tr.getBoundingClientRect().height;
  }
  if (frozenRows > 0) {
    table.classList.add("has-frozen-rows");
    const last = body.querySelector<HTMLTableRowElement>(`tr[data-row="${frozenRows}"]`);
    last?.classList.add("frozen-edge");
  }
  if (activeCell !== null) {
    table
      .querySelector<HTMLElement>(`td[data-address="${activeCell}"]`)
      ?.scrollIntoView({ block: "center", inline: "center" });
  }
}
