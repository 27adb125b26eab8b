import { unlinkSync } from "fs";
import { link, open, readdir, rename, stat, unlink } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import { randomBytes } from "crypto";
import { FileProblem } from "./fileProblem";
import { errorCodeOf, writeProblemOf } from "./writeProblemOf";

/** The system calls a write makes, replaceable in tests (a full disk, a refused rename). */
export interface WriteCalls {
  readonly open: typeof open;
  readonly link: typeof link;
  readonly rename: typeof rename;
}

const systemCalls: WriteCalls = { open, link, rename };

/** Temporary files being written now: removed if the process is stopped by a signal. */
const pending = new Set<string>();

const signals: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Removes the temporary files being written, then lets the signal end the process as it would
 * have (exit code 128 + the signal's number). Exported for its test.
 */
export function removePendingOnSignal(signal: NodeJS.Signals): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
  pending.clear();
  for (const name of signals) {
    process.removeListener(name, removePendingOnSignal);
  }
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (pending.size === 0) {
    for (const name of signals) {
      process.on(name, removePendingOnSignal);
    }
  }
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) {
    for (const name of signals) {
      process.removeListener(name, removePendingOnSignal);
    }
  }
}

/** ".通报.xlsx.assess-1234-0a1b2c3d4e5f.tmp": hidden, beside the output, naming the writer's process. */
function temporaryName(output: string): string {
  return join(
    dirname(output),
    `.${basename(output)}.assess-${process.pid}-${randomBytes(6).toString("hex")}.tmp`
  );
}

/** Whether a process is running (a temporary file of a dead one is litter). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCodeOf(error) === "EPERM";
  }
}

/**
 * Removes temporary files that writers of the same output left behind when they were killed
 * (SIGKILL, a power cut): those whose process is no longer running.
 */
export async function removeStaleTemporaries(output: string): Promise<string[]> {
  const folder = dirname(output);
  const prefix = `.${basename(output)}.assess-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = name.startsWith(prefix)
      ? /^(\d+)-[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))
      : null;
    if (match !== null && !isRunning(Number(match[1]))) {
      try {
        await unlink(join(folder, name));
        removed.push(join(folder, name));
      } catch {
        // another writer removed it first
      }
    }
  }
  return removed;
}

/** Makes the rename itself durable: the folder's entry is flushed too (where the system allows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems cannot open or flush a folder: the file itself is flushed
  }
}

/**
 * 安全写入 (write a file atomically): the bytes go to a temporary file beside the output, are
 * flushed to the disk (fsync), and only then take the output's name — so the output is either
 * the old file or the whole new one, never half a workbook, even after a crash. The temporary
 * file is removed on any failure, and on SIGINT, SIGTERM or SIGHUP; ones left by a killed writer
 * are removed the next time (`removeStaleTemporaries`).
 *
 * Without `overwrite` an existing output is never replaced, not even one that appears while this
 * runs: the new file is hard-linked to the name, which fails if it is taken (`outputExists`);
 * where hard links are not supported (FAT, some network shares) the name is checked just before
 * the rename. Failures are {@link FileProblem}s (see `writeProblemOf`).
 */
export async function writeFileAtomically(
  output: string,
  bytes: Uint8Array,
  options: { readonly overwrite: boolean },
  calls: WriteCalls = systemCalls
): Promise<void> {
  const file = resolve(output);
  await removeStaleTemporaries(file);
  const temporary = temporaryName(file);
  track(temporary);
  try {
    const handle = await calls.open(temporary, "wx", 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await calls.rename(temporary, file);
    } else {
      try {
        await calls.link(temporary, file);
        await unlink(temporary);
      } catch (error) {
        const code = errorCodeOf(error);
        if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"].includes(code)) {
          throw error;
        }
        const taken = await stat(file).then(
          () => true,
          () => false
        );
        if (taken) {
          throw new FileProblem("outputExists", { file });
        }
        await calls.rename(temporary, file);
      }
    }
    await syncFolder(dirname(file));
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeProblemOf(error, file);
  } finally {
    untrack(temporary);
  }
}
