import { findMarks } from "./findMarks";
import { queueMarkRemoval } from "./queueMarkRemoval";
import { ExcelRun, runBatch } from "./runBatch";
import { WorkbookMemory } from "./workbookMemory";

/**
 * 清除标记: deletes the add-in's marks — its tagged conditional formats (see `markStatuses`) — on
 * every sheet; nothing else is touched, so the table looks exactly as before the marks. One
 * `Excel.run`: 1 read (2 for sheets the adapter has not seen) and, when there are marks, 1 write.
 *
 * @throws WorkbookError Excel's error converted.
 */
export function clearMarks(run: ExcelRun, memory: WorkbookMemory): Promise<void> {
  return runBatch(run, async (context) => {
    const { marks } = await findMarks(context, memory);
    queueMarkRemoval(context, marks);
    await context.sync();
  });
}
