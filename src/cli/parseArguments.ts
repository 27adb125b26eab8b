import { isValidMonth, SummarySettings, PaceMethod, TiesMethod } from "../engine";
import { cliMessage, CliMessageKey } from "./cliText";
import { parseYearEnd, YearEndCliOptions } from "./parseYearEnd";

/** Options of `assess summary`. */
export interface SummaryOptions {
  readonly input: string;
  /** Output workbook; undefined = the default beside the input (or none with `json`). */
  readonly out?: string;
  readonly json: boolean;
  /** Also write the notices and the bulletin as .docx beside the output. */
  readonly docx?: boolean;
  readonly settings: SummarySettings;
}

/** Options of `assess template`. */
export interface TemplateOptions {
  readonly out: string;
  /** Overwrite an existing file. */
  readonly force: boolean;
}

/** A command line, understood. */
export type CliCommand =
  | { readonly kind: "summary"; readonly options: SummaryOptions }
  | { readonly kind: "template"; readonly options: TemplateOptions }
  | { readonly kind: "year-end"; readonly options: YearEndCliOptions }
  | { readonly kind: "help" };

/** A usage error, in both languages. */
export interface UsageError {
  readonly message: string;
  readonly messageEn: string;
}

/** The outcome of {@link parseArguments}. */
export type ParseResult =
  | { readonly ok: true; readonly command: CliCommand }
  | { readonly ok: false; readonly error: UsageError };

type OptionName =
  | "month"
  | "out"
  | "json"
  | "docx"
  | "method"
  | "band"
  | "sheet"
  | "county"
  | "year"
  | "ties"
  | "periods"
  | "force";

/** The options each command takes; `true` = a flag without a value. */
const commandOptions: Readonly<
  Record<"summary" | "template", Readonly<Partial<Record<OptionName, boolean>>>>
> = {
  summary: {
    month: false,
    out: false,
    json: true,
    docx: true,
    method: false,
    band: false,
    sheet: false,
    county: false,
    year: false,
    ties: false,
    periods: false,
  },
  template: { force: true },
};

class Usage extends Error {
  readonly usage: UsageError;
  constructor(key: CliMessageKey, params: Readonly<Record<string, string | number>> = {}) {
    super(cliMessage("zh-CN", key, params));
    this.usage = {
      message: cliMessage("zh-CN", key, params),
      messageEn: cliMessage("en-US", key, params),
    };
  }
}

/** Full-width digits and signs to ASCII, spaces trimmed: "７" → "7". */
function ascii(value: string): string {
  return value.normalize("NFKC").trim();
}

function wholeNumber(value: string): number | null {
  const text = ascii(value);
  return /^\d+$/.test(text) ? Number(text) : null;
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const text = ascii(value).toLowerCase();
  const found = allowed.find((candidate) => candidate === text);
  if (found === undefined) {
    throw new Usage("badChoice", { option, value, allowed: allowed.join(" | ") });
  }
  return found;
}

function band(value: string): number {
  const text = ascii(value);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  const number =
    percent !== null
      ? Number(percent[1]) / 100
      : /^\d*\.?\d+$/.test(text)
        ? Number(text)
        : Number.NaN;
  if (!(number > 0 && number < 1)) {
    throw new Usage("badBand", { value });
  }
  // Round away the float noise of the percentage division (5% → 0.05, not 0.05000000000000000277).
  return Number(number.toPrecision(12));
}

function text(option: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === "") {
    throw new Usage("badText", { option });
  }
  return trimmed;
}

/** Splits argv into positionals and named options, checking names and values against the command. */
function scan(
  command: "summary" | "template",
  argv: readonly string[]
): { positionals: string[]; values: Map<OptionName, string> } {
  const allowed = commandOptions[command];
  const positionals: string[] = [];
  const values = new Map<OptionName, string>();
  let onlyPositionals = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (onlyPositionals || !argument.startsWith("-") || argument === "-") {
      positionals.push(argument);
      continue;
    }
    if (argument === "--") {
      onlyPositionals = true;
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(argument);
    const name = match?.[1] as OptionName | undefined;
    if (
      match === null ||
      name === undefined ||
      !Object.prototype.hasOwnProperty.call(allowed, name)
    ) {
      throw new Usage("unknownOption", { option: match === null ? argument : `--${match[1]}` });
    }
    if (values.has(name)) {
      throw new Usage("repeatedOption", { option: `--${name}` });
    }
    const isFlag = allowed[name] === true;
    if (isFlag) {
      if (match[2] !== undefined) {
        throw new Usage("extraArgument", { value: argument });
      }
      values.set(name, "true");
      continue;
    }
    let value = match[2];
    if (value === undefined) {
      const next = argv[index + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        throw new Usage("missingValue", { option: `--${name}` });
      }
      value = next;
      index++;
    }
    values.set(name, value);
  }
  return { positionals, values };
}

function summaryCommand(argv: readonly string[]): CliCommand {
  const { positionals, values } = scan("summary", argv);
  if (positionals.length === 0) {
    throw new Usage("missingInput");
  }
  if (positionals.length > 1) {
    throw new Usage("extraArgument", { value: positionals[1] });
  }

  const periodsText = values.get("periods");
  let periods = 12;
  if (periodsText !== undefined) {
    const parsed = wholeNumber(periodsText);
    if (parsed === null || parsed < 1 || parsed > 366) {
      throw new Usage("badPeriods", { value: periodsText });
    }
    periods = parsed;
  }

  const monthText = values.get("month");
  if (monthText === undefined) {
    throw new Usage("missingMonth", { periods });
  }
  const month = wholeNumber(monthText);
  if (month === null || !isValidMonth(month, periods)) {
    throw new Usage("badMonth", { value: monthText, periods });
  }

  const settings: { -readonly [K in keyof SummarySettings]: SummarySettings[K] } = { month };
  if (periodsText !== undefined) {
    settings.periods = periods;
  }
  const method = values.get("method");
  if (method !== undefined) {
    settings.method = choice<PaceMethod>("--method", method, ["linear", "checkpoint"]);
  }
  const bandText = values.get("band");
  if (bandText !== undefined) {
    settings.band = band(bandText);
  }
  const ties = values.get("ties");
  if (ties !== undefined) {
    settings.ties = choice<TiesMethod>("--ties", ties, ["competition", "dense"]);
  }
  const sheet = values.get("sheet");
  if (sheet !== undefined) {
    settings.sheet = text("--sheet", sheet);
  }
  const county = values.get("county");
  if (county !== undefined) {
    settings.county = text("--county", county);
  }
  const yearText = values.get("year");
  if (yearText !== undefined) {
    const year = wholeNumber(yearText);
    if (year === null || year < 1900 || year > 2999) {
      throw new Usage("badYear", { value: yearText });
    }
    settings.year = year;
  }
  const out = values.get("out");
  return {
    kind: "summary",
    options: {
      input: positionals[0],
      ...(out === undefined ? {} : { out: text("--out", out) }),
      json: values.has("json"),
      ...(values.has("docx") ? { docx: true } : {}),
      settings,
    },
  };
}

function templateCommand(argv: readonly string[]): CliCommand {
  const { positionals, values } = scan("template", argv);
  if (positionals.length === 0) {
    throw new Usage("missingOutput");
  }
  if (positionals.length > 1) {
    throw new Usage("extraArgument", { value: positionals[1] });
  }
  return { kind: "template", options: { out: positionals[0], force: values.has("force") } };
}

/**
 * 解析命令行 (parse the command line): the arguments after `assess` (process.argv.slice(2)) as a
 * {@link CliCommand}, or a {@link UsageError} in zh-CN and en-US. Never throws, never exits.
 */
export function parseArguments(argv: readonly string[]): ParseResult {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      throw new Usage("missingCommand");
    }
    if (
      command === "help" ||
      command === "--help" ||
      command === "-h" ||
      rest.includes("--help") ||
      rest.includes("-h")
    ) {
      return { ok: true, command: { kind: "help" } };
    }
    if (command === "summary") {
      return { ok: true, command: summaryCommand(rest) };
    }
    if (command === "template") {
      return { ok: true, command: templateCommand(rest) };
    }
    if (command === "year-end") {
      const parsed = parseYearEnd(rest);
      return parsed.ok
        ? { ok: true, command: { kind: "year-end", options: parsed.options } }
        : parsed;
    }
    throw new Usage(command.startsWith("-") ? "unknownOption" : "unknownCommand", {
      command,
      option: command,
    });
  } catch (error) {
    if (error instanceof Usage) {
      return { ok: false, error: error.usage };
    }
    throw error;
  }
}
