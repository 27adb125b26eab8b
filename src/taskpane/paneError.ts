import { MessageParams, PaneMessageKey } from "./i18n";

/** A text in both languages, e.g. a diagnostic's `message` and `messageEn`. */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

/**
 * 窗格错误: a failure the task pane itself detects (no table, nothing to write), with a key of the
 * pane's catalogue and, when an engine diagnostic explains it, that diagnostic in both languages.
 */
export class PaneError extends Error {
  readonly key: PaneMessageKey;
  readonly params: MessageParams;
  readonly detail: BilingualText | null;

  constructor(
    key: PaneMessageKey,
    params: MessageParams = {},
    detail: BilingualText | null = null
  ) {
    super(detail === null ? key : `${key}: ${detail.zh}`);
    this.name = "PaneError";
    this.key = key;
    this.params = params;
    this.detail = detail;
  }
}
