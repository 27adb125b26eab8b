import { cellText } from "../kernel/cellText";
import { TableContext } from "./tableContext";

/**
 * 重复表头: true when a row repeats the header — at least two mapped columns hold exactly their
 * header text and the name cell is blank or the indicator header (a second printed page pasted
 * below the first, or the second row of a two-row header repeated with it).
 */
export function repeatsHeader(context: TableContext, row: number): boolean {
  const { index } = context;
  const name = index.own(row, context.indicatorColumn);
  if (
    name !== null &&
    !(
      typeof name === "string" &&
      (name.trim() === "" || isHeaderText(name, context.indicatorHeader))
    )
  ) {
    return false; // the usual data row, with a name of its own (checked first: fast)
  }
  let matches = 0;
  for (const [column, text] of context.headerTexts) {
    const own = index.own(row, column);
    if (typeof own === "string" && isHeaderText(own, text)) {
      matches++;
    }
  }
  return matches >= 2;
}

/** Whether a cell's text is the header text (blank cells are not). */
function isHeaderText(own: string, text: string): boolean {
  return own === text || (own.trim() !== "" && cellText(own) === text);
}
