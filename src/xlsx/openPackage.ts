import { checkPackage } from "./checkPackage";
import { FileProblem } from "./fileProblem";
import type { ReadLimits } from "./readLimits";
import { ZipEntry, zipDirectory } from "./zipDirectory";

/** An opened package: its file name (for messages), its bytes, its parts. */
export interface OpenedPackage {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  /** A part by its name, case-insensitive, with or without a leading "/". */
  part(name: string): ZipEntry | undefined;
}

const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether an OLE compound file holds Office's "EncryptedPackage" stream (a password-protected .xlsx). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/**
 * 打开工作簿包 (open a workbook package): tells what kind of file the bytes are and, for a zip,
 * reads and checks its directory against the limits (`checkPackage`) before anything is inflated.
 * Throws a {@link FileProblem}: `encryptedWorkbook` for a password-protected workbook (Office
 * stores it as an OLE compound file), `legacyXls` for any other compound file (an Excel 97–2003
 * .xls), `notWorkbook` for anything that is not a zip, and what `zipDirectory` and `checkPackage`
 * throw.
 */
export function openPackage(bytes: Uint8Array, file: string, limits: ReadLimits): OpenedPackage {
  if (compoundFileSignature.every((byte, index) => bytes[index] === byte)) {
    throw new FileProblem(isEncryptedPackage(bytes) ? "encryptedWorkbook" : "legacyXls", { file });
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new FileProblem("notWorkbook", { file });
  }
  const entries = zipDirectory(bytes, file);
  checkPackage(entries, file, limits);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    byName.set(entry.name.toLowerCase(), entry);
  }
  return {
    file,
    bytes,
    entries,
    part: (name) => byName.get(name.replace(/^\//, "").toLowerCase()),
  };
}
