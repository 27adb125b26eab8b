import { PlacedMarks } from "./port";

/**
 * 排入删除标记: queues the deletion of the add-in's marks found before (their conditional formats,
 * by id on their sheet, by sheet id); the clerk's own formats are not touched. No sync.
 */
export function queueMarkRemoval(
  context: Excel.RequestContext,
  marks: readonly PlacedMarks[]
): void {
  for (const placed of marks) {
    const formats = context.workbook.worksheets
      .getItem(placed.sheetId)
      .getRange().conditionalFormats;
    for (const id of placed.ids) {
      formats.getItem(id).delete();
    }
  }
}
