import { randomBytes } from "crypto";
import { rename, unlink, writeFile } from "fs/promises";
import { basename, dirname, join } from "path";
import { AssessError } from "../engine";
import { reasonOf } from "../xlsx/reasonOf";

/**
 * Writes the bytes next to `path` under a temporary name, then renames them into place, so a failed
 * write never leaves half a workbook.
 *
 * @throws AssessError `workbookUnwritable` when the file cannot be written.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new AssessError("value", "workbookUnwritable", { file: path, reason: reasonOf(error) });
  }
}
