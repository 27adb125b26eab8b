/**
 * Calls a custom function the way Excel does from a formula whose arguments are cells of a fake
 * workbook (test/excel/fake), on either kind of host:
 * - "web": an empty cell arrives as null (Excel on the web, office-js issue #4702);
 * - "blanksAsZero": an empty cell arrives as 0, alone or inside a range (some Excel desktop builds,
 *   office-js #4702, #5262 for `any` ranges).
 * Both pass `invocation.parameterAddresses` (the functions ask for them), "Sheet!B2" or
 * "'7月 数据'!B2:B4" for a reference and nothing for a literal or an omitted argument; an omitted
 * optional argument arrives as null, and the invocation comes after every parameter. `connectProbe` registers the blank probe on the fake, through
 * the add-in's own Office reader (src/excel/readEmptyCells.ts), so the syncs it makes are counted.
 * Test code only.
 */
import { readEmptyCells } from "../../src/excel/readEmptyCells";
import { ExcelRun } from "../../src/excel/runBatch";
import { batchedProbe, setBlankProbe } from "../../src/functions/blankProbe";
import { FakeExcel, parseAddress, quoteSheet, type FakeValue } from "../excel/fake";
import { valueTypeOf } from "../excel/fake/fakeCell";

/** How the host passes an empty cell. */
export type HostMode = "web" | "blanksAsZero";

/** A reference in a formula: one cell for a value parameter, a block for a range parameter. */
export interface Reference {
  readonly kind: "cell" | "range";
  readonly sheet: string;
  readonly address: string;
}

/** A literal as Excel passes it: a value, an array constant ({80;"";90}), or omitted (undefined). */
export type Literal = FakeValue | null | undefined | readonly (readonly FakeValue[])[];

/** One argument of the formula. */
export type HostArgument = Reference | Literal;

/** `Sheet!B2` given where one value belongs. */
export function cellRef(sheet: string, address: string): Reference {
  return { kind: "cell", sheet, address };
}

/** `Sheet!B2:B4` given where a range belongs. */
export function rangeRef(sheet: string, address: string): Reference {
  return { kind: "range", sheet, address };
}

function isReference(argument: HostArgument): argument is Reference {
  return typeof argument === "object" && argument !== null && !Array.isArray(argument);
}

/** An Excel error a call raised. */
export interface ExcelErrorResult {
  readonly code: string;
  readonly message?: string;
}

/** What a call gave, whether it came back at once (no promise), and the syncs it made. */
export interface HostCall<T> {
  readonly result: T | ExcelErrorResult;
  readonly immediate: boolean;
  readonly syncs: number;
}

/** The values of a referenced block, row by row, as this host passes them. */
function valuesOf(fake: FakeExcel, reference: Reference, mode: HostMode): unknown[][] {
  const rect = parseAddress(reference.address);
  if (rect === null) {
    throw new Error(`hostCall: bad address ${reference.address}`);
  }
  const sheet = fake.sheet(reference.sheet);
  const rows: unknown[][] = [];
  sheet.forEach(rect, (cell, row) => {
    const empty = valueTypeOf(cell) === "Empty";
    (rows[row - rect.top] ??= []).push(empty ? (mode === "web" ? null : 0) : cell.value);
  });
  return rows;
}

function asExcelError(error: unknown): ExcelErrorResult {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string") {
    throw error;
  }
  return message === "" || message === undefined ? { code } : { code, message: String(message) };
}

/**
 * Calls `fn` as a host of `mode` would from a formula with these arguments, and waits for its
 * result.
 */
export async function hostCall<T>(
  fake: FakeExcel,
  mode: HostMode,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any custom function
  fn: (...args: any[]) => T | Promise<T>,
  args: readonly HostArgument[]
): Promise<HostCall<T>> {
  const values = args.map((argument) => {
    if (!isReference(argument)) {
      return argument === undefined ? null : argument;
    }
    const rows = valuesOf(fake, argument, mode);
    return argument.kind === "range" ? rows : rows[0][0];
  });
  // What Excel reports for a literal is not documented; the maintainers' own example tests for
  // undefined (office-js #4702), and so does this host.
  const parameterAddresses = args.map((argument) =>
    isReference(argument) ? `${quoteSheet(argument.sheet)}!${argument.address}` : undefined
  );
  const invocation = { parameterAddresses } as CustomFunctions.Invocation;
  // Excel passes every parameter of the metadata, null for one left out, then the invocation:
  // the functions that read cells declare it last, so their other parameters are Excel's.
  while (values.length < fn.length - 1) {
    values.push(null);
  }
  const before = fake.syncCount;
  let returned: T | Promise<T>;
  try {
    returned = fn(...values, invocation);
  } catch (error) {
    return { result: asExcelError(error), immediate: true, syncs: fake.syncCount - before };
  }
  const immediate = !(returned instanceof Promise);
  let result: T | ExcelErrorResult;
  try {
    result = await returned;
  } catch (error) {
    result = asExcelError(error);
  }
  return { result, immediate, syncs: fake.syncCount - before };
}

/**
 * Writes a formula's literal arguments into cells of `sheet` (row 1 from column A, one column
 * each; an array constant down its column; "" leaves the cell empty) and gives the references to them, as a clerk
 * who keeps the numbers in the sheet would write the formula. Omitted arguments stay omitted.
 */
export function inCells(fake: FakeExcel, sheet: string, args: readonly Literal[]): HostArgument[] {
  const target = fake.sheets.some((candidate) => candidate.name === sheet)
    ? fake.sheet(sheet)
    : fake.addSheet(sheet);
  return args.map((argument, column) => {
    if (argument === undefined || argument === null) {
      return argument;
    }
    const rows = Array.isArray(argument) ? argument : [[argument as FakeValue]];
    rows.forEach((row, r) => {
      if (row.length !== 1) {
        throw new Error("inCells: array constants down one column only ({1;2;3})");
      }
      if (row[0] !== "") {
        target.ensureCell(r, column).value = row[0];
      }
    });
    const letter = String.fromCharCode(65 + column);
    return Array.isArray(argument)
      ? rangeRef(sheet, `${letter}1:${letter}${rows.length}`)
      : cellRef(sheet, `${letter}1`);
  });
}

/** Registers the blank probe on `fake`, as functions.ts does on Excel. */
export function connectProbe(fake: FakeExcel): void {
  setBlankProbe(
    batchedProbe((addresses) => readEmptyCells(addresses, fake.run as unknown as ExcelRun))
  );
}

/** Removes the probe, as outside Excel. */
export function disconnectProbe(): void {
  setBlankProbe(null);
}
