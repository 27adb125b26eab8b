import {
  checkLanguage,
  onlyFile,
  scanArguments,
  text,
  Usage,
  wholeNumberIn,
  yearOf,
} from "./scanArguments";

/** Options of `assess forms LEDGER.xlsx --month M [--out DIR] [--force] [--year Y] [--due-day D]`. */
export interface FormsOptions {
  /** The ledger workbook (never written). */
  readonly input: string;
  readonly month: number;
  /** The folder the forms go to (made if missing); default: the ledger's folder. */
  readonly out?: string;
  /** Overwrite forms that exist already. */
  readonly force: boolean;
  /** The year; default: from the ledger's title. */
  readonly year?: number;
  /** Day of the next month the figures are due, 15 by default. */
  readonly dueDay?: number;
}

/** Options of `assess collect LEDGER.xlsx RETURN.xlsx... --month M [--dry-run] [--force] [--out FILE] [--year Y]`. */
export interface CollectOptions {
  /** The ledger workbook (never written). */
  readonly input: string;
  /** The returned forms. */
  readonly returns: readonly string[];
  readonly month: number;
  /** Print what would change; write nothing. */
  readonly dryRun: boolean;
  /** Replace ledger figures that differ from the returned ones (never an existing output file). */
  readonly force: boolean;
  /** The output workbook; default "<ledger>.08月汇总.xlsx" beside the ledger. */
  readonly out?: string;
  /** The year; default: from the ledger's title. */
  readonly year?: number;
}

/** `assess forms` and `assess collect` understood. */
export type ReturnsCommand =
  | { readonly kind: "forms"; readonly options: FormsOptions }
  | { readonly kind: "collect"; readonly options: CollectOptions };

/** `--month` of forms and collect: required, a month of the year (1 to 12). */
function monthOf(value: string | undefined): number {
  if (value === undefined) {
    throw new Usage("missingMonth", { periods: 12 });
  }
  return wholeNumberIn(value, 1, 12, "badMonth", { periods: 12 });
}

/** `assess forms …` (the arguments after `forms`); throws {@link Usage}. */
export function formsCommand(argv: readonly string[]): ReturnsCommand {
  const { positionals, values } = scanArguments("forms", argv);
  const input = onlyFile(positionals, "missingLedger");
  const month = monthOf(values.get("month"));
  checkLanguage(values.get("lang"));
  const year = yearOf(values.get("year"));
  const dueDayText = values.get("due-day");
  const dueDay =
    dueDayText === undefined ? undefined : wholeNumberIn(dueDayText, 1, 31, "badDueDay");
  const out = values.get("out");
  return {
    kind: "forms",
    options: {
      input,
      month,
      ...(out === undefined ? {} : { out: text("--out", out) }),
      force: values.has("force"),
      ...(year === undefined ? {} : { year }),
      ...(dueDay === undefined ? {} : { dueDay }),
    },
  };
}

/** `assess collect …` (the arguments after `collect`); throws {@link Usage}. */
export function collectCommand(argv: readonly string[]): ReturnsCommand {
  const { positionals, values } = scanArguments("collect", argv);
  if (positionals.length === 0) {
    throw new Usage("missingLedger");
  }
  if (positionals.length === 1) {
    throw new Usage("missingReturns");
  }
  const month = monthOf(values.get("month"));
  checkLanguage(values.get("lang"));
  const year = yearOf(values.get("year"));
  const out = values.get("out");
  return {
    kind: "collect",
    options: {
      input: positionals[0],
      returns: positionals.slice(1),
      month,
      dryRun: values.has("dry-run"),
      force: values.has("force"),
      ...(out === undefined ? {} : { out: text("--out", out) }),
      ...(year === undefined ? {} : { year }),
    },
  };
}
