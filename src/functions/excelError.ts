import { AssessError, ErrorKind, formatMessage, Locale } from "../engine";

function errorCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "divisionByZero":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "number":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "notAvailable":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/** Only #VALUE! and #N/A may carry a message in Excel (CustomFunctionsRuntime 1.3). */
const kindsWithMessage: ReadonlySet<ErrorKind> = new Set<ErrorKind>(["value", "notAvailable"]);

/** The language of error messages in cells: English when Office runs in English, else zh-CN. */
export function displayLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage ?? "zh-CN";
  return language.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

/**
 * Turns an engine error into the Excel error a cell shows, with the message in the clerk's
 * language; an Excel error passes through. Anything else is a defect and is rethrown so it is not
 * hidden.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) {
    return error;
  }
  if (error instanceof AssessError) {
    const message = kindsWithMessage.has(error.kind)
      ? formatMessage(displayLocale(), error.key, error.params)
      : undefined;
    return new CustomFunctions.Error(errorCode(error.kind), message);
  }
  throw error;
}

/**
 * Runs a function body and converts engine errors to Excel errors: thrown at once, or, when the
 * body returns a promise (a function that had to read cells first), as that promise's rejection.
 */
export function evaluate<T>(body: () => Promise<T>): Promise<T>;
export function evaluate<T>(body: () => T): T;
export function evaluate<T>(body: () => T | Promise<T>): T | Promise<T> {
  let result: T | Promise<T>;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  if (result instanceof Promise) {
    return result.then(undefined, (error: unknown) => {
      throw toExcelError(error);
    });
  }
  return result;
}
