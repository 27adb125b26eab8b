import type { Locale, SummarySettings, PaceMethod, TiesMethod } from "../engine";
import { cliMessage, CliMessageKey } from "./cliText";
import { parseYearEnd, YearEndCliOptions } from "./parseYearEnd";

/** Options of `assess summary`. */
export interface SummaryOptions {
  readonly input: string;
  /** Output workbook; undefined = the default beside the input (or none with `json`). */
  readonly out?: string;
  readonly json: boolean;
  /** Write a copy of the input with the summary sheets added, instead of the bulletin alone. */
  readonly copy: boolean;
  /** Overwrite an existing `--out`. */
  readonly force: boolean;
  /** Diagnostics called errors stop the run with exit code 1. */
  readonly strict: boolean;
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
  | { readonly ok: true; readonly command: CliCommand; readonly locale: Locale }
  | { readonly ok: false; readonly error: UsageError; readonly locale: Locale };

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
  | "copy"
  | "force"
  | "strict"
  | "lang";

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
    copy: true,
    force: true,
    strict: true,
    lang: false,
  },
  template: { force: true, lang: false },
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

/**
 * 预警线 (the warning band) as the fraction the engine takes. One rule, stated in the help: a
 * number of 1 or more is percentage points, as the task pane takes them ("5" = 5 points = 0.05);
 * a number below 1 is the fraction itself ("0.05"); "5%" is 5 points too; 0 is 0 either way.
 * From 0 to 100 points.
 */
function band(value: string): number {
  const text = ascii(value);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  const number =
    percent !== null ? Number(percent[1]) : /^\d*\.?\d+$/.test(text) ? Number(text) : Number.NaN;
  const fraction = percent !== null || number >= 1 ? number / 100 : number;
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new Usage("badBand", { value });
  }
  // Round away the float noise of the division (5 / 100 → 0.05, not 0.05000000000000000277).
  return Number(fraction.toPrecision(12));
}

function checkLanguage(value: string | undefined): void {
  if (value !== undefined && localeOf(value) === null) {
    throw new Usage("badChoice", { option: "--lang", value, allowed: "zh-CN | en-US" });
  }
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
  // The engine's one month rule, required here: `assess help` answers without loading the engine.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isValidMonth } = require("../engine") as typeof import("../engine");
  if (month === null || !isValidMonth(month, periods)) {
    throw new Usage("badMonth", { value: monthText, periods });
  }
  checkLanguage(values.get("lang"));
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
      copy: values.has("copy"),
      force: values.has("force"),
      strict: values.has("strict"),
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
  checkLanguage(values.get("lang"));
  return { kind: "template", options: { out: positionals[0], force: values.has("force") } };
}

/** "zh-CN", "zh", "en-US", "en" (any case) → a locale; null for anything else. */
function localeOf(value: string): Locale | null {
  const text = ascii(value).toLowerCase();
  if (text === "zh" || text === "zh-cn") {
    return "zh-CN";
  }
  if (text === "en" || text === "en-us") {
    return "en-US";
  }
  return null;
}

/**
 * The language of the messages: `--lang` when given (its value checked later, with the other
 * options), else the `ASSESS_LANG` setting of the environment, else zh-CN.
 */
function languageOf(argv: readonly string[], environment: string | undefined): Locale {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--") {
      break;
    }
    const given = argument.startsWith("--lang=")
      ? argument.slice("--lang=".length)
      : argument === "--lang"
        ? argv[index + 1]
        : undefined;
    const locale = given === undefined ? null : localeOf(given);
    if (locale !== null) {
      return locale;
    }
  }
  return (environment === undefined ? null : localeOf(environment)) ?? "zh-CN";
}

/**
 * 解析命令行 (parse the command line): the arguments after `assess` (process.argv.slice(2)) as a
 * {@link CliCommand}, or a {@link UsageError} in zh-CN and en-US, with the language the run's
 * messages are to be in (`--lang`, else `environmentLanguage` — the `ASSESS_LANG` variable —
 * else zh-CN). Never throws, never exits.
 */
export function parseArguments(argv: readonly string[], environmentLanguage?: string): ParseResult {
  const locale = languageOf(argv, environmentLanguage);
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
      return { ok: true, command: { kind: "help" }, locale };
    }
    let parsed: CliCommand;
    if (command === "summary") {
      parsed = summaryCommand(rest);
    } else if (command === "template") {
      parsed = templateCommand(rest);
    } else if (command === "year-end") {
      const yearEnd = parseYearEnd(rest);
      if (!yearEnd.ok) {
        return { ok: false, error: yearEnd.error, locale };
      }
      parsed = { kind: "year-end", options: yearEnd.options };
    } else {
      throw new Usage(command.startsWith("-") ? "unknownOption" : "unknownCommand", {
        command,
        option: command,
      });
    }
    return { ok: true, command: parsed, locale };
  } catch (error) {
    if (error instanceof Usage) {
      return { ok: false, error: error.usage, locale };
    }
    throw error;
  }
}
