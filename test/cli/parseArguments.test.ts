import { parseArguments } from "../../src/cli/parseArguments";

describe("parseArguments", () => {
  it.each<[string[], unknown]>([
    [
      ["summary", "镇巴.xlsx", "--month", "7"],
      { input: "镇巴.xlsx", json: false, settings: { month: 7 } },
    ],
    [
      ["summary", "--month=7", "镇巴.xlsx"],
      { input: "镇巴.xlsx", json: false, settings: { month: 7 } },
    ],
    [
      ["summary", "镇巴.xlsx", "--month", "8", "--docx"],
      { input: "镇巴.xlsx", json: false, docx: true, settings: { month: 8 } },
    ],
    [
      ["summary", "镇巴.xlsx", "--month", "７"],
      { input: "镇巴.xlsx", json: false, settings: { month: 7 } },
    ],
    [
      [
        "summary",
        "in.xlsx",
        "--month",
        "12",
        "--out",
        "out.xlsx",
        "--json",
        "--method",
        "linear",
        "--band",
        "0.1",
        "--sheet",
        "任务分解表",
        "--county",
        "镇巴县",
        "--year",
        "2016",
        "--ties",
        "dense",
      ],
      {
        input: "in.xlsx",
        out: "out.xlsx",
        json: true,
        settings: {
          month: 12,
          method: "linear",
          band: 0.1,
          sheet: "任务分解表",
          county: "镇巴县",
          year: 2016,
          ties: "dense",
        },
      },
    ],
    [
      ["summary", "in.xlsx", "--month", "4", "--periods", "4", "--band", "5%"],
      { input: "in.xlsx", json: false, settings: { month: 4, periods: 4, band: 0.05 } },
    ],
    [
      ["summary", "--month", "7", "--", "-odd name.xlsx"],
      { input: "-odd name.xlsx", json: false, settings: { month: 7 } },
    ],
  ])("summary %j", (argv, options) => {
    expect(parseArguments(argv)).toEqual({
      ok: true,
      command: {
        kind: "summary",
        options: { copy: false, force: false, strict: false, ...(options as object) },
      },
      locale: "zh-CN",
    });
  });

  it("takes --copy, --force and --strict", () => {
    expect(
      parseArguments(["summary", "in.xlsx", "--month", "7", "--copy", "--force", "--strict"])
    ).toEqual({
      ok: true,
      command: {
        kind: "summary",
        options: {
          input: "in.xlsx",
          json: false,
          copy: true,
          force: true,
          strict: true,
          settings: { month: 7 },
        },
      },
      locale: "zh-CN",
    });
  });

  // The rule: 1 or more is percentage points (as the task pane takes them), below 1 a fraction,
  // "n%" points; 0 to 100 points.
  it.each<[string, number]>([
    ["5", 0.05],
    ["0.05", 0.05],
    ["5%", 0.05],
    ["1", 0.01],
    ["0.5", 0.5],
    ["12.5", 0.125],
    ["100", 1],
    ["0", 0],
  ])("reads --band %s as %s", (value, band) => {
    const parsed = parseArguments(["summary", "in.xlsx", "--month", "7", "--band", value]);
    expect(
      parsed.ok && parsed.command.kind === "summary" && parsed.command.options.settings.band
    ).toBe(band);
  });

  it.each(["101", "-5", "五", "5 %%"])("rejects --band %s", (value) => {
    const parsed = parseArguments(["summary", "in.xlsx", "--month", "7", "--band", value]);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.messageEn).toBe(
      `Warning band "${value}" is invalid: use 0 to 100 percentage points; 5 or 5% is 5 points, a number below 1 is a fraction (0.05 = 5 points)`
    );
  });

  it.each<[string[], string | undefined, string]>([
    [["help"], undefined, "zh-CN"],
    [["help"], "en-US", "en-US"],
    [["help"], "en", "en-US"],
    [["help", "--lang", "zh"], "en-US", "zh-CN"],
    [["summary", "--lang=en-US"], undefined, "en-US"],
    [["help"], "fr", "zh-CN"],
  ])(
    "speaks the language of --lang, else ASSESS_LANG, else Chinese: %j with %s",
    (argv, environment, locale) => {
      expect(parseArguments(argv, environment).locale).toBe(locale);
    }
  );

  it.each<[string[], unknown]>([
    [["template", "模板.xlsx"], { out: "模板.xlsx", force: false }],
    [["template", "--force", "模板.xlsx"], { out: "模板.xlsx", force: true }],
  ])("template %j", (argv, options) => {
    expect(parseArguments(argv)).toEqual({
      ok: true,
      command: { kind: "template", options },
      locale: "zh-CN",
    });
  });

  it.each([[["help"]], [["--help"]], [["-h"]], [["summary", "--help"]]])("help %j", (argv) => {
    expect(parseArguments(argv)).toEqual({ ok: true, command: { kind: "help" }, locale: "zh-CN" });
  });

  it.each<[string[], string, string]>([
    [
      [],
      "缺少命令（summary、year-end 或 template）",
      "Missing command (summary, year-end or template)",
    ],
    [["report"], "未知命令“report”", 'Unknown command "report"'],
    [["--verbose"], "未知选项“--verbose”", 'Unknown option "--verbose"'],
    [
      ["summary", "in.xlsx"],
      "缺少 --month（数据月份，1至12）",
      "Missing --month (the data month, 1 to 12)",
    ],
    [
      ["summary", "in.xlsx", "--month", "13"],
      "月份“13”无效，应为1至12之间的整数",
      'Month "13" is invalid: use a whole number from 1 to 12',
    ],
    [
      ["summary", "in.xlsx", "--month", "0"],
      "月份“0”无效，应为1至12之间的整数",
      'Month "0" is invalid: use a whole number from 1 to 12',
    ],
    [
      ["summary", "in.xlsx", "--month", "7.5"],
      "月份“7.5”无效，应为1至12之间的整数",
      'Month "7.5" is invalid: use a whole number from 1 to 12',
    ],
    [
      ["summary", "in.xlsx", "--month", "-3"],
      "月份“-3”无效，应为1至12之间的整数",
      'Month "-3" is invalid: use a whole number from 1 to 12',
    ],
    [["summary", "in.xlsx", "--month"], "选项 --month 缺少取值", "Option --month needs a value"],
    [
      ["summary", "in.xlsx", "--month", "--json"],
      "选项 --month 缺少取值",
      "Option --month needs a value",
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--month", "8"],
      "选项 --month 重复",
      "Option --month is given twice",
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--colour"],
      "未知选项“--colour”",
      'Unknown option "--colour"',
    ],
    [["summary", "in.xlsx", "--month", "7", "-v"], "未知选项“-v”", 'Unknown option "-v"'],
    [
      ["summary", "in.xlsx", "--month", "7", "--lang", "fr"],
      "选项 --lang 的取值“fr”无效，可用：zh-CN | en-US",
      'Option --lang cannot be "fr"; use one of: zh-CN | en-US',
    ],
    [["summary", "--month", "7"], "缺少输入工作簿（.xlsx）", "Missing the input workbook (.xlsx)"],
    [
      ["summary", "a.xlsx", "b.xlsx", "--month", "7"],
      "多余的参数“b.xlsx”",
      'Unexpected argument "b.xlsx"',
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--method", "even"],
      "选项 --method 的取值“even”无效，可用：linear | checkpoint",
      'Option --method cannot be "even"; use one of: linear | checkpoint',
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--band", "200"],
      "预警线“200”无效，应为0到100个百分点：写 5 或 5% 即5个百分点，小于1的数按小数理解（0.05 即5个百分点）",
      'Warning band "200" is invalid: use 0 to 100 percentage points; 5 or 5% is 5 points, a number below 1 is a fraction (0.05 = 5 points)',
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--year", "16"],
      "年份“16”无效，应为四位数年份，如2016",
      'Year "16" is invalid: use a four-digit year such as 2016',
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--sheet", " "],
      "选项 --sheet 不能为空",
      "Option --sheet must not be blank",
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--json=yes"],
      "多余的参数“--json=yes”",
      'Unexpected argument "--json=yes"',
    ],
    [
      ["summary", "in.xlsx", "--month", "5", "--periods", "4"],
      "月份“5”无效，应为1至4之间的整数",
      'Month "5" is invalid: use a whole number from 1 to 4',
    ],
    [["template"], "缺少输出文件名（.xlsx）", "Missing the output file name (.xlsx)"],
    [["template", "a.xlsx", "--month", "7"], "未知选项“--month”", 'Unknown option "--month"'],
  ])("rejects %j", (argv, message, messageEn) => {
    expect(parseArguments(argv)).toEqual({
      ok: false,
      error: { message, messageEn },
      locale: "zh-CN",
    });
  });
});
