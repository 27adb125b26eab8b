import { Locale, MessageKey, formatMessage } from "../engine";
import { WorkbookMessageKey, formatWorkbookMessage } from "../excel/messages";
import { t } from "./i18n";
import { PaneError } from "./paneError";

/**
 * 错误说明: what went wrong, in the clerk's language — the catalogue message of the pane's, the
 * engine's or the Excel adapter's errors, else the error's own message. Never empty.
 */
export function describeError(error: unknown, locale: Locale): string {
  if (error instanceof PaneError) {
    const message = t(locale, error.key, error.params);
    return error.detail === null
      ? message
      : `${message}${locale === "zh-CN" ? "：" : ": "}${locale === "zh-CN" ? error.detail.zh : error.detail.en}`;
  }
  // The preview's workbook runs in another bundle, so its errors are recognised by name and key,
  // not by instanceof.
  if (isCatalogued(error, "WorkbookError")) {
    return formatWorkbookMessage(locale, error.key as WorkbookMessageKey, error.params);
  }
  if (isCatalogued(error, "AssessError")) {
    return formatMessage(locale, error.key as MessageKey, error.params);
  }
  const text = error instanceof Error ? error.message || error.name : String(error);
  return t(locale, "unknownError", { text: text === "" ? "?" : text });
}

interface CataloguedError {
  readonly name: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

function isCatalogued(error: unknown, name: string): error is CataloguedError {
  const candidate = error as Partial<CataloguedError> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.name === name &&
    typeof candidate.key === "string" &&
    typeof candidate.params === "object"
  );
}
