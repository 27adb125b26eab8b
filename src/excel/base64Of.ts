/** Bytes per `String.fromCharCode` call: well under the engines' limit on a call's arguments. */
const CHUNK = 0x8000;

/**
 * Base64 编码: bytes as standard base64 text (RFC 4648, "+/" and "=" padding, no line breaks), as
 * `Excel.createWorkbook` takes a file. The browser has no Buffer: the bytes go through `btoa` as a
 * "binary string" (one character per byte), built in chunks so that a large file never passes
 * more arguments to `String.fromCharCode` than the engine allows.
 */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
