/**
 * 压缩包目录 (zip directory): the names of the parts in a zip package (an .xlsx), read from its central
 * directory without unpacking anything. Returns [] when the bytes are not a zip this reader
 * understands (no end-of-central-directory record, Zip64): callers use it for warnings only.
 */
export function zipEntries(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endSignature = 0x06054b50;
  const entrySignature = 0x02014b50;
  const endRecordSize = 22;
  const maxCommentLength = 0xffff;

  let end = -1;
  const lowest = Math.max(0, bytes.byteLength - endRecordSize - maxCommentLength);
  for (let offset = bytes.byteLength - endRecordSize; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === endSignature) {
      end = offset;
      break;
    }
  }
  if (end < 0) {
    return [];
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== entrySignature) {
      return names;
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
