import { createInflateRaw } from "zlib";
import { FileProblem } from "./fileProblem";
import type { ZipEntry } from "./zipDirectory";

const localSignature = 0x04034b50;

/** The packed bytes of one part, found through its local header. */
function packedData(bytes: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.headerOffset;
  if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== localSignature) {
    throw new FileProblem("damagedZip", { file, detail: `local header of ${entry.name}` });
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.packedBytes > bytes.byteLength) {
    throw new FileProblem("damagedZip", { file, detail: `part ${entry.name} out of bounds` });
  }
  return bytes.subarray(start, start + entry.packedBytes);
}

/**
 * 解压部件 (unpack a part): the unpacked bytes of one zip part, in chunks of up to 64 KB, so a big
 * sheet is never held whole. Never yields more than the central directory declared: a part that
 * inflates beyond its declared size (a lying directory, a bomb) stops with `damagedZip`, as does
 * a stream that does not inflate; encrypted parts and methods other than stored and deflate
 * stop with `unsupportedZip`.
 */
export async function* unpackPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string
): AsyncGenerator<Buffer> {
  if (entry.encrypted) {
    throw new FileProblem("unsupportedZip", { file, part: entry.name, detail: "encrypted part" });
  }
  const packed = packedData(bytes, entry, file);
  if (entry.method === 0) {
    if (packed.byteLength !== entry.unpackedBytes) {
      throw new FileProblem("damagedZip", { file, detail: `size of ${entry.name}` });
    }
    for (let start = 0; start < packed.byteLength; start += 65536) {
      yield Buffer.from(
        packed.buffer,
        packed.byteOffset + start,
        Math.min(65536, packed.byteLength - start)
      );
    }
    return;
  }
  if (entry.method !== 8) {
    throw new FileProblem("unsupportedZip", {
      file,
      part: entry.name,
      detail: `compression method ${entry.method}`,
    });
  }
  const inflater = createInflateRaw({ chunkSize: 65536 });
  inflater.end(packed);
  let unpacked = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      unpacked += chunk.byteLength;
      if (unpacked > entry.unpackedBytes) {
        throw new FileProblem("damagedZip", {
          file,
          detail: `${entry.name} unpacks beyond its declared ${entry.unpackedBytes} bytes`,
        });
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof FileProblem) {
      throw error;
    }
    throw new FileProblem("damagedZip", {
      file,
      detail: `${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    inflater.destroy();
  }
  if (unpacked !== entry.unpackedBytes) {
    throw new FileProblem("damagedZip", { file, detail: `size of ${entry.name}` });
  }
}

/** A whole part as text (UTF-8), for the small parts: workbook, relationships, styles. */
export async function unpackText(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string
): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of unpackPart(bytes, entry, file)) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
