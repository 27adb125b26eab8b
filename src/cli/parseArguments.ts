import type { Locale, SummarySettings, PaceMethod, TiesMethod } from "../engine";
import { cityCommand, CityOptions } from "./parseCity";
import { collectCommand, formsCommand, ReturnsCommand } from "./parseReturnCommands";
import { parseYearEnd, YearEndCliOptions } from "./parseYearEnd";
import { readRuleSettings } from "./ruleSettingOptions";
import {
  ascii,
  checkLanguage,
  choice,
  localeOf,
  monthOf,
  onlyFile,
  scanArguments,
  text,
  Usage,
  UsageError,
  yearOf,
} from "./scanArguments";

export type { CollectOptions, FormsOptions } from "./parseReturnCommands";
export type { CityOptions } from "./parseCity";
export type { UsageError } from "./scanArguments";

/** Options of `assess summary`. */
export interface SummaryOptions {
  readonly input: string;
  /** Every workbook or folder named, when more than one: one run over them all (`runBatch`). */
  readonly batch?: readonly string[];
  /**
   * Output workbook (a folder for a batch); undefined = the default beside the input (or none
   * with `json`).
   */
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
  | ReturnsCommand
  | { readonly kind: "year-end"; readonly options: YearEndCliOptions }
  | { readonly kind: "city"; readonly options: CityOptions }
  | { readonly kind: "help" };

/** The outcome of {@link parseArguments}. */
export type ParseResult =
  | { readonly ok: true; readonly command: CliCommand; readonly locale: Locale }
  | { readonly ok: false; readonly error: UsageError; readonly locale: Locale };

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

function summaryCommand(argv: readonly string[]): CliCommand {
  const { positionals, values } = scanArguments("summary", argv);
  const input = onlyFile(positionals.slice(0, 1), "missingInput");
  const { month, periods } = monthOf(values);
  checkLanguage(values.get("lang"));
  const settings: { -readonly [K in keyof SummarySettings]: SummarySettings[K] } = { month };
  if (values.has("periods")) {
    settings.periods = periods;
  }
  const method = values.get("method");
  if (method !== undefined) {
    const chosen = choice<PaceMethod | "auto">("--method", method, [
      "auto",
      "linear",
      "checkpoint",
    ]);
    if (chosen !== "auto") {
      settings.method = chosen;
    }
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
  const year = yearOf(values.get("year"));
  if (year !== undefined) {
    settings.year = year;
  }
  readRuleSettings(values, settings);
  const out = values.get("out");
  if (positionals.length > 1) {
    checkBatch(out, values.has("json"), county !== undefined);
  }
  return {
    kind: "summary",
    options: {
      input,
      ...(positionals.length > 1 ? { batch: positionals } : {}),
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

/** Several workbooks: `--out` names a folder (not an .xlsx file); no `--json`, no `--county`. */
function checkBatch(out: string | undefined, json: boolean, county: boolean): void {
  if (out !== undefined && /\.xls[xm]?$/i.test(out.trim())) {
    throw new Usage("batchOutFile", { value: out });
  }
  if (json || county) {
    throw new Usage(json ? "batchJson" : "batchCounty");
  }
}

function templateCommand(argv: readonly string[]): CliCommand {
  const { positionals, values } = scanArguments("template", argv);
  const out = onlyFile(positionals, "missingOutput");
  checkLanguage(values.get("lang"));
  return { kind: "template", options: { out, force: values.has("force") } };
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
    } else if (command === "forms") {
      parsed = formsCommand(rest);
    } else if (command === "collect") {
      parsed = collectCommand(rest);
    } else if (command === "city") {
      parsed = cityCommand(rest);
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
