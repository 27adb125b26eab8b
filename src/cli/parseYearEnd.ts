import { cliMessage, CliMessageKey } from "./cliText";

/** Options of `assess year-end`. */
export interface YearEndCliOptions {
  readonly input: string;
  /** Output workbook; undefined = "<input>.年度考核.xlsx" beside the input. */
  readonly out?: string;
  readonly json: boolean;
  /** Overwrite an existing `--out` (never the input). */
  readonly force: boolean;
  /** 考核年度, winning over the 设置 sheet and the titles. */
  readonly year?: number;
  /** 县名 for the title, winning over the 设置 sheet and the titles. */
  readonly county?: string;
}

/** `assess year-end` understood, or the usage error in both languages. */
export type YearEndParse =
  | { readonly ok: true; readonly options: YearEndCliOptions }
  | {
      readonly ok: false;
      readonly error: { readonly message: string; readonly messageEn: string };
    };

/** The options `year-end` takes; `true` = a flag without a value. */
const OPTIONS: Readonly<Record<string, boolean>> = {
  out: false,
  json: true,
  force: true,
  year: false,
  county: false,
};

class Usage extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: Readonly<Record<string, string | number>> = {}
  ) {
    super(cliMessage("zh-CN", key, params));
  }
}

/**
 * 解析年度考核命令 (parse `assess year-end FILE [--out F] [--force] [--json] [--year Y] [--county C]`): the
 * arguments after `year-end`. Never throws.
 */
export function parseYearEnd(argv: readonly string[]): YearEndParse {
  try {
    const positionals: string[] = [];
    const values = new Map<string, string>();
    for (let index = 0; index < argv.length; index++) {
      const argument = argv[index];
      if (!argument.startsWith("--") || argument === "--") {
        positionals.push(argument);
        continue;
      }
      const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(argument);
      const name = match?.[1];
      if (
        match === null ||
        name === undefined ||
        !Object.prototype.hasOwnProperty.call(OPTIONS, name)
      ) {
        throw new Usage("unknownOption", { option: match === null ? argument : `--${match[1]}` });
      }
      if (values.has(name)) {
        throw new Usage("repeatedOption", { option: `--${name}` });
      }
      if (OPTIONS[name]) {
        if (match[2] !== undefined) {
          throw new Usage("extraArgument", { value: argument });
        }
        values.set(name, "true");
        continue;
      }
      let value = match[2];
      if (value === undefined) {
        const next = argv[index + 1];
        if (next === undefined || next.startsWith("--")) {
          throw new Usage("missingValue", { option: `--${name}` });
        }
        value = next;
        index++;
      }
      values.set(name, value);
    }
    if (positionals.length === 0) {
      throw new Usage("missingInput");
    }
    if (positionals.length > 1) {
      throw new Usage("extraArgument", { value: positionals[1] });
    }
    const text = (option: string): string | undefined => {
      const value = values.get(option);
      if (value !== undefined && value.trim() === "") {
        throw new Usage("badText", { option: `--${option}` });
      }
      return value?.trim();
    };
    const yearText = text("year");
    let year: number | undefined;
    if (yearText !== undefined) {
      const ascii = yearText.normalize("NFKC");
      year = /^\d{4}$/.test(ascii) ? Number(ascii) : Number.NaN;
      if (!(year >= 1900 && year <= 2999)) {
        throw new Usage("badYear", { value: yearText });
      }
    }
    const out = text("out");
    const county = text("county");
    return {
      ok: true,
      options: {
        input: positionals[0],
        ...(out === undefined ? {} : { out }),
        json: values.has("json"),
        force: values.has("force"),
        ...(year === undefined ? {} : { year }),
        ...(county === undefined ? {} : { county }),
      },
    };
  } catch (error) {
    if (error instanceof Usage) {
      return {
        ok: false,
        error: {
          message: cliMessage("zh-CN", error.key, error.params),
          messageEn: cliMessage("en-US", error.key, error.params),
        },
      };
    }
    throw error;
  }
}
