import { inflateRawSync } from "zlib";
import { zipDirectory } from "./zipDirectory";
import { zipPackage } from "./zipPackage";

/**
 * 重新压缩 (repack a zip): the same parts, in the same order, deflated again by Node's zlib at
 * `level` — for packages a library wrote stored (uncompressed). Only for packages this program
 * made itself (no limits are checked).
 */
export function repackZip(bytes: Uint8Array, level: number): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = zipDirectory(bytes, "").map((entry) => {
    const local = entry.headerOffset;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const packed = bytes.subarray(start, start + entry.packedBytes);
    return { name: entry.name, data: entry.method === 0 ? packed : inflateRawSync(packed) };
  });
  return zipPackage(parts, level);
}
