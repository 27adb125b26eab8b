import { MessageKey, formatMessage } from "./messages";

/**
 * The kind of a calculation error, named after the Excel error it becomes in a cell:
 * `value` → #VALUE!, `divisionByZero` → #DIV/0!, `number` → #NUM!, `notAvailable` → #N/A.
 */
export type ErrorKind = "value" | "divisionByZero" | "number" | "notAvailable";

/** A calculation error with a catalogue key, so every layer can show it in the clerk's language. */
export class AssessError extends Error {
  readonly kind: ErrorKind;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    kind: ErrorKind,
    key: MessageKey,
    params: Readonly<Record<string, string | number>> = {}
  ) {
    super(formatMessage("zh-CN", key, params));
    this.name = "AssessError";
    this.kind = kind;
    this.key = key;
    this.params = params;
  }
}

/** Throws an {@link AssessError} unless the condition holds. */
export function assert(
  condition: boolean,
  kind: ErrorKind,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {}
): asserts condition {
  if (!condition) {
    throw new AssessError(kind, key, params);
  }
}
