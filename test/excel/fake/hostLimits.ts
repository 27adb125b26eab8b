/**
 * What a real Excel host does that an idealised one would not: the limits and quirks the fake
 * models, each with its source, each switchable so that a test can show what breaks without it.
 * `new FakeExcel()` is the strict real host ({@link realHost}); `idealHost` is the fake as it was
 * before it learnt these, for the tests that prove a limit matters.
 */
import { REQUEST_PAYLOAD_LIMIT } from "./requestBytes";

export interface HostLimits {
  /**
   * A `context.sync()` with nothing queued is no round trip: Office.js returns at once when the
   * pending request has no actions (`ClientRequestContext.prototype.syncPrivate`: `if
   * (!req.hasActions) return this.processPendingEventHandlers(req)`, in
   * node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js), and `Excel.run` ends with
   * `ctx.sync(runBodyResult)` (same file, `_runBatchCommon`), which sends something only when
   * commands are still queued. True: such syncs are not counted or recorded; false: every call
   * of `sync()` counts (the fake before).
   */
  readonly freeEmptySyncs: boolean;
  /**
   * Excel on the web rejects a response above 5 MB with ResponsePayloadSizeLimitExceeded ("This
   * error only occurs in Excel on the web": excel-add-ins-error-handling; "Excel data transfer
   * limits" in resource-limits-and-performance-optimization). The fake estimates a response as
   * the JSON of everything it loads. null: no limit.
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling
   * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
   */
  readonly responseLimit: number | null;
  /**
   * `Range.getMergedAreasOrNullObject()` "will fail to return the result" when the range holds
   * more than 512 merged areas (its TSDoc in @types/office-js). The typings name no error code;
   * the fake fails the request with GeneralException, Excel's code for an error it does not
   * classify. null: no limit.
   */
  readonly mergedAreaLimit: number | null;
  /**
   * Which merged areas `getMergedAreasOrNullObject` returns: "topLeft", only those whose top-left
   * cell lies in the range (office-js #3611, on desktop and the web); "intersecting", every area
   * that meets the range (what its TSDoc suggests).
   */
  readonly mergedAreasReturned: "topLeft" | "intersecting";
  /**
   * How a cell's fill reads back (`format.fill`, `getCellProperties`): "realHost", `pattern` null
   * for no fill and for a solid fill alike and `color` #FFFFFF for no fill (office-js #4900,
   * #6218), `tintAndShade` null for no fill (Microsoft's answer in #4900); "exact", the fill as
   * stored ("None" / "Solid" …).
   */
  readonly fillReport: "realHost" | "exact";
  /**
   * `Worksheet.getRanges(address)` fails with InvalidArgument for long address lists, at no
   * documented length: office-js #5198 saw lists of about 8,200 characters fail and shorter ones
   * pass (the docs' own issue office-js-docs-pr #2255 asked for the limit and got none). The fake
   * refuses lists over this many characters; null: no limit.
   */
  readonly rangeAreasAddressLimit: number | null;
}

/** The strict real host: every limit and quirk above. */
export const realHost: HostLimits = {
  freeEmptySyncs: true,
  responseLimit: REQUEST_PAYLOAD_LIMIT,
  mergedAreaLimit: 512,
  mergedAreasReturned: "topLeft",
  fillReport: "realHost",
  rangeAreasAddressLimit: 8192,
};

/** The fake before it learnt the limits: for tests that show a limit matters. */
export const idealHost: HostLimits = {
  freeEmptySyncs: false,
  responseLimit: null,
  mergedAreaLimit: null,
  mergedAreasReturned: "intersecting",
  fillReport: "exact",
  rangeAreasAddressLimit: null,
};
