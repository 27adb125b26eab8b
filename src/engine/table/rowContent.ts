import { isBlankCell } from "./isBlankCell";
import { TableContext } from "./tableContext";

/**
 * 行内容: whether a row's mapped cells hold values of their own (merged values not counted) —
 * `none` (a blank row), `name` (only the indicator cell: a heading, a note or a name without data)
 * or `data`.
 */
export function rowContent(context: TableContext, row: number): "none" | "name" | "data" {
  let found: "none" | "name" = "none";
  for (const column of context.contentColumns) {
    if (!isBlankCell(context.index.own(row, column))) {
      if (column !== context.indicatorColumn) {
        return "data";
      }
      found = "name";
    }
  }
  return found;
}
