/** What stops a read or a write; each has its words in the CLI's catalogue (`cliText`). */
export type FileProblemCode =
  | "inputMissing"
  | "inputNotReadable"
  | "inputIsFolder"
  | "inputReadFailed"
  | "inputTooLarge"
  | "encryptedWorkbook"
  | "legacyXls"
  | "notWorkbook"
  | "damagedZip"
  | "unsupportedZip"
  | "packageTooLarge"
  | "zipBomb"
  | "tooManyParts"
  | "noWorkbookPart"
  | "damagedXml"
  | "badCellReference"
  | "tooManyRows"
  | "tooManyCells"
  | "tooSpreadOut"
  | "copyImpossible"
  | "outputExists"
  | "outputIsInput"
  | "outputIsFolder"
  | "outputFolderMissing"
  | "outputFolderNotFolder"
  | "outputNotWritable"
  | "outputBusy"
  | "diskFull"
  | "readOnlyFileSystem"
  | "outputNameInvalid"
  | "writeFailed";

/** The parameters of a file problem's message: `file` always, then what the code needs. */
export type FileProblemParams = Readonly<Record<string, string | number>>;

/**
 * 文件问题 (a file problem): a workbook that cannot be read or an output that cannot be written,
 * with a {@link FileProblemCode} and the parameters its message needs. `message` is a plain
 * English line for logs; the CLI shows the catalogue's words in the clerk's language.
 */
export class FileProblem extends Error {
  readonly code: FileProblemCode;
  readonly params: FileProblemParams;
  /** The system error behind it, if any. */
  readonly cause?: unknown;

  constructor(code: FileProblemCode, params: FileProblemParams, cause?: unknown) {
    super(
      `${code}: ${Object.entries(params)
        .map(([name, value]) => `${name}=${value}`)
        .join(", ")}`
    );
    this.name = "FileProblem";
    this.code = code;
    this.params = params;
    if (cause !== undefined) {
      this.cause = cause;
    }
  }
}
