/**
 * Payload accounting: the size of a request to Excel, estimated from what it carries (a fixed
 * overhead per action plus the JSON of its arguments: values, formats …), and the limit above
 * which Excel on the web rejects a request whole with RequestPayloadSizeLimitExceeded (5 MB).
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
import { FakeOfficeError, officeError } from "./fakeOfficeError";

/** Excel on the web's payload limit for a request (the same 5 MB holds for a response). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The estimate for resolving an *OrNullObject proxy. */
export const NULL_OBJECT_BYTES = 24;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Bytes(text);
}

/** A load: a fixed overhead and the names of the properties loaded. */
export function loadBytes(names: readonly string[]): number {
  return 32 + utf8Bytes(names.join(","));
}

/** A write or a method call: 64 bytes and the JSON of its arguments (bench/run.ts counts on 64). */
export function actionBytes(payload: unknown): number {
  return 64 + jsonBytes(payload);
}

/** The size of one request: the sum of its actions' estimates. */
export function requestBytes(actions: readonly { readonly bytes: number }[]): number {
  return actions.reduce((sum, action) => sum + action.bytes, 0);
}

/** The error Excel answers a request above `limit` with; null when it fits. */
export function requestTooLarge(bytes: number, limit: number): FakeOfficeError | null {
  return bytes > limit
    ? officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes).`
      )
    : null;
}

/** What a load adds to a response: a fixed overhead and the JSON of the values it gives back. */
export function responseBytesOf(value: unknown): number {
  return 16 + jsonBytes(value);
}

/** The error Excel on the web answers a response above `limit` with; null when it fits. */
export function responseTooLarge(bytes: number, limit: number | null): FakeOfficeError | null {
  return limit !== null && bytes > limit
    ? officeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${bytes} bytes).`
      )
    : null;
}
