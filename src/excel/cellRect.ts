/** A block of cells, 0-based: top-left cell and size. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const sheetRows = 1048576;
export const sheetColumns = 16384;

/** The whole worksheet. */
export const wholeSheet: CellRect = { top: 0, left: 0, rows: sheetRows, columns: sheetColumns };

/** Cells in a block. */
export function cellCount(rect: CellRect): number {
  return rect.rows * rect.columns;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: CellRect, outer: CellRect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.columns <= outer.left + outer.columns
  );
}

/**
 * 区域相减: the parts of `rect` outside `cut`, as at most four blocks — rows above, rows below,
 * then the columns left and right of `cut` in the rows they share. Nothing when `cut` covers it.
 */
export function subtractRect(rect: CellRect, cut: CellRect | null): CellRect[] {
  if (cut === null || cut.rows < 1 || cut.columns < 1) {
    return [rect];
  }
  const bottom = rect.top + rect.rows;
  const right = rect.left + rect.columns;
  const cutBottom = cut.top + cut.rows;
  const cutRight = cut.left + cut.columns;
  const top = Math.max(rect.top, cut.top);
  const end = Math.min(bottom, cutBottom);
  const left = Math.max(rect.left, cut.left);
  const stop = Math.min(right, cutRight);
  if (top >= end || left >= stop) {
    return [rect];
  }
  const parts: CellRect[] = [];
  if (rect.top < top) {
    parts.push({ top: rect.top, left: rect.left, rows: top - rect.top, columns: rect.columns });
  }
  if (end < bottom) {
    parts.push({ top: end, left: rect.left, rows: bottom - end, columns: rect.columns });
  }
  if (rect.left < left) {
    parts.push({ top, left: rect.left, rows: end - top, columns: left - rect.left });
  }
  if (stop < right) {
    parts.push({ top, left: stop, rows: end - top, columns: right - stop });
  }
  return parts;
}

/** Halves a block along its longer side (in cells): rows first when it has more than one. */
export function halveRect(rect: CellRect): [CellRect, CellRect] {
  if (rect.rows > 1 && (rect.rows >= rect.columns || rect.columns === 1)) {
    const upper = Math.ceil(rect.rows / 2);
    return [
      { ...rect, rows: upper },
      { ...rect, top: rect.top + upper, rows: rect.rows - upper },
    ];
  }
  const leftColumns = Math.ceil(rect.columns / 2);
  return [
    { ...rect, columns: leftColumns },
    { ...rect, left: rect.left + leftColumns, columns: rect.columns - leftColumns },
  ];
}
