import ExcelJS from "exceljs";
import { readFile, writeFile } from "fs/promises";
import { join } from "path";
import { run } from "../../src/cli/main";
import { parseArguments } from "../../src/cli/parseArguments";
import { defaultYearEndOutput } from "../../src/cli/runYearEnd";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { collectingIo, copySample, samplePath, temporaryDirectory } from "./cliFixture";

const sample = "panshan-2018-year-end.xlsx";

interface UnitJson {
  unit: string;
  exactTotal: string | null;
  total: number | null;
  rank: number | null;
  grade: string | null;
  annualWeights: { province: number; city: number; ownWork: number };
  parts: Record<string, number | null>;
  reason: string;
}

describe("assess year-end", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("reproduces seed 003's chain, the 75/0/25 sharing, the 70% floor, the veto and the city deduction from the sample", async () => {
    const io = collectingIo();
    const output = join(directory.path, "out.xlsx");
    expect(await run(["year-end", samplePath(sample), "--json", "--out", output], io)).toBe(0);
    expect(io.err()).toContain(
      "2018年度考核：12个单位，优秀4个、良好5个、一般2个、较差1个；一票否决1个；未计算总分0个"
    );
    const json = JSON.parse(io.out()) as {
      year: number;
      county: string;
      run: string;
      units: UnitJson[];
      diagnostics: unknown[];
    };
    expect([json.year, json.county, json.run, json.diagnostics]).toEqual([
      2018,
      "盘山县",
      "2018-yearend",
      [],
    ]);
    expect(json).not.toHaveProperty("sheets");
    const unit = (name: string): UnitJson =>
      json.units.find((item) => item.unit === name) as UnitJson;
    expect([unit("县发改局").exactTotal, unit("县发改局").total, unit("县发改局").grade]).toEqual([
      "91.7156",
      91.72,
      "excellent",
    ]);
    expect(unit("县农业局").annualWeights).toEqual({ province: 0.75, city: 0, ownWork: 0.25 });
    expect(unit("县农业局").exactTotal).toBe("86.892");
    expect(unit("县商务局").parts.province).toBe(0);
    expect(unit("县商务局").reason).toBe("省专项指标完成率65%低于70%，计0分");
    expect([unit("县环保局").total, unit("县环保局").grade, unit("县环保局").reason]).toEqual([
      0,
      "poor",
      "一票否决：发生较大环境污染事件，计0分，评为较差；市考加分3.0不予直接评优",
    ]);
    expect([unit("县住建局").total, unit("县住建局").grade, unit("县住建局").reason]).toEqual([
      90.74,
      "fair",
      "市考减分1.5，不得评为良好以上等次，评为一般",
    ]);

    // A workbook of the 年度考核汇总 alone, marked as the year-end run's.
    const sheets = await readWorkbook(output);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["年度考核汇总"]);
    const summary = sheets[0];
    expect(summary.values[0][0]).toBe("盘山县2018年度考核汇总（专项考评成绩及等次）");
    const row = (name: string) => summary.values.find((values) => values[1] === name) ?? [];
    expect(row("县农业局").slice(2, 7)).toEqual([88, null, 84, "75/0/25", 87]);
    expect(row("县环保局").slice(20, 24)).toEqual([
      0,
      12,
      "较差",
      "一票否决：发生较大环境污染事件，计0分，评为较差；市考加分3.0不予直接评优",
    ]);
    expect(row("县住建局").slice(20, 23)).toEqual([90.74, 3, "一般"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(
      workbook.definedNames.model
        .filter((name) => name.name.startsWith("assess.run."))
        .map((name) => [name.name, name.ranges])
    ).toEqual([["assess.run.2018_yearend.yearend", ["'年度考核汇总'!$A$1"]]]);
  });

  it("never writes over an existing output: the clerk's earlier year-end workbook stays", async () => {
    const output = join(directory.path, "年度考核.xlsx");
    await writeFile(output, "上次定稿");
    const io = collectingIo();
    expect(await run(["year-end", samplePath(sample), "--out", output], io)).toBe(1);
    expect(io.err()).toContain(`输出文件“${output}”已存在，未覆盖`);
    expect(await readFile(output, "utf8")).toBe("上次定稿");
    expect(
      await run(["year-end", samplePath(sample), "--out", output, "--force"], collectingIo())
    ).toBe(0);
    expect((await readWorkbook(output)).map((sheet) => sheet.name)).toEqual(["年度考核汇总"]);
  });

  it("writes beside the input by default, and never over the input", async () => {
    const input = await copySample(sample, directory.path);
    const io = collectingIo();
    expect(await run(["year-end", input], io)).toBe(0);
    expect(io.out()).toContain(`已生成年度考核工作簿：${defaultYearEndOutput(input)}`);
    expect(defaultYearEndOutput("/a/盘山.xlsx")).toBe("/a/盘山.年度考核.xlsx");
    const refused = collectingIo();
    expect(await run(["year-end", input, "--out", input], refused)).toBe(1);
    expect(refused.err()).toContain("就是输入文件");
  });

  it("the template's examples make a year-end summary of two units", async () => {
    const template = join(directory.path, "模板.xlsx");
    expect(await run(["template", template], collectingIo())).toBe(0);
    const io = collectingIo();
    expect(
      await run(["year-end", template, "--json", "--year", "2016", "--county", "平利县"], io)
    ).toBe(0);
    const json = JSON.parse(io.out()) as {
      units: UnitJson[];
      diagnostics: { severity: string }[];
      county: string;
    };
    expect(json.county).toBe("平利县");
    expect(json.units.map((unit) => [unit.unit, unit.grade])).toEqual([
      ["县财政局", "excellent"],
      ["县环保局", "fair"], // the example P03 is a city deduction of 1.5
    ]);
    expect(json.diagnostics.filter((found) => found.severity === "error")).toEqual([]);
  });

  it("exits 1 without a scores sheet, naming what is missing", async () => {
    const io = collectingIo();
    expect(
      await run(
        ["year-end", samplePath("zhenba-2016.xlsx"), "--out", join(directory.path, "x.xlsx")],
        io
      )
    ).toBe(1);
    expect(io.err()).toContain("工作簿中找不到年度评分表");
  });

  it("speaks English with --lang en-US", async () => {
    const io = collectingIo();
    const output = join(directory.path, "en.xlsx");
    expect(
      await run(["year-end", samplePath(sample), "--out", output, "--lang", "en-US"], io)
    ).toBe(0);
    expect(io.out()).toContain(
      "Year-end 2018: 12 units, 4 excellent, 5 good, 2 fair, 1 poor; 1 vetoed; 0 without a total"
    );
    expect(io.out()).toContain(`Year-end workbook written: ${output}`);
    const missing = collectingIo();
    expect(
      await run(
        ["year-end", samplePath("zhenba-2016.xlsx"), "--out", join(directory.path, "x.xlsx")],
        missing,
        "en-US"
      )
    ).toBe(1);
    expect(missing.err()).toContain("No year-end summary made: ");
    expect(missing.err()).not.toMatch(/未能生成/);
  });

  it.each([
    [["year-end"], "缺少输入工作簿"],
    [["year-end", "a.xlsx", "b.xlsx"], "多余的参数“b.xlsx”"],
    [["year-end", "a.xlsx", "--month", "12"], "未知选项“--month”"],
    [["year-end", "a.xlsx", "--year", "18"], "年份“18”无效"],
    [["year-end", "a.xlsx", "--json", "--json"], "选项 --json 重复"],
  ])("usage errors exit 2: %j", async (argv, message) => {
    const io = collectingIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  it("parses its options", () => {
    expect(parseArguments(["year-end", "in.xlsx", "--force"])).toMatchObject({
      ok: true,
      command: { kind: "year-end", options: { input: "in.xlsx", force: true } },
    });
    expect(
      parseArguments([
        "year-end",
        "in.xlsx",
        "--out=o.xlsx",
        "--json",
        "--year",
        "２０１８",
        "--county",
        "盘山县",
      ])
    ).toEqual({
      ok: true,
      locale: "zh-CN",
      command: {
        kind: "year-end",
        options: {
          input: "in.xlsx",
          out: "o.xlsx",
          json: true,
          force: false,
          year: 2018,
          county: "盘山县",
        },
      },
    });
  });
});
