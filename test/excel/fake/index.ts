/**
 * An in-memory fake of exactly the Excel JavaScript API subset the add-in's adapter uses, with the
 * semantics that matter:
 * - proxies with STRICT load/sync: reading a property that was not loaded, or was loaded but not
 *   yet synced, throws PropertyNotLoaded (Office.js does the same, office-addin-mock does not);
 *   `isNullObject` is readable only after a sync; anything done to a null object fails at sync
 *   (fakeObject.ts, fakeCollection.ts, fakeClientResult.ts);
 * - writes are queued and applied in order at `context.sync()`; an action that fails stops the
 *   batch there (earlier actions stay applied, as in Excel); the queue is emptied either way
 *   (fakeRequestContext.ts, executeRequest.ts);
 * - `sync()` is counted — a sync with nothing queued is no round trip on a real host, so it is not
 *   counted —, each request's size is estimated from the JSON of its arguments (values,
 *   formats …) and a request above 5 MB is rejected whole with RequestPayloadSizeLimitExceeded,
 *   each response's from the JSON of what it loads, and one above 5 MB fails with
 *   ResponsePayloadSizeLimitExceeded (requestBytes.ts, executeRequest.ts);
 * - the real host's limits and quirks — free empty syncs, the 5 MB response, 512 merged areas per
 *   getMergedAreasOrNullObject (top-left cells only, office-js #3611), fills read back with
 *   `pattern` null and #FFFFFF (office-js #4900, #6218) — are on by default and each can be
 *   switched off (hostLimits.ts), so a test can show what breaks without it;
 * - input is checked like Excel checks it: a 2-D array whose shape differs from the range, a null
 *   single property, an invalid sheet or defined name, a duplicate name … fail with
 *   InvalidArgument / ItemAlreadyExists; a missing item with ItemNotFound (storeInput.ts,
 *   fakeSheet.ts, fakeNamedItemCollection.ts, and the proxy of each object);
 * - each API carries its ExcelApi version; a call above the fake's `apiVersion` fails with
 *   ApiNotFound, and `isSetSupported` answers from the same version (requireApi.ts);
 * - failures can be injected on the Nth sync, before or after some of its actions
 *   (injectedFailure.ts);
 * - `Excel.createWorkbook` (ExcelApi 1.8) keeps the files it opened (fakeNewWorkbooks.ts).
 * The workbook state is plain data (fakeExcel.ts, fakeSheet.ts, fakeCell.ts, fakeNamedItem.ts);
 * each proxy file is named after the Office.js object it models.
 * Test code only: never shipped.
 */
export type { SyncRecord } from "./executeRequest";
export type { FakeCell, FakeFill, FakeFont, FakeValue, FakeValueType } from "./fakeCell";
export { FakeExcel } from "./fakeExcel";
export { idealHost, realHost, type HostLimits } from "./hostLimits";
export { FakeNamedItem, FakeNamedItemProxy } from "./fakeNamedItem";
export { FakeNewWorkbooks } from "./fakeNewWorkbooks";
export { FakeOfficeError } from "./fakeOfficeError";
export { FakeRange } from "./fakeRange";
export { FakeRequestContext, type FakeRun } from "./fakeRequestContext";
export { FakeSettingProxy } from "./fakeSettings";
export {
  FakeSheet,
  sheetNameProblem,
  type FakeBorder,
  type FakeConditionalFormatModel,
  type FakeChart,
  type FakePageLayout,
  type FakeSeries,
} from "./fakeSheet";
export { FakeWorksheet } from "./fakeWorksheet";
export type { InjectedFailure } from "./injectedFailure";
export {
  addressOf,
  columnName,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheet,
  type Rect,
} from "./parseAddress";
