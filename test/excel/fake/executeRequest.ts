/**
 * What Excel does with one request (one `context.sync()`): the request is counted and recorded; one
 * above the payload limit is rejected whole; otherwise its actions run in order, each checked
 * against the host's ExcelApi version, and the first that fails stops the batch there: the actions
 * before it stay applied and those after it never run (see the traceMessages example of
 * OfficeExtension.Error). A response above the host's response limit fails the request after its
 * actions ran: nothing it loaded becomes readable (hostLimits.ts, responseLimit).
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error
 */
import type { FakeExcel } from "./fakeExcel";
import { FakeOfficeError, officeError } from "./fakeOfficeError";
import type { FakeAction, FakeRequestContext } from "./fakeRequestContext";
import { injectedError, type ArmedFailure } from "./injectedFailure";
import { requestBytes, requestTooLarge, responseTooLarge } from "./requestBytes";
import { compareVersions } from "./requireApi";

/** One sync: its size, actions, and the writes of values / number formats in order. */
export interface SyncRecord {
  readonly index: number;
  readonly bytes: number;
  /** The estimated size of its response: the JSON of what its loads gave back. */
  responseBytes: number;
  readonly actions: number;
  /** Its actions that change the workbook (not loads, null-object checks or property reads). */
  readonly changes: number;
  calculationSuspended: boolean;
  failed: string | null;
  readonly writes: { sheet: string; address: string; property: string }[];
}

/** Labels of the actions that only read. */
const readLabels = /^(load\b|resolveNullObject$|getCellProperties$|getRowProperties$)/;

/** Applies one request: counts it, checks its size and the API versions, runs its actions. */
export function executeRequest(
  excel: FakeExcel,
  context: FakeRequestContext,
  actions: readonly FakeAction[],
  failure: ArmedFailure | null
): void {
  const bytes = requestBytes(actions);
  const record: SyncRecord = {
    index: excel.syncs.length + 1,
    bytes,
    responseBytes: 0,
    actions: actions.length,
    changes: actions.filter((action) => !readLabels.test(action.label)).length,
    calculationSuspended: false,
    failed: null,
    writes: [],
  };
  excel.syncs.push(record);
  const tooLarge = requestTooLarge(bytes, excel.payloadLimit);
  if (tooLarge !== null) {
    record.failed = tooLarge.code;
    throw tooLarge;
  }
  let applied = 0;
  try {
    for (const action of actions) {
      if (failure !== null && applied === failure.afterActions) {
        throw injectedError(failure, applied);
      }
      if (compareVersions(action.requires, excel.apiVersion) > 0) {
        throw officeError(
          "ApiNotFound",
          `${action.label} needs ExcelApi ${action.requires}; this host has ${excel.apiVersion}.`
        );
      }
      action.apply();
      if (action.write !== undefined) {
        record.writes.push({
          sheet: action.write.sheet(),
          address: action.write.address(),
          property: action.write.property,
        });
      }
      applied++;
    }
    if (failure !== null) {
      throw injectedError(failure, applied);
    }
    record.responseBytes = context.responseBytes;
    const responseFailure = responseTooLarge(context.responseBytes, excel.limits.responseLimit);
    if (responseFailure !== null) {
      throw responseFailure;
    }
  } catch (error) {
    record.failed = error instanceof FakeOfficeError ? error.code : "Error";
    throw error;
  } finally {
    record.calculationSuspended = context.calculationSuspended;
  }
}
