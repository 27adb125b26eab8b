import { parseArguments } from "../../src/cli/parseArguments";

describe("parseArguments: city", () => {
  it("reads the county workbooks and the options", () => {
    expect(
      parseArguments([
        "city",
        "各县",
        "洋县.xlsx",
        "--month",
        "７",
        "--groups",
        "分组.xlsx",
        "--for",
        "镇巴县",
        "--by",
        "Completion",
        "--ties",
        "dense",
      ])
    ).toEqual({
      ok: true,
      command: {
        kind: "city",
        options: {
          inputs: ["各县", "洋县.xlsx"],
          month: 7,
          periods: 12,
          groups: "分组.xlsx",
          for: "镇巴县",
          by: "completion",
          ties: "dense",
          force: false,
        },
      },
      locale: "zh-CN",
    });
    expect(
      parseArguments(["city", "各县", "--month", "7", "--out", "全市.xlsx", "--force"])
    ).toEqual({
      ok: true,
      command: {
        kind: "city",
        options: {
          inputs: ["各县"],
          month: 7,
          periods: 12,
          out: "全市.xlsx",
          by: "paceGap",
          ties: "competition",
          force: true,
        },
      },
      locale: "zh-CN",
    });
  });

  it.each([
    [["city", "--month", "7"], "缺少输入工作簿（.xlsx）", "Missing the input workbook (.xlsx)"],
    [
      ["city", "各县"],
      "缺少 --month（数据月份，1至12）",
      "Missing --month (the data month, 1 to 12)",
    ],
    [
      ["city", "各县", "--month", "7", "--by", "score"],
      "选项 --by 的取值“score”无效，可用：pacegap | completion",
      'Option --by cannot be "score"; use one of: pacegap | completion',
    ],
    [["city", "各县", "--month", "7", "--json"], "未知选项“--json”", 'Unknown option "--json"'],
  ])("refuses %j", (argv, message, messageEn) => {
    expect(parseArguments(argv)).toEqual({
      ok: false,
      error: { message, messageEn },
      locale: "zh-CN",
    });
  });
});
