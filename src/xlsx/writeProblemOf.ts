import { dirname } from "path";
import { FileProblem } from "./fileProblem";

/** The system error code of an error ("ENOSPC"), or "". */
export function errorCodeOf(error: unknown): string {
  const code: unknown =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

/**
 * 写入失败原因 (why a write failed): a system error met while writing `file` as a
 * {@link FileProblem} the clerk can act on — the folder is missing or not a folder, no
 * permission (or, on Windows, the file is open in Excel), the disk is full, the file system is
 * read-only, the name is not allowed, the file exists; any other code as `writeFailed`.
 */
export function writeProblemOf(error: unknown, file: string): FileProblem {
  if (error instanceof FileProblem) {
    return error;
  }
  const problem = writeProblemFor(errorCodeOf(error), error, file);
  return new FileProblem(problem.code, problem.params, error);
}

function writeProblemFor(code: string, error: unknown, file: string): FileProblem {
  const folder = dirname(file);
  switch (code) {
    case "ENOENT":
      return new FileProblem("outputFolderMissing", { file, folder });
    case "ENOTDIR":
      return new FileProblem("outputFolderNotFolder", { file, folder });
    case "EACCES":
    case "EPERM":
      return new FileProblem("outputNotWritable", { file, folder });
    case "EISDIR":
      return new FileProblem("outputIsFolder", { file });
    case "ENOSPC":
    case "EDQUOT":
      return new FileProblem("diskFull", { file, folder });
    case "EROFS":
      return new FileProblem("readOnlyFileSystem", { file });
    case "EBUSY":
    case "ETXTBSY":
      return new FileProblem("outputBusy", { file });
    case "ENAMETOOLONG":
    case "EINVAL":
      return new FileProblem("outputNameInvalid", { file });
    case "EEXIST":
      return new FileProblem("outputExists", { file });
    default:
      return new FileProblem("writeFailed", {
        file,
        code: code || (error instanceof Error ? error.message : String(error)),
      });
  }
}
