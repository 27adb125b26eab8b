import { access, constants, stat } from "fs/promises";
import { dirname, resolve } from "path";
import { FileProblem } from "./fileProblem";
import { sameFile } from "./sameFile";
import { errorCodeOf, writeProblemOf } from "./writeProblemOf";

/**
 * 检查输出 (check the output) before any work is done, so a run never reads, summarises and prints
 * only to fail at the end: throws a {@link FileProblem} when `output` is the input itself (whatever
 * path names it — `outputIsInput`, even with `force`), is a folder, already exists without
 * `force` (`outputExists`), or when its folder is missing, not a folder or not writable.
 */
export async function checkOutput(
  output: string,
  options: { readonly force: boolean; readonly input?: string }
): Promise<void> {
  const file = resolve(output);
  if (options.input !== undefined && (await sameFile(options.input, file))) {
    throw new FileProblem("outputIsInput", { file });
  }
  try {
    const existing = await stat(file);
    if (existing.isDirectory()) {
      throw new FileProblem("outputIsFolder", { file });
    }
    if (!options.force) {
      throw new FileProblem("outputExists", { file });
    }
  } catch (error) {
    if (error instanceof FileProblem) {
      throw error;
    }
    if (errorCodeOf(error) !== "ENOENT") {
      throw writeProblemOf(error, file);
    }
  }
  const folder = dirname(file);
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new FileProblem("outputFolderNotFolder", { file, folder });
    }
    await access(folder, constants.W_OK);
  } catch (error) {
    throw writeProblemOf(error, file);
  }
}
