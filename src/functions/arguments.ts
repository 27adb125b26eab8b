import { AssessError, assert, normalizeText } from "../engine";

/**
 * Argument rules shared by every custom function: how a cell value becomes a number, a text or a
 * blank. Excel passes omitted optional arguments as `null`; empty cells inside ranges arrive as
 * `""`, `null` or (on some hosts) `0`.
 */
export type CellArgument = number | string | boolean | null | undefined;

/** True for an omitted argument or an empty cell. */
export function isBlank(value: CellArgument): value is null | undefined | "" {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** Reads a number from a number or a numeric text (full-width digits and 1,234.5 allowed). */
export function readNumber(value: CellArgument, name: string): number {
  if (typeof value === "number") {
    assert(Number.isFinite(value), "value", "notANumber", { name, text: String(value) });
    return value;
  }
  if (typeof value === "boolean" || isBlank(value)) {
    throw new AssessError("value", isBlank(value) ? "blankArgument" : "notANumber", {
      name,
      text: String(value),
    });
  }
  const text = normalizeText(value).replace(/,/g, "");
  const parsed = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : NaN;
  assert(Number.isFinite(parsed), "value", "notANumber", { name, text: value });
  return parsed;
}

/** Reads an optional number: blank gives the fallback. */
export function optionalNumber(value: CellArgument, name: string, fallback: number): number {
  return isBlank(value) ? fallback : readNumber(value, name);
}

/** Reads an optional number that may stay absent. */
export function optionalNumberOrNull(value: CellArgument, name: string): number | null {
  return isBlank(value) ? null : readNumber(value, name);
}

/** Reads an actual: a blank actual means 未报送 (#N/A). */
export function readActual(value: CellArgument, name: string): number {
  if (isBlank(value)) {
    throw new AssessError("notAvailable", "notReported");
  }
  return readNumber(value, name);
}

/** Reads one of a few option words (either language), blank giving the fallback. */
export function readOption<T extends string>(
  value: CellArgument,
  name: string,
  words: Readonly<Record<string, T>>,
  fallback: T
): T {
  if (isBlank(value)) {
    return fallback;
  }
  const word = normalizeText(String(value)).toLowerCase();
  const option = Object.prototype.hasOwnProperty.call(words, word) ? words[word] : undefined;
  assert(option !== undefined, "value", "invalidOption", {
    name,
    text: String(value),
    allowed: Object.keys(words).join(", "),
  });
  return option;
}

/** Reads a yes/no flag: TRUE, 1, 是, yes, Y, 否决 count as yes. */
export function readFlag(value: CellArgument): boolean {
  if (isBlank(value)) {
    return false;
  }
  if (typeof value === "boolean") {
    return value;
  }
  if (typeof value === "number") {
    return value !== 0;
  }
  return ["是", "yes", "y", "true", "1", "否决", "一票否决", "veto"].includes(
    normalizeText(value).toLowerCase()
  );
}

/** Flattens a range row by row. */
export function flatten(
  range: readonly (readonly CellArgument[])[] | null | undefined
): CellArgument[] {
  return range ? range.flat() : [];
}

/** Reads a range of numbers where blanks stay `null` (text raises #VALUE!). */
export function numbersOrBlanks(
  range: readonly (readonly CellArgument[])[] | null | undefined,
  name: string
): (number | null)[] {
  return flatten(range).map((value) => (isBlank(value) ? null : readNumber(value, name)));
}

/** Two ranges that go together (scores and weights, counts and points) must be equally long. */
export function assertSameLength(
  first: readonly unknown[],
  firstName: string,
  second: readonly unknown[],
  secondName: string
): void {
  assert(first.length === second.length, "value", "lengthMismatch", {
    first: firstName,
    second: secondName,
    firstCount: first.length,
    secondCount: second.length,
  });
}
