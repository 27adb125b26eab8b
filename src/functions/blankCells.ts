import { EmptyCells, getBlankProbe, LocalizedFailure } from "./blankProbe";
import { displayLocale, evaluate } from "./excelError";
import { formatFunctionMessage } from "./messages";

/** True when an argument is 0, or a range that holds a 0. */
function holdsZero(argument: unknown): boolean {
  return (
    argument === 0 ||
    (Array.isArray(argument) && argument.some((row) => Array.isArray(row) && row.includes(0)))
  );
}

/**
 * The argument with the 0 of each empty cell made blank (null). It stays as Excel passed it when
 * the probe could not read its address, or when the cells read do not have the argument's shape
 * (a range given where one value belongs: which cell Excel took is not known).
 */
function blankEmptyZeros(argument: unknown, empty: EmptyCells | null): unknown {
  if (empty === null) {
    return argument;
  }
  if (!Array.isArray(argument)) {
    const oneEmptyCell = empty.length === 1 && empty[0].length === 1 && empty[0][0];
    return argument === 0 && oneEmptyCell ? null : argument;
  }
  const rows = argument as unknown[];
  const sameShape =
    rows.length === empty.length &&
    rows.every((row, r) => Array.isArray(row) && row.length === empty[r].length);
  if (!sameShape) {
    return argument;
  }
  return rows.map((row, r) =>
    (row as unknown[]).map((cell, c) => (cell === 0 && empty[r][c] ? null : cell))
  );
}

/** The #VALUE! message of a probe that failed, with its reason in the clerk's language. */
function probeFailure(error: unknown): CustomFunctions.Error {
  const locale = displayLocale();
  const failure = error as Partial<LocalizedFailure> | null | undefined;
  const detail =
    typeof failure?.messageIn === "function"
      ? failure.messageIn(locale)
      : error instanceof Error
        ? error.message
        : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    formatFunctionMessage(locale, "blankProbeFailed", { detail })
  );
}

/**
 * 空白与0: runs a custom function's body with empty cells as blanks, whatever the host passed.
 * Some Excel desktop builds pass an empty cell as 0 where the web passes null, and nothing tells
 * the two hosts apart; where blank and 0 mean different things (未报送 against a real 0, a default
 * against 0, a weight shared out against a score of 0), a 0 from a cell has to be checked.
 *
 * `blankMatters` lists the positions of those arguments. When one of them holds a 0 (as a value
 * or inside a range) and Excel gave its address (`@requiresParameterAddresses`), the registered
 * {@link BlankProbe} is asked which of those cells are empty, their 0s become null, and the body
 * runs on that: the result is a promise. Otherwise (no 0 there, no address, or no probe, as
 * outside Excel) the body runs at once on the arguments as they came, exactly as it always did.
 * Engine errors become Excel errors either way; a probe that fails gives #VALUE! saying why.
 */
export function withBlankCells<A extends readonly unknown[], T>(
  body: (...args: A) => T,
  args: A,
  blankMatters: readonly number[],
  invocation: CustomFunctions.Invocation | undefined
): T | Promise<T> {
  const probe = getBlankProbe();
  const addresses = invocation?.parameterAddresses;
  if (probe === null || addresses === undefined) {
    return evaluate(() => body(...args));
  }
  const asked = blankMatters.filter((position) => {
    const address = addresses[position];
    return typeof address === "string" && address !== "" && holdsZero(args[position]);
  });
  if (asked.length === 0) {
    return evaluate(() => body(...args));
  }
  return evaluate(async () => {
    let found: readonly (EmptyCells | null)[];
    try {
      found = await probe(asked.map((position) => addresses[position]));
    } catch (error) {
      throw probeFailure(error);
    }
    const cleared: unknown[] = [...args];
    asked.forEach((position, n) => {
      cleared[position] = blankEmptyZeros(args[position], found[n] ?? null);
    });
    return body(...(cleared as unknown as A));
  });
}
