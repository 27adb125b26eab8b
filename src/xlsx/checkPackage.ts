import { FileProblem } from "./fileProblem";
import { megabytes } from "./megabytes";
import type { ReadLimits } from "./readLimits";
import type { ZipEntry } from "./zipDirectory";

/**
 * 解压防护 (the decompression guard): checks a package's central directory against the
 * {@link ReadLimits} before anything is inflated — the number of parts (`tooManyParts`), their
 * unpacked size together (`packageTooLarge`) and each big part's packing ratio (`zipBomb`). The
 * sizes it checks are the declared ones; `unpackPart` makes sure no part inflates beyond them.
 */
export function checkPackage(entries: readonly ZipEntry[], file: string, limits: ReadLimits): void {
  if (entries.length > limits.parts) {
    throw new FileProblem("tooManyParts", { file, count: entries.length, limit: limits.parts });
  }
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.unpackedBytes;
    if (
      entry.unpackedBytes > limits.ratioFloorBytes &&
      entry.unpackedBytes > limits.ratio * Math.max(entry.packedBytes, 1)
    ) {
      throw new FileProblem("zipBomb", {
        file,
        part: entry.name,
        ratio: Math.round(entry.unpackedBytes / Math.max(entry.packedBytes, 1)),
        limit: limits.ratio,
      });
    }
  }
  if (unpacked > limits.unpackedBytes) {
    throw new FileProblem("packageTooLarge", {
      file,
      size: megabytes(unpacked),
      limit: megabytes(limits.unpackedBytes),
    });
  }
}
