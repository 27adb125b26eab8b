import type { TiesMethod } from "../engine";
import { checkLanguage, choice, monthOf, scanArguments, text, Usage } from "./scanArguments";

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

/** `assess city COUNTY.xlsx… --month M [--out FILE] [--groups FILE] [--for 县] [--by] [--ties]`. */
export function cityCommand(argv: readonly string[]): { kind: "city"; options: CityOptions } {
  const { positionals, values } = scanArguments("city", argv);
  if (positionals.length === 0) {
    throw new Usage("missingInput");
  }
  const { month, periods } = monthOf(values);
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
