import { SheetSpec } from "./sheetSpec";

/** Points one line of the 10pt subtitle takes (宋体/等线 10pt: about 13.5). */
const linePoints = 14;
/** Points above and below the lines. */
const paddingPoints = 2;
/** Lines the subtitle row always has room for. */
const minimumLines = 2;
/** Excel's tallest row, in points. */
const maximumPoints = 409;
/** Slack for wrapping at word and punctuation boundaries. */
const wrapSlack = 1.1;

/** A character's width in column-width units at 10pt: CJK and other wide characters 2, else 1. */
function widthOf(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code > 0x2e7f ? 2 : 1;
}

/**
 * 副标题行高: the height in points of row 2 of a summary sheet, where the subtitle stands merged
 * across all columns and wrapped — room for two lines (30 points), and for more when the subtitle
 * is wider than twice the merged width (a CJK character counts two column-width units, others one,
 * plus a tenth for wrapping at word boundaries; each line break starts a line), so it is never
 * cut off on screen or on paper.
 */
export function subtitleRowHeight(spec: Pick<SheetSpec, "subtitle" | "columns">): number {
  const width = spec.columns.reduce(
    (sum, column) => sum + (Number.isFinite(column.width) && column.width > 0 ? column.width : 0),
    0
  );
  let wrapped = 0;
  for (const line of spec.subtitle.split("\n")) {
    let textWidth = 0;
    for (const character of line) {
      textWidth += widthOf(character);
    }
    wrapped += width > 0 ? Math.max(1, Math.ceil((textWidth * wrapSlack) / width)) : 1;
  }
  const lines = Math.max(minimumLines, wrapped);
  return Math.min(maximumPoints, lines * linePoints + paddingPoints);
}
