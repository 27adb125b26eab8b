import ExcelJS from "exceljs";
import { readFile, writeFile } from "fs/promises";
import { join } from "path";
import { run } from "../../src/cli/main";
import { defaultOutputPath } from "../../src/cli/runSummary";
import { usageText } from "../../src/cli/cliText";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { collectingIo, copySample, samplePath, temporaryDirectory } from "./cliFixture";

const summarySheets = [
  "7月进度通报",
  "7月排名",
  "7月加减分汇总",
  "7月预警",
  "7月预警通知",
  "7月迟报",
];

describe("assess summary", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("with --docx writes the notices and the bulletin beside the output, and counts documents", async () => {
    const io = collectingIo();
    const output = join(directory.path, "通报.xlsx");
    const code = await run(
      ["summary", samplePath("zhenba-2016.xlsx"), "--month", "8", "--out", output, "--docx"],
      io
    );
    expect(code).toBe(0);
    const notices = join(directory.path, "通报.预警通知.docx");
    const bulletin = join(directory.path, "通报.月度进度通报.docx");
    expect(io.out()).toContain(`已生成Word文档：${notices}\n已生成Word文档：${bulletin}`);
    for (const file of [notices, bulletin]) {
      // A .docx is a zip package: "PK".
      expect((await readFile(file)).subarray(0, 2).toString()).toBe("PK");
    }
    // The month's warnings go to 7 lead units: 6 督办单 and 1 预警提示单, one per unit, not per row.
    expect(io.out()).toMatch(/；预警提示单1份、督办单6份；/);
  });

  it("prints the model as JSON with every field the clerk's report needs", async () => {
    const io = collectingIo();
    const output = join(directory.path, "out.xlsx");
    const code = await run(
      ["summary", samplePath("zhenba-2016.xlsx"), "--month", "7", "--json", "--out", output],
      io
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.out());
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["month", "ranking", "adjustments", "warnings", "diagnostics"])
    );
    expect(json).not.toHaveProperty("sheets");
    expect(json.month).toBe(7);
    expect(json.county).toBe("镇巴县");
    expect(json.year).toBe(2016);
    expect(json.indicators).toHaveLength(27);
    for (const indicator of json.indicators) {
      expect(Object.keys(indicator)).toEqual(
        expect.arrayContaining([
          "name",
          "measure",
          "measureUnit",
          "direction",
          "annualTarget",
          "paceTarget",
          "actual",
          "completion",
          "paceGap",
          "arrears",
          "newArrears",
          "remainingMonthly",
          "status",
          "leadUnit",
          "units",
          "leader",
          "person",
          "source",
        ])
      );
    }
    const revenue = json.indicators.find(
      (indicator: { name: string; measure: string }) =>
        indicator.name === "地方财政收入" && indicator.measure === "绝对量"
    );
    expect(revenue).toMatchObject({
      measureUnit: "万元",
      direction: "higher",
      annualTarget: 13600,
      paceTarget: 7700,
      leadUnit: "县财政局",
      leader: "叶稳太",
      person: "张正银",
      source: "分解表!B10",
    });
    expect(typeof revenue.actual).toBe("number");
    const statuses = new Set(
      json.indicators.map((indicator: { status: string }) => indicator.status)
    );
    expect([...statuses].sort()).toEqual(["lagging", "not_reported", "on_pace", "serious"]);
    expect(
      json.indicators.find((indicator: { name: string }) => indicator.name.includes("PM10"))
    ).toMatchObject({
      direction: "lower",
      actual: 73,
    });
    expect(json.late).toEqual([
      { unit: "县经合局", month: 7, dueDate: "2016-08-15", reportedOn: "2016-08-18", daysLate: 3 },
    ]);
    expect(
      json.adjustments.find((line: { unit: string }) => line.unit === "县财政局")
    ).toMatchObject({ bonus: 0.4 });

    // Diagnostics on stderr in zh-CN, one per line, naming sheet and cell.
    expect(io.err()).toMatch(
      /^分解表!G28：“全社会固定资产投资”（绝对量）1-12月目标73\.23与分解表!G30的全年目标73\.8不一致/m
    );
    const sheets = await readWorkbook(output);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "月度完成",
      "报送登记",
      "加减分登记",
      ...summarySheets,
    ]);
  });

  it("writes beside the input by default, and reports what it wrote", async () => {
    const input = await copySample("zhenba-2016.xlsx", directory.path, "镇巴2016.xlsx");
    const before = await readFile(input);
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7"], io)).toBe(0);
    const output = join(directory.path, "镇巴2016.07月通报.xlsx");
    expect(defaultOutputPath(input, 7)).toBe(output);
    expect(io.out()).toContain(`已生成通报工作簿：${output}`);
    expect(io.out()).toContain(`新增工作表：${summarySheets.join("、")}`);
    expect(io.out()).toMatch(/^7月：指标27项，正常\d+项、滞后\d+项、严重滞后\d+项、未报送1项；/m);
    expect((await readFile(input)).equals(before)).toBe(true);
    expect((await readWorkbook(output)).map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(summarySheets)
    );
  });

  it("keeps a clerk's sheet named 7月进度通报 and re-runs replace only that month's sheets", async () => {
    const input = join(directory.path, "in.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath("zhenba-2016.xlsx"));
    workbook.addWorksheet("7月进度通报").getCell("B2").value = "我的手工通报";
    await workbook.xlsx.writeFile(input);

    const first = join(directory.path, "first.xlsx");
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7", "--out", first], io)).toBe(0);
    expect(io.out()).toContain(
      "工作簿中已有工作表“7月进度通报”（不是本工具生成的，未改动），通报写入“7月进度通报(2)”"
    );

    const second = join(directory.path, "second.xlsx");
    expect(await run(["summary", first, "--month", "8", "--out", second], collectingIo())).toBe(0);
    const third = join(directory.path, "third.xlsx");
    const again = collectingIo();
    expect(await run(["summary", second, "--month", "7", "--out", third], again)).toBe(0);
    expect(again.out()).toContain(
      "已替换本工具此前为该月生成的工作表：7月进度通报(2)、7月排名、7月加减分汇总、7月预警、7月预警通知、7月迟报"
    );

    const names = (await readWorkbook(third)).map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("7月"))).toEqual([
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名",
      "7月加减分汇总",
      "7月预警",
      "7月预警通知",
      "7月迟报",
    ]);
    expect(names.filter((name) => name.startsWith("8月"))).toEqual([
      "8月进度通报",
      "8月排名",
      "8月加减分汇总",
      "8月预警",
      "8月预警通知",
      "8月迟报",
    ]);
    const own = (await readWorkbook(third)).find((sheet) => sheet.name === "7月进度通报")!;
    expect(own.values).toEqual([
      [null, null],
      [null, "我的手工通报"],
    ]);
  });

  it.each([
    ["a missing file", "missing.xlsx", null, "未能生成通报：无法读取工作簿“"],
    ["a file that is not a workbook", "notes.xlsx", "月度完成：见附件", "不是 .xlsx 工作簿"],
  ])("exits 1 on %s", async (_label, name, content, message) => {
    const input = join(directory.path, name);
    if (content !== null) {
      await writeFile(input, content);
    }
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7"], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe("");
  });

  it("exits 1 when no table is found", async () => {
    const input = join(directory.path, "empty.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "会议记录";
    await workbook.xlsx.writeFile(input);
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7"], io)).toBe(1);
    expect(io.err()).toContain("未能生成通报：工作簿中没有找到任务分解表");
    // The engine's diagnostic comes first, then the CLI's verdict.
    const lines = io.err().trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("任务分解表");
  });

  it("exits 1 rather than write over the input", async () => {
    const input = await copySample("zhenba-2016.xlsx", directory.path);
    const before = await readFile(input);
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7", "--out", input], io)).toBe(1);
    expect(io.err()).toContain("就是输入文件：本工具从不改写原工作簿");
    expect((await readFile(input)).equals(before)).toBe(true);
  });

  it.each([
    [
      ["summary", "in.xlsx", "--month", "7", "--colour", "red"],
      "错误：未知选项“--colour”",
      'Error: Unknown option "--colour"',
    ],
    [
      ["summary", "in.xlsx"],
      "错误：缺少 --month（数据月份，1至12）",
      "Error: Missing --month (the data month, 1 to 12)",
    ],
    [
      ["summary", "in.xlsx", "--month", "13"],
      "错误：月份“13”无效，应为1至12之间的整数",
      'Error: Month "13" is invalid',
    ],
    [
      ["summary", "in.xlsx", "--month", "0"],
      "错误：月份“0”无效，应为1至12之间的整数",
      'Error: Month "0" is invalid',
    ],
  ])(
    "exits 2 on bad usage %j, with the usage in Chinese and English",
    async (argv, message, messageEn) => {
      const io = collectingIo();
      expect(await run(argv, io)).toBe(2);
      expect(io.err()).toContain(message);
      expect(io.err()).toContain(messageEn);
      expect(io.err()).toContain("用法：");
      expect(io.err()).toContain("Usage:");
      expect(io.out()).toBe("");
    }
  );

  it("prints the usage on stdout for help", async () => {
    const io = collectingIo();
    expect(await run(["help"], io)).toBe(0);
    expect(io.out()).toBe(usageText);
  });

  it.each([
    ["ledger-traditional.xlsx", 10],
    ["county-rules.xlsx", 9],
  ])("summarises the sample %s", async (name, count) => {
    const io = collectingIo();
    const output = join(directory.path, "out.xlsx");
    expect(
      await run(["summary", samplePath(name), "--month", "7", "--json", "--out", output], io)
    ).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.indicators).toHaveLength(count);
    expect(
      json.diagnostics.filter((diagnostic: { severity: string }) => diagnostic.severity === "error")
    ).toEqual([]);
    expect(json.county).toBe("镇巴县");
  });

  it("applies the county's own rules: B04 capped at 0.3, B10 in proportion", async () => {
    const io = collectingIo();
    const output = join(directory.path, "county.xlsx");
    expect(
      await run(
        ["summary", samplePath("county-rules.xlsx"), "--month", "7", "--json", "--out", output],
        io
      )
    ).toBe(0);
    const json = JSON.parse(io.out());
    const line = (unit: string) =>
      json.adjustments.find((entry: { unit: string }) => entry.unit === unit);
    expect(line("县财政局")).toMatchObject({ bonus: 0.3 });
    expect(line("县发改局")).toMatchObject({ bonus: 2 });
    expect(line("县经贸局")).toMatchObject({ bonus: 1 });
    expect(line("县统计局")).toMatchObject({ bonus: 1.5, cityBonus: 0.75 });
    // 县经合局's P07 events are dated 2016-08-02: they count from August on, not in July.
    expect(line("县经合局")).toBeUndefined();
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ code: "event_after_month", sheet: "加减分登记", cell: "G9" })
    );
    // With --json the report goes to stderr and stdout stays pure JSON.
    expect(io.err()).toContain(`已生成通报工作簿：${output}`);
  });
});
