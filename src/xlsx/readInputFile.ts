import { open } from "fs/promises";
import { FileProblem } from "./fileProblem";
import { megabytes } from "./megabytes";
import type { ReadLimits } from "./readLimits";

function codeOf(error: unknown): string {
  const code: unknown =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

/**
 * 读取输入文件 (read the input file): its bytes, refused before reading when it is bigger than
 * `limits.fileBytes`. The reasons it can fail, as {@link FileProblem}s naming the file:
 * `inputMissing`, `inputNotReadable` (no permission), `inputIsFolder`, `inputTooLarge`,
 * `inputReadFailed` (any other system error, with its code).
 */
export async function readInputFile(path: string, limits: ReadLimits): Promise<Buffer> {
  try {
    const handle = await open(path, "r");
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) {
        throw new FileProblem("inputIsFolder", { file: path });
      }
      if (stats.size > limits.fileBytes) {
        throw new FileProblem("inputTooLarge", {
          file: path,
          size: megabytes(stats.size),
          limit: megabytes(limits.fileBytes),
        });
      }
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof FileProblem) {
      throw error;
    }
    const code = codeOf(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new FileProblem("inputMissing", { file: path });
    }
    if (code === "EACCES" || code === "EPERM") {
      throw new FileProblem("inputNotReadable", { file: path });
    }
    if (code === "EISDIR") {
      throw new FileProblem("inputIsFolder", { file: path });
    }
    throw new FileProblem("inputReadFailed", { file: path, code: code || String(error) });
  }
}
