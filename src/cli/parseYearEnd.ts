import { checkLanguage, onlyFile, scanArguments, text, Usage, yearOf } from "./scanArguments";

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

/**
 * 解析年度考核命令 (parse `assess year-end FILE [--out F] [--force] [--json] [--year Y] [--county C] [--lang L]`): the
 * arguments after `year-end`, scanned as the other commands' are (`scanArguments`). Never throws.
 */
export function parseYearEnd(argv: readonly string[]): YearEndParse {
  try {
    const { positionals, values } = scanArguments("year-end", argv);
    const input = onlyFile(positionals, "missingInput");
    const given = (option: "out" | "county"): string | undefined => {
      const value = values.get(option);
      return value === undefined ? undefined : text(`--${option}`, value);
    };
    const year = yearOf(values.get("year"));
    checkLanguage(values.get("lang"));
    const out = given("out");
    const county = given("county");
    return {
      ok: true,
      options: {
        input,
        ...(out === undefined ? {} : { out }),
        json: values.has("json"),
        force: values.has("force"),
        ...(year === undefined ? {} : { year }),
        ...(county === undefined ? {} : { county }),
      },
    };
  } catch (error) {
    if (error instanceof Usage) {
      return { ok: false, error: error.usage };
    }
    throw error;
  }
}
