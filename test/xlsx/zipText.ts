import { inflateRawSync } from "zlib";

/** The text of one part of a zip package (test helper: stored or deflated entries only). */
export function zipText(bytes: Uint8Array, name: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) {
    end--;
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder("utf-8");
  for (let index = 0; index < count; index++) {
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const entry = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (entry === name) {
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      return decoder.decode(method === 0 ? data : inflateRawSync(data));
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no part ${name}`);
}
