import ExcelJS from "exceljs";
import { readFile, writeFile } from "fs/promises";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { templateSheetNames } from "../../src/xlsx/templateWorkbook";
import { collectingIo, temporaryDirectory } from "./cliFixture";

describe("assess template", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("writes the sheets the add-in reads, with their headers and two example rows", async () => {
    const output = join(directory.path, "模板.xlsx");
    const io = collectingIo();
    expect(await run(["template", output], io)).toBe(0);
    expect(io.out()).toContain(`已生成空白模板：${output}`);

    const sheets = await readWorkbook(output);
    expect(sheets.map((sheet) => sheet.name)).toEqual([...templateSheetNames]);
    const [table, actuals, rules, events, reports] = sheets;
    expect(table.values[2]).toEqual([
      "指标名称",
      "口径",
      "单位",
      "方向",
      "目标",
      null,
      null,
      "累计完成",
      ...new Array(11).fill(null),
      "包抓领导",
      "责任单位",
      "配合单位",
      "责任人",
    ]);
    expect(table.values[3].slice(4, 19)).toEqual([
      "上半年",
      "前三季度",
      "全年",
      ...Array.from({ length: 12 }, (_, index) => `${index + 1}月`),
    ]);
    expect(table.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 4, bottom: 2, right: 6 },
        { top: 2, left: 7, bottom: 2, right: 18 },
        { top: 2, left: 22, bottom: 3, right: 22 },
      ])
    );
    expect(table.values.slice(4).map((row) => row[0])).toEqual([
      "地方财政收入",
      "空气中可吸入颗粒物(PM10)浓度",
    ]);
    expect(actuals.values[2]).toEqual(["指标名称", "口径", "月份", "累计完成"]);
    expect(actuals.values.length - 3).toBe(2);
    expect(rules.values[2]).toEqual([
      "规则编号",
      "类别",
      "计分方式",
      "分值",
      "最高分值",
      "累计上限",
      "说明",
    ]);
    expect(rules.values.slice(3).map((row) => row[0])).toHaveLength(25);
    expect(rules.values[6]).toEqual([
      "B04",
      "加分",
      "每次",
      0.15,
      null,
      0.4,
      "受到市委、市政府单项表彰奖励或通报表扬(每次,累计不超过0.4分)",
    ]);
    expect(rules.values[13]).toEqual([
      "B11",
      "加分",
      "区间",
      0.1,
      0.2,
      null,
      "专项行动中承担任务较少或未承担任务的部门积极参与、主动作为、成效显著",
    ]);
    expect(rules.values[18][3]).toBe(-1.5);
    expect(events.values[2]).toEqual([
      "单位",
      "规则编号",
      "次数",
      "分值",
      "数量",
      "事由",
      "日期",
      "市考",
    ]);
    expect(events.values.slice(3)).toHaveLength(2);
    expect(events.values[3][6]).toBe("2016-07-20");
    expect(reports.values[2]).toEqual(["单位", "月份", "报送日期"]);
    expect(reports.values.slice(3)).toEqual([
      ["县财政局", 7, "2016-08-12"],
      ["县环保局", 7, "2016-08-17"],
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const direction = workbook.getWorksheet("分解表")!.getCell("D7").dataValidation;
    expect(direction).toMatchObject({ type: "list", formulae: ['"正向,逆向"'] });
    expect(workbook.getWorksheet("加减分登记")!.getCell("H10").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
    const { font, fill } = workbook.getWorksheet("分解表")!.getCell("E3");
    expect(font).toMatchObject({ bold: true });
    expect(fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    expect(workbook.getWorksheet("分解表")!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      printTitlesRow: "3:4",
    });
  });

  it("reads back through the summary: the template's examples make a month-7 summary", async () => {
    const output = join(directory.path, "模板.xlsx");
    expect(await run(["template", output], collectingIo())).toBe(0);
    const io = collectingIo();
    expect(
      await run(
        ["summary", output, "--month", "7", "--json", "--year", "2016", "--county", "镇巴县"],
        io
      )
    ).toBe(0);
    const json = JSON.parse(io.out());
    expect(
      json.indicators.map((indicator: { name: string; actual: number }) => [
        indicator.name,
        indicator.actual,
      ])
    ).toEqual([
      ["地方财政收入", 7720],
      ["空气中可吸入颗粒物(PM10)浓度", 66],
    ]);
    expect(json.indicators[1].direction).toBe("lower");
    expect(
      json.diagnostics.filter((diagnostic: { severity: string }) => diagnostic.severity === "error")
    ).toEqual([]);
    expect(json.late.map((late: { unit: string }) => late.unit)).toEqual(["县环保局"]);
  });

  it("never overwrites an existing file without --force", async () => {
    const output = join(directory.path, "台账.xlsx");
    await writeFile(output, "clerk's ledger");
    const io = collectingIo();
    expect(await run(["template", output], io)).toBe(1);
    expect(io.err()).toContain("已存在，未覆盖：确要覆盖请加 --force");
    expect(await readFile(output, "utf8")).toBe("clerk's ledger");
    expect(await run(["template", output, "--force"], collectingIo())).toBe(0);
    expect((await readWorkbook(output)).map((sheet) => sheet.name)).toEqual([
      ...templateSheetNames,
    ]);
  });

  it("exits 1 when the folder does not exist", async () => {
    const io = collectingIo();
    expect(await run(["template", join(directory.path, "no", "such", "t.xlsx")], io)).toBe(1);
    expect(io.err()).toBe(
      `未能生成模板：输出文件夹“${join(directory.path, "no", "such")}”不存在：请先建好这个文件夹，或另选输出位置\n`
    );
  });
});
