import { FileProblem } from "./fileProblem";

/** One part of a zip package as its central directory lists it. */
export interface ZipEntry {
  /** The part's name ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly packedBytes: number;
  readonly unpackedBytes: number;
  /** Where the part's local header starts. */
  readonly headerOffset: number;
}

const endSignature = 0x06054b50;

const entrySignature = 0x02014b50;

const endRecordBytes = 22;

const entryRecordBytes = 46;

const longestComment = 0xffff;

/**
 * 压缩包目录 (zip directory): the parts of a zip package (an .xlsx) with their sizes, read from its
 * central directory without unpacking anything — so a package's unpacked size is known before a
 * byte of it is inflated. Throws a {@link FileProblem} `damagedZip` when there is no readable
 * directory, `unsupportedZip` for Zip64 (packages of 4 GB or 65,535 parts, which no ledger reaches).
 */
export function zipDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  const lowest = Math.max(0, bytes.byteLength - endRecordBytes - longestComment);
  for (let offset = bytes.byteLength - endRecordBytes; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === endSignature) {
      end = offset;
      break;
    }
  }
  if (end < 0) {
    throw new FileProblem("damagedZip", { file, detail: "no central directory" });
  }
  const count = view.getUint16(end + 10, true);
  const directoryBytes = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff || directoryBytes === 0xffffffff) {
    throw new FileProblem("unsupportedZip", { file, part: "", detail: "Zip64" });
  }
  if (directoryStart + directoryBytes > end) {
    throw new FileProblem("damagedZip", { file, detail: "central directory out of bounds" });
  }
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let offset = directoryStart;
  for (let index = 0; index < count; index++) {
    if (offset + entryRecordBytes > end || view.getUint32(offset, true) !== entrySignature) {
      throw new FileProblem("damagedZip", { file, detail: `directory entry ${index + 1}` });
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const packedBytes = view.getUint32(offset + 20, true);
    const unpackedBytes = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const headerOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(
      bytes.subarray(offset + entryRecordBytes, offset + entryRecordBytes + nameLength)
    );
    if (packedBytes === 0xffffffff || unpackedBytes === 0xffffffff) {
      throw new FileProblem("unsupportedZip", { file, part: name, detail: "Zip64" });
    }
    if (headerOffset + packedBytes > bytes.byteLength) {
      throw new FileProblem("damagedZip", { file, detail: `part ${name} out of bounds` });
    }
    entries.push({
      name,
      method,
      encrypted: (flags & 1) === 1,
      packedBytes,
      unpackedBytes,
      headerOffset,
    });
    offset += entryRecordBytes + nameLength + extraLength + commentLength;
  }
  return entries;
}
