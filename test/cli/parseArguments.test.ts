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

  it("reads the monthly rules' settings as the 设置 sheet reads them", () => {
    const parsed = parseArguments([
      "summary",
      "in.xlsx",
      "--month",
      "7",
      "--ranking-measure",
      "completion",
      "--bonus-cap",
      "none",
      "--group",
      "山区县",
      "--late-points",
      "1",
      "--pace-deduction",
      "-0.5",
      "--bottom-count",
      "2",
      "--interview-runs",
      "3",
      "--city-multiplier",
      "1",
      "--due-day",
      "10",
      "--pace-bonus",
      "0.25",
      "--method",
      "auto",
    ]);
    expect(
      parsed.ok && parsed.command.kind === "summary" && parsed.command.options.settings
    ).toEqual({
      month: 7,
      rankingMeasure: "completion",
      bonusCap: null,
      groupName: "山区县",
      latePoints: 1,
      paceDeductionPoints: 0.5,
      bottomCount: 2,
      interviewRuns: 3,
      cityMultiplier: 1,
      dueDay: 10,
      paceBonusPoints: 0.25,
    });
  });

  it.each<[string, string, string]>([
    ["--bottom-count", "0", "a whole number from 1 to 99 is needed"],
    ["--ranking-measure", "rank", "use one of: 平均进度差、完成率、综合得分"],
    ["--bonus-cap", "-1", "a number of at least 0, or 不设上限, is needed"],
  ])("rejects %s %s with the 设置 sheet's rule", (option, value, rule) => {
    const parsed = parseArguments(["summary", "in.xlsx", "--month", "7", option, value]);
    expect(!parsed.ok && parsed.error.messageEn).toBe(
      `Option ${option} cannot be "${value}": ${rule}`
    );
    expect(!parsed.ok && parsed.error.message).toMatch(
      new RegExp(`^选项 ${option} 的取值“${value}”无效：`)
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

  it.each<[string[], unknown]>([
    [["forms", "台账.xlsx", "--month", "8"], { input: "台账.xlsx", month: 8, force: false }],
    [["forms", "--month=８", "台账.xlsx"], { input: "台账.xlsx", month: 8, force: false }],
    [
      [
        "forms",
        "台账.xlsx",
        "--month",
        "12",
        "--out",
        "报送表",
        "--force",
        "--year",
        "2016",
        "--due-day",
        "10",
      ],
      { input: "台账.xlsx", month: 12, out: "报送表", force: true, year: 2016, dueDay: 10 },
    ],
  ])("forms %j", (argv, options) => {
    expect(parseArguments(argv)).toEqual({
      ok: true,
      command: { kind: "forms", options },
      locale: "zh-CN",
    });
  });

  it.each<[string[], unknown]>([
    [
      ["collect", "台账.xlsx", "报送表-县财政局-8月.xlsx", "--month", "8"],
      {
        input: "台账.xlsx",
        returns: ["报送表-县财政局-8月.xlsx"],
        month: 8,
        dryRun: false,
        force: false,
      },
    ],
    [
      [
        "collect",
        "--month",
        "8",
        "台账.xlsx",
        "a.xlsx",
        "b.xlsx",
        "--dry-run",
        "--force",
        "--out",
        "汇总.xlsx",
        "--year",
        "2016",
      ],
      {
        input: "台账.xlsx",
        returns: ["a.xlsx", "b.xlsx"],
        month: 8,
        dryRun: true,
        force: true,
        out: "汇总.xlsx",
        year: 2016,
      },
    ],
  ])("collect %j", (argv, options) => {
    expect(parseArguments(argv)).toEqual({
      ok: true,
      command: { kind: "collect", options },
      locale: "zh-CN",
    });
  });

  it.each<[string[], unknown]>([
    [["year-end", "盘山.xlsx"], { input: "盘山.xlsx", json: false, force: false }],
    [
      [
        "year-end",
        "盘山.xlsx",
        "--json",
        "--force",
        "--out",
        "年度.xlsx",
        "--year",
        "2018",
        "--county",
        "盘山县",
      ],
      {
        input: "盘山.xlsx",
        out: "年度.xlsx",
        json: true,
        force: true,
        year: 2018,
        county: "盘山县",
      },
    ],
  ])("year-end %j", (argv, options) => {
    expect(parseArguments(argv)).toEqual({
      ok: true,
      command: { kind: "year-end", options },
      locale: "zh-CN",
    });
  });

  it.each([[["forms", "--help"]], [["collect", "-h"]]])("help %j", (argv) => {
    expect(parseArguments(argv)).toEqual({ ok: true, command: { kind: "help" }, locale: "zh-CN" });
  });

  it.each([[["help"]], [["--help"]], [["-h"]], [["summary", "--help"]]])("help %j", (argv) => {
    expect(parseArguments(argv)).toEqual({ ok: true, command: { kind: "help" }, locale: "zh-CN" });
  });

  it.each<[string[], string, string]>([
    [
      [],
      "缺少命令（summary、city、year-end、forms、collect 或 template）",
      "Missing command (summary, city, year-end, forms, collect or template)",
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
      ["summary", "a.xlsx", "b.xlsx", "--month", "7", "--out", "通报.xlsx"],
      "多个工作簿时 --out 应为文件夹，不能是工作簿“通报.xlsx”：每个县的通报各自写入该文件夹",
      'With several workbooks --out names a folder, not the workbook "通报.xlsx": each county\'s summary is written into it',
    ],
    [
      ["summary", "a.xlsx", "b.xlsx", "--month", "7", "--county", "镇巴县"],
      "多个工作簿时不能用 --county：各县名称从各自表格的标题读取",
      "--county cannot be used with several workbooks: each county is read from its own title",
    ],
    [
      ["summary", "a.xlsx", "b.xlsx", "--month", "7", "--json"],
      "多个工作簿时不能用 --json（每个工作簿单独运行时可用）",
      "--json cannot be used with several workbooks (run each workbook on its own for it)",
    ],
    [
      ["summary", "in.xlsx", "--month", "7", "--method", "even"],
      "选项 --method 的取值“even”无效，可用：auto | linear | checkpoint",
      'Option --method cannot be "even"; use one of: auto | linear | checkpoint',
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
    [["year-end"], "缺少输入工作簿（.xlsx）", "Missing the input workbook (.xlsx)"],
    [["year-end", "a.xlsx", "--month", "7"], "未知选项“--month”", 'Unknown option "--month"'],
    [
      ["year-end", "a.xlsx", "--county", " "],
      "选项 --county 不能为空",
      "Option --county must not be blank",
    ],
    [["forms", "--month", "8"], "缺少台账工作簿（.xlsx）", "Missing the ledger workbook (.xlsx)"],
    [
      ["forms", "台账.xlsx"],
      "缺少 --month（数据月份，1至12）",
      "Missing --month (the data month, 1 to 12)",
    ],
    [
      ["forms", "台账.xlsx", "--month", "13"],
      "月份“13”无效，应为1至12之间的整数",
      'Month "13" is invalid: use a whole number from 1 to 12',
    ],
    [
      ["forms", "台账.xlsx", "b.xlsx", "--month", "8"],
      "多余的参数“b.xlsx”",
      'Unexpected argument "b.xlsx"',
    ],
    [
      ["forms", "台账.xlsx", "--month", "8", "--due-day", "32"],
      "报送期限“32”无效，应为1至31之间的整数（次月几日）",
      'Due day "32" is invalid: use a whole number from 1 to 31 (the day of the next month)',
    ],
    [
      ["forms", "台账.xlsx", "--month", "8", "--year", "16"],
      "年份“16”无效，应为四位数年份，如2016",
      'Year "16" is invalid: use a four-digit year such as 2016',
    ],
    [
      ["forms", "台账.xlsx", "--month", "8", "--dry-run"],
      "未知选项“--dry-run”",
      'Unknown option "--dry-run"',
    ],
    [["collect", "--month", "8"], "缺少台账工作簿（.xlsx）", "Missing the ledger workbook (.xlsx)"],
    [
      ["collect", "台账.xlsx", "--month", "8"],
      "缺少要汇总的报送表（台账之后列出一个或多个 .xlsx 文件）",
      "Missing the returned forms (one or more .xlsx files after the ledger)",
    ],
    [
      ["collect", "台账.xlsx", "a.xlsx"],
      "缺少 --month（数据月份，1至12）",
      "Missing --month (the data month, 1 to 12)",
    ],
    [
      ["collect", "台账.xlsx", "a.xlsx", "--month", "8", "--due-day", "10"],
      "未知选项“--due-day”",
      'Unknown option "--due-day"',
    ],
    [
      ["collect", "台账.xlsx", "a.xlsx", "--month", "8", "--dry-run=yes"],
      "多余的参数“--dry-run=yes”",
      'Unexpected argument "--dry-run=yes"',
    ],
  ])("rejects %j", (argv, message, messageEn) => {
    expect(parseArguments(argv)).toEqual({
      ok: false,
      error: { message, messageEn },
      locale: "zh-CN",
    });
  });
});
