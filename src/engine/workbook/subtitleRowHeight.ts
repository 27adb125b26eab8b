import { SheetSpec } from "./sheetSpec";
import { textLines } from "./textLines";

/** The subtitle's font, in points: as large as the body, so it prints at 9 pt or more. */
export const subtitlePoints = 11;
/** Points one line of the subtitle takes (the CJK fonts' line height: 1.45 × 11). */
const linePoints = 16;
/** Points above and below the lines. */
const paddingPoints = 3;
/** Lines the subtitle row always has room for. */
const minimumLines = 2;
/** Excel's tallest row, in points. */
const maximumPoints = 409;

/**
 * 副标题行高: the height in points of row 2 of a summary sheet, where the 11 pt subtitle stands
 * merged across the heading columns and wrapped — room for two lines (35 points), and for as
 * many more as {@link textLines} says the text takes over the merged width (each line break
 * starting a line), so it is never cut off on screen or on paper.
 */
export function subtitleRowHeight(spec: Pick<SheetSpec, "subtitle" | "columns">): number {
  const width = spec.columns.reduce(
    (sum, column) => sum + (Number.isFinite(column.width) && column.width > 0 ? column.width : 0),
    0
  );
  const lines =
    width > 0
      ? Math.max(minimumLines, textLines(spec.subtitle, width, subtitlePoints))
      : minimumLines;
  return Math.min(maximumPoints, lines * linePoints + paddingPoints);
}
