import { AssessError } from "../engine/errors";
import { Locale, formatMessage } from "../engine/messages";
import { WorkbookError } from "../excel/workbookError";
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
  if (error instanceof WorkbookError) {
    return error.messageIn(locale);
  }
  if (error instanceof AssessError) {
    return formatMessage(locale, error.key, error.params);
  }
  const text = error instanceof Error ? error.message || error.name : String(error);
  return t(locale, "unknownError", { text: text === "" ? "?" : text });
}
