import { MarkRecord, restoreBlocks, settableFillOf } from "./markRecord";
import { requireMarks } from "./requireMarks";
import { IsSetSupported } from "./requirements";

/**
 * 排入恢复底色: queues the restoring of every recorded cell whose sheet still exists (found by id,
 * else by name): its fill cleared, then its original fill set back (no sync). A marked table whose
 * sheet was deleted has nothing left to restore.
 *
 * @throws WorkbookError `requirementMissing`, before anything is queued, when a custom fill must
 *   come back and the host lacks ExcelApi 1.9 (`setCellProperties`).
 */
export function queueRestore(
  isSetSupported: IsSetSupported,
  worksheets: readonly Excel.Worksheet[],
  record: MarkRecord
): void {
  const restores = record.sheets.flatMap((sheetRecord) => {
    const sheet =
      worksheets.find((candidate) => candidate.id === sheetRecord.sheetId) ??
      worksheets.find((candidate) => candidate.name === sheetRecord.sheetName);
    return sheet === undefined
      ? []
      : restoreBlocks(sheetRecord).map((block) => ({
          sheet,
          block,
          fills: block.fills.map((row) => row.map(settableFillOf)),
        }));
  });
  if (restores.some(({ fills }) => fills.some((row) => row.some((fill) => fill !== null)))) {
    requireMarks(isSetSupported);
  }
  for (const { sheet, block, fills } of restores) {
    const range = sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
    range.format.fill.clear();
    if (fills.some((row) => row.some((fill) => fill !== null))) {
      range.setCellProperties(
        fills.map((row) =>
          row.map((fill) =>
            fill === null ? {} : { format: { fill: fill as Excel.CellPropertiesFill } }
          )
        )
      );
    }
  }
}
