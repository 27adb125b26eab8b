import type { Locale } from "../engine";
import { cliMessage, CliMessageKey } from "./cliText";

/*
 * The command line's scanning, shared by the commands: option names and values checked against
 * each command's list, usage errors in both languages, and the values every command reads alike.
 */

/** A usage error, in both languages. */
export interface UsageError {
  readonly message: string;
  readonly messageEn: string;
}

/** The long options any command takes (`--due-day` …), without the dashes. */
export type OptionName =
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
  | "due-day"
  | "dry-run"
  | "lang"
  | "bottom-count"
  | "ranking-measure"
  | "bonus-cap"
  | "city-multiplier"
  | "pace-bonus"
  | "pace-deduction"
  | "late-points"
  | "interview-runs"
  | "group"
  | "groups"
  | "for"
  | "by";

/** The commands whose options {@link scanArguments} reads. */
export type ScannedCommand = "summary" | "template" | "year-end" | "forms" | "collect" | "city";

/** The options each command takes; `true` = a flag without a value. */
const commandOptions: Readonly<
  Record<ScannedCommand, Readonly<Partial<Record<OptionName, boolean>>>>
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
    "bottom-count": false,
    "ranking-measure": false,
    "bonus-cap": false,
    "city-multiplier": false,
    "due-day": false,
    "pace-bonus": false,
    "pace-deduction": false,
    "late-points": false,
    "interview-runs": false,
    group: false,
  },
  template: { force: true, lang: false },
  "year-end": { out: false, json: true, force: true, year: false, county: false, lang: false },
  forms: { month: false, out: false, force: true, year: false, "due-day": false, lang: false },
  collect: { month: false, "dry-run": true, force: true, out: false, year: false, lang: false },
  city: {
    month: false,
    out: false,
    force: true,
    groups: false,
    for: false,
    by: false,
    ties: false,
    periods: false,
    lang: false,
  },
};

/** A usage error thrown while parsing; `parseArguments` returns its {@link UsageError}. */
export class Usage extends Error {
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
export function ascii(value: string): string {
  return value.normalize("NFKC").trim();
}

export function wholeNumber(value: string): number | null {
  const text = ascii(value);
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** "zh-CN", "zh", "en-US", "en" (any case) → a locale; null for anything else. */
export function localeOf(value: string): Locale | null {
  const text = ascii(value).toLowerCase();
  if (text === "zh" || text === "zh-cn") {
    return "zh-CN";
  }
  if (text === "en" || text === "en-us") {
    return "en-US";
  }
  return null;
}

export function checkLanguage(value: string | undefined): void {
  if (value !== undefined && localeOf(value) === null) {
    throw new Usage("badChoice", { option: "--lang", value, allowed: "zh-CN | en-US" });
  }
}

export function text(option: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === "") {
    throw new Usage("badText", { option });
  }
  return trimmed;
}

/** Splits argv into positionals and named options, checking names and values against the command. */
export function scanArguments(
  command: ScannedCommand,
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

/**
 * A whole number from `min` to `max` ("７" too), else the usage error `key` with the `value` (and
 * `params`).
 */
export function wholeNumberIn(
  value: string,
  min: number,
  max: number,
  key: CliMessageKey,
  params: Readonly<Record<string, string | number>> = {}
): number {
  const number = wholeNumber(value);
  if (number === null || number < min || number > max) {
    throw new Usage(key, { ...params, value });
  }
  return number;
}

/** An option's value among `allowed` (ASCII, any case), else the usage error saying which are. */
export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const text = ascii(value).toLowerCase();
  const found = allowed.find((candidate) => candidate === text);
  if (found === undefined) {
    throw new Usage("badChoice", { option, value, allowed: allowed.join(" | ") });
  }
  return found;
}

/** `--periods` (12 when not given) and the required `--month`, checked by the engine's rule. */
export function monthOf(values: ReadonlyMap<OptionName, string>): {
  month: number;
  periods: number;
} {
  const periodsText = values.get("periods");
  const periods = periodsText === undefined ? 12 : wholeNumberIn(periodsText, 1, 366, "badPeriods");
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
  return { month, periods };
}

/** `--year`: a four-digit year from 1900 to 2999, or undefined when not given. */
export function yearOf(value: string | undefined): number | undefined {
  return value === undefined ? undefined : wholeNumberIn(value, 1900, 2999, "badYear");
}

/** The one file a command names (`missing` when there is none; a second is an extra argument). */
export function onlyFile(positionals: readonly string[], missing: CliMessageKey): string {
  if (positionals.length === 0) {
    throw new Usage(missing);
  }
  if (positionals.length > 1) {
    throw new Usage("extraArgument", { value: positionals[1] });
  }
  return positionals[0];
}
