import { Locale } from "../engine";
import { formatWorkbookMessage, WorkbookMessageKey } from "./messages";

/**
 * 工作簿操作错误: a failed call into Excel, with a catalogue key so the task pane can show it in the
 * clerk's language. `code` is Office's error code ("ItemNotFound", "RequestPayloadSizeLimitExceeded"
 * …) when Excel raised it; `cause` is the original error, never dropped.
 */
export class WorkbookError extends Error {
  readonly key: WorkbookMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly code: string | null;
  readonly cause: unknown;

  constructor(
    key: WorkbookMessageKey,
    params: Readonly<Record<string, string | number>> = {},
    options: { readonly code?: string | null; readonly cause?: unknown } = {}
  ) {
    super(formatWorkbookMessage("zh-CN", key, params));
    this.name = "WorkbookError";
    this.key = key;
    this.params = params;
    this.code = options.code ?? null;
    this.cause = options.cause;
  }

  /** The message in another language. */
  messageIn(locale: Locale): string {
    return formatWorkbookMessage(locale, this.key, this.params);
  }
}

/** Office's error code and message, read without depending on `OfficeExtension.Error` at run time. */
function officeCodeOf(error: unknown): { code: string; detail: string } {
  if (typeof error === "object" && error !== null) {
    const record = error as { code?: unknown; message?: unknown };
    const code = typeof record.code === "string" && record.code !== "" ? record.code : "Error";
    const detail =
      typeof record.message === "string" && record.message !== "" ? record.message : code;
    return { code, detail };
  }
  return { code: "Error", detail: String(error) };
}

/**
 * 错误转换: turns whatever a batch threw into a {@link WorkbookError} with a message a clerk
 * understands. A WorkbookError passes through unchanged; the original error stays as `cause`.
 * `sheet` names the worksheet the call was about, for a clearer "not found".
 */
export function toWorkbookError(error: unknown, sheet?: string): WorkbookError {
  if (error instanceof WorkbookError) {
    return error;
  }
  const { code, detail } = officeCodeOf(error);
  const options = { code, cause: error };
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new WorkbookError("payloadTooLarge", { detail }, options);
    case "ItemNotFound":
      return sheet !== undefined
        ? new WorkbookError("sheetNotFound", { sheet }, options)
        : new WorkbookError("itemNotFound", { detail }, options);
    case "AccessDenied":
      return new WorkbookError("accessDenied", { detail }, options);
    case "InvalidOperationInCellEditMode":
      return new WorkbookError("cellEditMode", {}, options);
    case "InvalidArgument":
      return new WorkbookError("invalidArgument", { detail }, options);
    case "ApiNotFound":
      return new WorkbookError("apiNotFound", { detail }, options);
    default:
      return new WorkbookError("excelFailed", { code, detail }, options);
  }
}
