import { STATUS_FILLS as statusFill } from "../engine";
import { markBlocks } from "./markBlocks";
import { freshMarkRecord, marksSettingKey, parseMarkRecord, recordedFillOf } from "./markRecord";
import { StatusMark } from "./port";
import { queueRestore } from "./queueRestore";
import { requireMarks } from "./requireMarks";
import { IsSetSupported } from "./requirements";
import { ExcelRun, runBatch } from "./runBatch";

/** The fill properties a mark records of each cell it colours. */
const fillProperties = {
  color: true,
  pattern: true,
  patternColor: true,
  tintAndShade: true,
  patternTintAndShade: true,
};

/**
 * 标记状态: colours rows of the source table by status, one fill per block of rows (see
 * `markBlocks`), as `WorkbookPort.markStatuses` states: the previous marks are restored first, on
 * whatever sheet they are, and the cells' original fills are recorded in the workbook setting
 * `assess.marks` before any colour is set. One `Excel.run`, 2 syncs: read (sheets, the record,
 * the fills), then restore, record and colour. Needs ExcelApi 1.9, checked before any call.
 *
 * @throws WorkbookError `requirementMissing` without ExcelApi 1.9; `sheetNotFound` naming the
 *   sheet; Excel's error converted.
 */
export async function markStatuses(
  run: ExcelRun,
  isSetSupported: IsSetSupported,
  sheetName: string,
  marks: readonly StatusMark[]
): Promise<void> {
  requireMarks(isSetSupported);
  const blocks = markBlocks(marks);
  await runBatch(
    run,
    async (context) => {
      const worksheets = context.workbook.worksheets.load("items/id,items/name");
      const sheet = context.workbook.worksheets.getItem(sheetName).load("id,name");
      const setting = context.workbook.settings.getItemOrNullObject(marksSettingKey).load("value");
      const ranges = blocks.map((block) =>
        sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns)
      );
      const fills = ranges.map((range) =>
        range.getCellProperties({ format: { fill: fillProperties } })
      );
      await context.sync();
      const previous = parseMarkRecord(setting.isNullObject ? null : setting.value);
      // The previous marks are restored first, on every sheet they are on; the new record takes a
      // cell's original fill from the previous record where the cell still shows an old mark.
      const record = freshMarkRecord(
        previous,
        { id: sheet.id, name: sheet.name },
        blocks.map((block, index) => ({
          top: block.top,
          left: block.left,
          fills: fills[index].value.map((row) =>
            row.map((cell) => recordedFillOf(cell.format?.fill))
          ),
        }))
      );
      queueRestore(isSetSupported, worksheets.items, previous);
      // The record is stored before the fills: if they fail half-way, clearMarks knows the originals.
      if (record.sheets.length > 0) {
        context.workbook.settings.add(marksSettingKey, record);
      } else if (!setting.isNullObject) {
        setting.delete();
      }
      blocks.forEach((block, index) => {
        ranges[index].format.fill.color = statusFill[block.status];
      });
      await context.sync();
    },
    sheetName
  );
}
