/**
 * OfficeExtension.Error, the error `context.sync()` rejects with: a code (Excel.ErrorCodes:
 * InvalidArgument, ItemNotFound, ApiNotFound …), a message and debug info; and PropertyNotLoaded,
 * the error a proxy throws when a property is read before it was loaded and synced.
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling
 */

/** The error Office.js raises (OfficeExtension.Error): a code, a message and debug info. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function officeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

export function notLoaded(property: string): FakeOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}
