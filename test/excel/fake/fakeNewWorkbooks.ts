/**
 * Excel.createWorkbook (ExcelApi 1.8): "Creates and opens a new workbook", optionally from a
 * base64-encoded .xlsx file (its TSDoc in @types/office-js). Office.js checks the requirement set
 * before anything else and THROWS (synchronously, no rejected promise) ApiNotFound on a host
 * without it (`createWorkbook` calls `_throwIfApiNotSupported("Excel.createWorkbook", …, "1.8")`
 * first, in node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js); the fake does the
 * same. The opened workbook is not modelled: the fake keeps the decoded bytes of each, in order,
 * for tests to look at. Base64 is decoded strictly (RFC 4648 alphabet, padded to a multiple of
 * 4); text that is not base64 rejects with InvalidArgument — the fake's own strictness, so an
 * encoding bug shows: the real host's answer to it is not documented. `failWith` makes the next
 * call reject with a code, as office-js #3646 reports it failing on some builds.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook
 */
import { officeError } from "./fakeOfficeError";
import { requireApi } from "./requireApi";

export class FakeNewWorkbooks {
  /** The files opened as new workbooks, decoded, in order. */
  readonly opened: Uint8Array[] = [];
  /** When set, the next `create` rejects with this Office error code (then it is cleared). */
  failWith: string | null = null;

  /** What `Excel.createWorkbook(base64)` does on a host of `apiVersion`. */
  create(base64: string | undefined, apiVersion: string): Promise<void> {
    requireApi("Excel.createWorkbook", "1.8", apiVersion);
    return Promise.resolve().then(() => {
      const failure = this.failWith;
      if (failure !== null) {
        this.failWith = null;
        throw officeError(failure, "The new workbook could not be created.");
      }
      if (base64 === undefined) {
        this.opened.push(new Uint8Array(0));
        return;
      }
      if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
        throw officeError("InvalidArgument", "The file is not valid base64.");
      }
      this.opened.push(new Uint8Array(Buffer.from(base64, "base64")));
    });
  }
}
