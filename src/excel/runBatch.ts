import { toWorkbookError } from "./workbookError";

/** `Excel.run` as the adapter calls it: one batch function, one request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * 执行批处理: runs one batch through `run` (one `Excel.run`), turning whatever it throws into a
 * WorkbookError with the clerk's message; `sheet` names the worksheet the batch is about,
 * for a clearer "not found". Nothing is swallowed.
 *
 * @throws WorkbookError whatever the batch or Excel threw, converted by `toWorkbookError`.
 */
export async function runBatch<T>(
  run: ExcelRun,
  batch: (context: Excel.RequestContext) => Promise<T>,
  sheet?: string
): Promise<T> {
  try {
    return await run(batch);
  } catch (error) {
    throw toWorkbookError(error, sheet);
  }
}
