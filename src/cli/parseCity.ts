import type { TiesMethod } from "../engine";
import {
  ascii,
  checkLanguage,
  scanArguments,
  text,
  Usage,
  wholeNumber,
  wholeNumberIn,
} from "./scanArguments";

/** Options of `assess city`. */
export interface CityOptions {
  /** County workbooks and folders of them. */
  readonly inputs: readonly string[];
  readonly month: number;
  readonly periods: number;
  /** Output workbook; undefined = 全市排名-07月.xlsx (or 全市排名-<县>-07月.xlsx) beside the first. */
  readonly out?: string;
  /** A workbook with a 县区 | 分组 sheet. */
  readonly groups?: string;
  /** Only this county's rows, without the 县区 column: the sheet it pastes in. */
  readonly for?: string;
  readonly by: "paceGap" | "completion";
  readonly ties: TiesMethod;
  readonly force: boolean;
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === ascii(value).toLowerCase());
  if (found === undefined) {
    throw new Usage("badChoice", { option, value, allowed: allowed.join(" | ") });
  }
  return found;
}

/** `assess city COUNTY.xlsx… --month M [--out FILE] [--groups FILE] [--for 县] [--by] [--ties]`. */
export function cityCommand(argv: readonly string[]): { kind: "city"; options: CityOptions } {
  const { positionals, values } = scanArguments("city", argv);
  if (positionals.length === 0) {
    throw new Usage("missingInput");
  }
  const periodsText = values.get("periods");
  const periods = periodsText === undefined ? 12 : wholeNumberIn(periodsText, 1, 366, "badPeriods");
  const monthText = values.get("month");
  if (monthText === undefined) {
    throw new Usage("missingMonth", { periods });
  }
  const month = wholeNumber(monthText);
  if (month === null || month < 1 || month > periods) {
    throw new Usage("badMonth", { value: monthText, periods });
  }
  checkLanguage(values.get("lang"));
  const by = values.get("by");
  const ties = values.get("ties");
  const optional = (name: "out" | "groups" | "for", option: string) => {
    const value = values.get(name);
    return value === undefined ? {} : { [name]: text(option, value) };
  };
  return {
    kind: "city",
    options: {
      inputs: positionals,
      month,
      periods,
      ...optional("out", "--out"),
      ...optional("groups", "--groups"),
      ...optional("for", "--for"),
      by:
        by === undefined || choice("--by", by, ["pacegap", "completion"]) === "pacegap"
          ? "paceGap"
          : "completion",
      ties:
        ties === undefined
          ? "competition"
          : choice<TiesMethod>("--ties", ties, ["competition", "dense"]),
      force: values.has("force"),
    },
  };
}
