import { Locale } from "../engine";

/** The cells of one argument's range, row by row: true where the cell is empty (空白单元格). */
export type EmptyCells = readonly (readonly boolean[])[];

/**
 * 空白探测: which cells of some custom-function arguments are empty. Some Excel desktop builds pass
 * an empty cell to a custom function as 0, the web passes null (the change shipped as a bug fix,
 * with no requirement set to test for), so a function that got a 0 from a cell asks the workbook.
 *
 * Given the arguments' addresses as Excel reports them in `invocation.parameterAddresses`
 * ("Sheet1!B2", "'7月 数据'!B2:B4"), it answers for each address, in order, the emptiness of its
 * cells, or null when it cannot read that address (another workbook, a name, not a reference):
 * those cells are then taken as Excel passed them. It reads them all in one request to Excel and
 * rejects when Excel fails; a rejection that is a {@link LocalizedFailure} says why in the clerk's
 * language.
 */
export type BlankProbe = (addresses: readonly string[]) => Promise<readonly (EmptyCells | null)[]>;

/** A probe's failure that can say why in either language (the Excel adapter's errors can). */
export interface LocalizedFailure extends Error {
  messageIn(locale: Locale): string;
}

const key = Symbol.for("assess.blankProbe");

type Holder = { [key]?: BlankProbe | null };

/**
 * The probe in force, or null when none is registered (outside Excel): the functions then take
 * a 0 as 0. It lives on the one global object of the shared runtime, as the defaults do.
 */
export function getBlankProbe(): BlankProbe | null {
  return (globalThis as Holder)[key] ?? null;
}

/** Registers the probe (the functions' entry does, in Excel); null removes it. */
export function setBlankProbe(probe: BlankProbe | null): void {
  (globalThis as Holder)[key] = probe;
}

/** One caller waiting on a batched request: where its addresses sit in the batch. */
interface Caller {
  readonly at: readonly number[];
  readonly resolve: (answers: readonly (EmptyCells | null)[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * 合并探测: a probe that gathers the addresses asked for until the current task ends, then asks
 * `probe` once for all of them, each distinct address once. Excel recalculates many formulas in
 * one go; with this, a column of them costs one request, not one each. A failure fails every
 * caller of that request.
 */
export function batchedProbe(probe: BlankProbe): BlankProbe {
  let batch: { readonly index: Map<string, number>; readonly callers: Caller[] } | null = null;

  const flush = (): void => {
    const current = batch;
    batch = null;
    if (current === null) {
      return;
    }
    Promise.resolve()
      .then(() => probe([...current.index.keys()]))
      .then(
        (answers) =>
          current.callers.forEach((caller) =>
            caller.resolve(caller.at.map((position) => answers[position] ?? null))
          ),
        (error: unknown) => current.callers.forEach((caller) => caller.reject(error))
      );
  };

  return (addresses) =>
    new Promise((resolve, reject) => {
      if (batch === null) {
        batch = { index: new Map(), callers: [] };
        setTimeout(flush, 0);
      }
      const { index, callers } = batch;
      const at = addresses.map((address) => {
        const known = index.get(address);
        if (known !== undefined) {
          return known;
        }
        index.set(address, index.size);
        return index.size - 1;
      });
      callers.push({ at, resolve, reject });
    });
}
