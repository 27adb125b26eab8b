import { textLines } from "./textLines";

/** One line of text takes the font size times this (Noto Sans CJK's ascent and descent: 1.448). */
const lineFactor = 1.45;
/** Points above and below the lines. */
const paddingPoints = 3;
/** Excel's tallest row, in points. */
const maximumPoints = 409;

/**
 * 换行行高: the height in points a row needs so that every wrapped cell in it shows all its lines —
 * the most lines any cell takes ({@link textLines}: from the column width and a CJK glyph's width)
 * times the font's line height (1.45 × the size, the metrics of the CJK fonts Excel and
 * LibreOffice fall back on), plus padding; at most Excel's 409, at least one line.
 */
export function wrappedRowHeight(
  cells: readonly { readonly text: string; readonly width: number }[],
  fontPoints = 11
): number {
  const lines = cells.reduce(
    (most, cell) => Math.max(most, textLines(cell.text, cell.width, fontPoints)),
    1
  );
  return Math.min(maximumPoints, Math.ceil(lines * fontPoints * lineFactor + paddingPoints));
}
