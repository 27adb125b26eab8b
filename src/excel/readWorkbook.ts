import { NameRead, ownedSheets, sheetNameKey } from "../engine";
import { gridSheetOf } from "./gridSheetOf";
import { PlacedMarks, ReadWorkbookOptions, SheetInfo, WorkbookRead } from "./port";
import { queueMarkScan } from "./queueMarkScan";
import { queueSheetRequest } from "./queueSheetRequest";
import { IsSetSupported } from "./requirements";
import { ExcelRun, runBatch } from "./runBatch";
import { queryBytes, SheetReadJob, SheetRequest, SheetResult } from "./sheetReadJob";
import { forget, WorkbookMemory } from "./workbookMemory";

/** What {@link readWorkbook} needs besides `Excel.run`. */
export interface ReadWorkbookContext {
  readonly isSetSupported: IsSetSupported;
  /** Estimated bytes one response may carry (Excel on the web refuses responses above 5 MB). */
  readonly responseBudget: number;
  /** What earlier reads learnt of this workbook; this read updates it. */
  readonly memory: WorkbookMemory;
}

/** Failed requests one read retries (smaller blocks, no guessing) before it gives up. */
const maxRetries = 8;
/** The smallest response budget a retry after ResponsePayloadSizeLimitExceeded goes down to. */
const minimumBudget = 64 * 1024;
/** Codes a request may fail with when a getMergedAreasOrNullObject in it found over 512 areas. */
const mergeFailureCodes = new Set([
  "GeneralException",
  "InvalidArgument",
  "InvalidOperation",
  "UnsupportedOperation",
]);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** What the look found: the sheets, the defined names and the add-in's settings. */
interface Look {
  readonly sheets: readonly { readonly name: string; readonly id: string }[];
  readonly names: readonly NameRead[];
  readonly settings: Record<string, unknown>;
}

/** The look, queued; readable after the sync. */
function queueLook(context: Excel.RequestContext): () => Look {
  const worksheets = context.workbook.worksheets.load("items/name,items/id");
  const names = context.workbook.names.load("items/name,items/formula,items/comment");
  const settings = context.workbook.settings.load("items/key,items/value");
  return () => ({
    sheets: worksheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id })),
    names: names.items.map((item) => ({
      name: item.name,
      formula: item.formula,
      comment: item.comment,
    })),
    settings: Object.fromEntries(settings.items.map((item) => [item.key, item.value])),
  });
}

/** One attempt at the whole read; fails with ItemNotFound when a remembered sheet is gone. */
async function readOnce(
  context: Excel.RequestContext,
  options: ReadWorkbookContext,
  wanted: ReadWorkbookOptions
): Promise<WorkbookRead> {
  const jobOptions = {
    merges: options.isSetSupported("ExcelApi", "1.13"),
    hiddenRows: options.isSetSupported("ExcelApi", "1.9"),
  };
  let budget = options.responseBudget;
  const memory = options.memory;
  // Jobs and proxies by sheet id: a remembered sheet the clerk renamed is still found.
  const jobs = new Map<string, SheetReadJob>();
  const addJob = (id: string): void => {
    jobs.set(id, new SheetReadJob(id, memory.shapes.get(id), { ...jobOptions, budget }));
  };
  const remembered = (memory.sheets ?? []).filter((sheet) => sheet.clerk);
  remembered.forEach((sheet) => addJob(sheet.id));
  const proxies = new Map<string, Excel.Worksheet>();
  const proxyOf = (id: string): Excel.Worksheet => {
    let proxy = proxies.get(id);
    if (proxy === undefined) {
      proxy = context.workbook.worksheets.getItem(id);
      proxies.set(id, proxy);
    }
    return proxy;
  };
  const marks = new Map<string, readonly string[]>();
  let look: Look | null = null;
  let retries = 0;
  for (;;) {
    const pending = [...jobs.values()].filter((job) => !job.done);
    const scanning = wanted.marks === true ? [...jobs.keys()].filter((id) => !marks.has(id)) : [];
    if (look !== null && pending.length === 0 && scanning.length === 0) {
      break;
    }
    const readLook: (() => Look) | null = look === null ? queueLook(context) : null;
    let left = budget - (readLook === null ? 0 : queryBytes * 4);
    const sent: { job: SheetReadJob; request: SheetRequest; answer: () => SheetResult }[] = [];
    pending.sort((a, b) => a.remainingBytes - b.remainingBytes);
    pending.forEach((job, index) => {
      const share = job.guessing ? left / (pending.length - index) : left;
      const request = job.plan(Math.max(share, 0), true);
      left -= request.estimate;
      sent.push({
        job,
        request,
        answer: queueSheetRequest(proxyOf(job.sheetId), request, jobOptions),
      });
    });
    const scans = scanning.map((id) => ({ id, ids: queueMarkScan(proxyOf(id)) }));
    const guessed = sent.some(({ request }) => request.bands.some((band) => band.kind === "used"));
    try {
      // One request per response budget: the first carries the look too.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const code = codeOf(error);
      if (
        (code === "ItemNotFound" && look === null && remembered.length > 0) ||
        ++retries > maxRetries
      ) {
        throw error;
      }
      // The next request starts from fresh proxies; nothing of the failed one is used.
      proxies.clear();
      jobs.forEach((job) => job.stopGuessing());
      if (code === "ResponsePayloadSizeLimitExceeded" && !guessed) {
        if (budget <= minimumBudget) {
          throw error;
        }
        budget = Math.max(minimumBudget, budget / 2);
      } else if (mergeFailureCodes.has(code) && jobOptions.merges && !guessed) {
        const adjusted = sent.filter(({ job }) => job.expectMoreMerges());
        if (adjusted.length === 0) {
          throw error;
        }
      } else if (!guessed) {
        throw error;
      }
      continue;
    }
    sent.forEach(({ job, request, answer }) => job.commit(request, answer()));
    scans.forEach(({ id, ids }) => marks.set(id, ids()));
    if (readLook !== null) {
      const found = readLook();
      look = found;
      const clerk = clerkSheetsOf(found).map((sheet) => sheet.id);
      for (const id of [...jobs.keys()]) {
        if (!clerk.includes(id)) {
          jobs.delete(id);
          marks.delete(id);
        }
      }
      clerk.filter((id) => !jobs.has(id)).forEach(addJob);
    }
  }
  return resultOf(look, jobs, marks, jobOptions.hiddenRows, wanted, memory);
}

/** The sheets with the run that made each (the first marker on a sheet wins), in tab order. */
function ownersOf(look: Look): (SheetInfo & { readonly id: string })[] {
  const sheetNames = look.sheets.map((sheet) => sheet.name);
  const owners = new Map<string, string>();
  for (const owned of ownedSheets(look.names, sheetNames)) {
    if (!owners.has(sheetNameKey(owned.sheet))) {
      owners.set(sheetNameKey(owned.sheet), owned.run);
    }
  }
  return look.sheets.map((sheet) => ({
    id: sheet.id,
    name: sheet.name,
    ownedRun: owners.get(sheetNameKey(sheet.name)) ?? null,
  }));
}

/** The clerk's sheets: those no marker of the add-in points to. */
function clerkSheetsOf(look: Look): { readonly id: string; readonly name: string }[] {
  return ownersOf(look).filter((sheet) => sheet.ownedRun === null);
}

/** The read as the port gives it, and what the memory keeps of it. */
function resultOf(
  look: Look | null,
  jobs: ReadonlyMap<string, SheetReadJob>,
  marks: ReadonlyMap<string, readonly string[]>,
  hiddenRows: boolean,
  wanted: ReadWorkbookOptions,
  memory: WorkbookMemory
): WorkbookRead {
  if (look === null) {
    throw new Error("readWorkbook: the workbook was never looked at");
  }
  const owned = ownersOf(look);
  const clerk = owned.filter((sheet) => sheet.ownedRun === null);
  const grids = clerk.map(({ id, name }) => {
    const job = jobs.get(id) as SheetReadJob;
    return gridSheetOf({
      name,
      blocks: job.blocks,
      mergedAddresses: job.mergedAddresses,
      ...(hiddenRows ? { hiddenRows: job.hiddenRows } : {}),
    });
  });
  memory.sheets = owned.map(({ id, name, ownedRun }) => ({ id, name, clerk: ownedRun === null }));
  memory.shapes.clear();
  clerk.forEach(({ id }) => memory.shapes.set(id, (jobs.get(id) as SheetReadJob).shape));
  const placed: PlacedMarks[] | null =
    wanted.marks === true
      ? clerk.map(({ id, name }) => ({ sheetId: id, sheet: name, ids: marks.get(id) ?? [] }))
      : null;
  return {
    sheets: owned.map(({ name, ownedRun }) => ({ name, ownedRun })),
    grids,
    settings: look.settings,
    basis: { names: look.names, marks: placed },
  };
}

/**
 * 读取工作簿: the sheets (with the run that made each, from the add-in's markers; the first marker
 * on a sheet wins), the clerk's sheets' values, number formats (to tell dates), merged areas
 * (ExcelApi 1.13) and hidden rows (ExcelApi 1.9) as GridSheets (see `gridSheetOf`), the add-in's
 * settings, and, with `marks`, the add-in's marks — in one `Excel.run` whose every response stays
 * under `responseBudget` (see `SheetReadJob`).
 *
 * Round trips: the sheets the last read found (its {@link WorkbookMemory}) are read in the same
 * request as the look, so a workbook read before takes 1 sync, plus one per further response
 * budget of data; a workbook never read takes 1 more (its sheets' names come first: Excel has no
 * call that reads a sheet whose name is not known). A request that fails on a guess (a block too
 * large for the response, or with over 512 merged areas) is sent again with smaller blocks and
 * no guessing; a remembered sheet that is gone makes the read start afresh.
 *
 * @throws WorkbookError Excel's error converted (`sheetNotFound` for a sheet deleted meanwhile).
 */
export function readWorkbook(
  run: ExcelRun,
  options: ReadWorkbookContext,
  wanted: ReadWorkbookOptions = {}
): Promise<WorkbookRead> {
  return runBatch(run, async (context) => {
    try {
      return await readOnce(context, options, wanted);
    } catch (error) {
      if (codeOf(error) !== "ItemNotFound" || options.memory.sheets === null) {
        throw error;
      }
      forget(options.memory);
      return readOnce(context, options, wanted);
    }
  });
}
