import ExcelJS from "exceljs";
import { readFile, writeFile } from "fs/promises";
import { join } from "path";
import { run } from "../../src/cli/main";
import { defaultOutputPath, freeOutputPath } from "../../src/cli/runSummary";
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

  it("never replaces an existing .docx without --force, and then writes nothing at all", async () => {
    const output = join(directory.path, "通报.xlsx");
    const notices = join(directory.path, "通报.预警通知.docx");
    await writeFile(notices, "the clerk's edited notices");
    const argv = ["summary", samplePath("zhenba-2016.xlsx"), "--month", "8", "--out", output];
    const io = collectingIo();
    expect(await run([...argv, "--docx"], io)).toBe(1);
    expect(io.err()).toContain(notices);
    expect(await readFile(notices, "utf8")).toBe("the clerk's edited notices");
    await expect(readFile(output)).rejects.toMatchObject({ code: "ENOENT" });

    expect(await run([...argv, "--docx", "--force"], collectingIo())).toBe(0);
    expect((await readFile(notices)).subarray(0, 2).toString()).toBe("PK");
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
    ).toMatchObject({ bonus: 0.9 }); // B04 capped at 0.4, and 0.5 序时加分 for 地方财政收入（增幅）ahead of pace

    // Diagnostics on stderr in zh-CN, one per line, naming sheet and cell.
    expect(io.err()).toMatch(
      /^提示：分解表!G28：“全社会固定资产投资”（绝对量）1-12月目标73\.23与分解表!G30的全年目标73\.8不一致/m
    );
    const sheets = await readWorkbook(output);
    expect(sheets.map((sheet) => sheet.name)).toEqual(summarySheets);
  });

  it("writes the bulletin beside the input by default, never over an earlier one, and reports it", async () => {
    const input = await copySample("zhenba-2016.xlsx", directory.path, "镇巴2016.xlsx");
    const before = await readFile(input);
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7"], io)).toBe(0);
    const output = join(directory.path, "镇巴2016.07月通报.xlsx");
    expect(defaultOutputPath(input, 7)).toBe(output);
    expect(io.out()).toContain(`已生成通报工作簿：${output}`);
    expect(io.out()).toContain(`通报工作表：${summarySheets.join("、")}`);
    expect(io.out()).toMatch(/^7月：指标27项，正常\d+项、滞后\d+项、严重滞后\d+项、未报送1项；/m);
    expect((await readFile(input)).equals(before)).toBe(true);
    // The bulletin holds the summary sheets only.
    expect((await readWorkbook(output)).map((sheet) => sheet.name)).toEqual(summarySheets);

    // A second run never takes the first one's name.
    const firstBytes = await readFile(output);
    const again = collectingIo();
    expect(await run(["summary", input, "--month", "7"], again)).toBe(0);
    const second = join(directory.path, "镇巴2016.07月通报(2).xlsx");
    expect(again.out()).toContain(`已生成通报工作簿：${second}`);
    expect((await readFile(output)).equals(firstBytes)).toBe(true);
    expect(await freeOutputPath(output)).toBe(join(directory.path, "镇巴2016.07月通报(3).xlsx"));
  });

  it("refuses an existing --out without --force, and overwrites it with --force", async () => {
    const input = await copySample("zhenba-2016.xlsx", directory.path);
    const output = join(directory.path, "上月手改.xlsx");
    await writeFile(output, "上月手改过的通报");
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7", "--out", output], io)).toBe(1);
    expect(io.err()).toContain(
      `未能生成通报：输出文件“${output}”已存在，未覆盖：确要覆盖请加 --force，或另选输出文件名`
    );
    // Refused before the input was read: no diagnostics, no counts.
    expect(io.out()).toBe("");
    expect(await readFile(output, "utf8")).toBe("上月手改过的通报");

    const forced = collectingIo();
    expect(await run(["summary", input, "--month", "7", "--out", output, "--force"], forced)).toBe(
      0
    );
    expect((await readWorkbook(output)).map((sheet) => sheet.name)).toEqual(summarySheets);
  });

  it("--copy keeps a clerk's sheet named 7月进度通报, and re-runs replace only that month's untouched sheets", async () => {
    const input = join(directory.path, "in.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath("zhenba-2016.xlsx"));
    workbook.addWorksheet("7月进度通报").getCell("B2").value = "我的手工通报";
    await workbook.xlsx.writeFile(input);

    const first = join(directory.path, "first.xlsx");
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7", "--copy", "--out", first], io)).toBe(0);
    expect(io.out()).toContain(`已生成带通报的工作簿副本：${first}`);
    expect(io.out()).toContain(
      "工作簿中已有工作表“7月进度通报”（不是本工具生成的，未改动），通报写入“7月进度通报(2)”"
    );

    const second = join(directory.path, "second.xlsx");
    expect(
      await run(["summary", first, "--month", "8", "--copy", "--out", second], collectingIo())
    ).toBe(0);
    const third = join(directory.path, "third.xlsx");
    const again = collectingIo();
    expect(await run(["summary", second, "--month", "7", "--copy", "--out", third], again)).toBe(0);
    expect(again.out()).toContain(
      "已替换本工具此前为该月生成、未被改动过的工作表：7月进度通报(2)、7月排名、7月加减分汇总、7月预警、7月预警通知、7月迟报"
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
    expect(own.values).toEqual([[], [null, "我的手工通报"]]);
  });

  it("--copy keeps the summary sheet the clerk renamed and edited (7月进度通报（定稿）), and says so", async () => {
    const input = await copySample("zhenba-2016.xlsx", directory.path, "in.xlsx");
    const first = join(directory.path, "first.xlsx");
    expect(
      await run(["summary", input, "--month", "7", "--copy", "--out", first], collectingIo())
    ).toBe(0);
    // In Excel: the tab renamed (the names that point at it follow) and a cell corrected.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const bulletin = workbook.getWorksheet("7月进度通报")!;
    bulletin.name = "7月进度通报（定稿）";
    bulletin.getCell("B5").value = "已核对";
    workbook.definedNames.model = workbook.definedNames.model.map((definedName) => ({
      ...definedName,
      ranges: definedName.ranges.map((range) =>
        range.replace(/^'?7月进度通报'?!/, "'7月进度通报（定稿）'!")
      ),
    }));
    const edited = join(directory.path, "edited.xlsx");
    await workbook.xlsx.writeFile(edited);

    const io = collectingIo();
    const output = join(directory.path, "again.xlsx");
    expect(await run(["summary", edited, "--month", "7", "--copy", "--out", output], io)).toBe(0);
    expect(io.out()).toContain(
      "工作表“7月进度通报（定稿）”是本工具此前生成的，但已被改名，视为您的工作表，保留未动"
    );
    const sheets = await readWorkbook(output);
    const kept = sheets.find((sheet) => sheet.name === "7月进度通报（定稿）")!;
    expect(kept.values[4][1]).toBe("已核对");
    expect(sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["7月进度通报（定稿）", ...summarySheets])
    );
  });

  it.each([
    ["a missing file", "missing.xlsx", null, "未能生成通报：找不到输入文件“"],
    [
      "a file that is not a workbook",
      "notes.xlsx",
      "月度完成：见附件",
      "”不是 Excel 工作簿（.xlsx）：请确认选对了文件",
    ],
  ])("exits 1 on %s", async (_label, name, content, message) => {
    const input = join(directory.path, name);
    if (content !== null) {
      await writeFile(input, content);
    }
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7"], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain(input);
    expect(io.out()).toBe("");
  });

  it("speaks English with --lang en-US", async () => {
    const io = collectingIo();
    const input = join(directory.path, "missing.xlsx");
    expect(await run(["summary", input, "--month", "7", "--lang", "en-US"], io)).toBe(1);
    expect(io.err()).toBe(
      `No summary made: The input file "${input}" does not exist: check its name and folder\n`
    );
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
    expect(lines[0]).toMatch(/^错误：.*任务分解表/);
  });

  it("words severities as the task pane does (错误 / 提示) and stops on errors with --strict", async () => {
    const input = join(directory.path, "errors.xlsx");
    const workbook = new ExcelJS.Workbook();
    const table = workbook.addWorksheet("分解表");
    table.addRow(["主要指标", "单位", "考核任务", "7月累计完成", "责任单位"]);
    table.addRow(["地方财政收入", "万元", 13600, 7000, "县财政局"]);
    table.addRow(["专利申请量", "件", "二十五", 10, "县科技局"]);
    await workbook.xlsx.writeFile(input);

    const lenient = collectingIo();
    const output = join(directory.path, "out.xlsx");
    expect(await run(["summary", input, "--month", "7", "--out", output], lenient)).toBe(0);
    const diagnostics = lenient
      .err()
      .split("\n")
      .filter((text) => /^(错误|提示)：/.test(text));
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(lenient.err()).not.toContain("警告");
    const errors = diagnostics.filter((text) => text.startsWith("错误：")).length;
    expect(errors).toBeGreaterThan(0);

    const strict = collectingIo();
    const refused = join(directory.path, "strict.xlsx");
    expect(
      await run(["summary", input, "--month", "7", "--out", refused, "--strict"], strict)
    ).toBe(1);
    expect(strict.err()).toContain(
      `检查发现${errors}个错误，按 --strict 未生成通报：请按上面的提示改正后再运行`
    );
    await expect(readFile(refused)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("exits 1 rather than write over the input", async () => {
    const input = await copySample("zhenba-2016.xlsx", directory.path);
    const before = await readFile(input);
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7", "--out", input, "--force"], io)).toBe(1);
    expect(io.err()).toContain("就是输入文件：本工具从不改写原工作簿");
    expect((await readFile(input)).equals(before)).toBe(true);
  });

  it.each([
    [
      ["summary", "in.xlsx", "--month", "7", "--colour", "red"],
      "错误：未知选项“--colour”。运行 assess help 查看用法",
    ],
    [["summary", "in.xlsx"], "错误：缺少 --month（数据月份，1至12）。运行 assess help 查看用法"],
    [
      ["summary", "in.xlsx", "--month", "13"],
      "错误：月份“13”无效，应为1至12之间的整数。运行 assess help 查看用法",
    ],
  ])("exits 2 on bad usage %j with one line saying how to get the help", async (argv, message) => {
    const io = collectingIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toBe(`${message}\n`);
    expect(io.out()).toBe("");
  });

  it("words a usage error in English under ASSESS_LANG=en-US", async () => {
    const io = collectingIo();
    expect(await run(["summary", "in.xlsx"], io, "en-US")).toBe(2);
    expect(io.err()).toBe(
      "Error: Missing --month (the data month, 1 to 12). Run assess help for the usage\n"
    );
  });

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
    // 1 by the county's rules, and 0.5 序时加分 for 规上工业增加值 ahead of pace
    expect(line("县经贸局")).toMatchObject({ bonus: 1.5 });
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
