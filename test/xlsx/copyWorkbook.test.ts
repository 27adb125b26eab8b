import ExcelJS from "exceljs";
import { link, readFile, symlink, writeFile } from "fs/promises";
import { join } from "path";
import { AssessError } from "../../src/engine/kernel/errors";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { ownedWorksheets } from "../../src/xlsx/ownedWorksheets";
import { runOfSpecs, writeSummaryWorkbook } from "../../src/xlsx/writeSummaryWorkbook";
import { zipEntries } from "../../src/xlsx/zipEntries";
import { bulletinSpec, temporaryDirectory } from "./sheetSpecFixture";

const august = () => [
  bulletinSpec("8月进度通报", "bulletin", "镇巴县2016年8月市考指标进度通报"),
  bulletinSpec("8月排名", "ranking", "镇巴县2016年8月排名"),
];
const july = () => [
  bulletinSpec("7月进度通报", "bulletin"),
  bulletinSpec("7月排名", "ranking", "镇巴县2016年7月排名"),
];

/** A clerk's workbook: a table, and a sheet of their own called 7月进度通报. */
async function clerkWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const table = workbook.addWorksheet("分解表");
  table.addRow(["主要指标", "口径", "考核任务"]);
  table.addRow(["地方财政收入", "绝对量", 13600]);
  table.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const own = workbook.addWorksheet("7月进度通报");
  own.getCell("A1").value = "我自己的通报，别动";
  own.mergeCells("A1:C1");
  workbook.definedNames.add("分解表!$C$2", "年度目标");
  await workbook.xlsx.writeFile(file);
}

describe("writeSummaryWorkbook", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let input: string;
  beforeEach(async () => {
    directory = await temporaryDirectory();
    input = join(directory.path, "镇巴.xlsx");
    await clerkWorkbook(input);
  });
  afterEach(() => directory.remove());

  it("never writes the input file, whatever path names it", async () => {
    const before = await readFile(input);
    const alias = join(directory.path, "alias.xlsx");
    await symlink(input, alias);
    const hard = join(directory.path, "hard.xlsx");
    await link(input, hard);
    for (const output of [input, join(directory.path, ".", "镇巴.xlsx"), alias, hard]) {
      const failure = writeSummaryWorkbook(input, output, july());
      await expect(failure).rejects.toBeInstanceOf(AssessError);
      await expect(failure).rejects.toMatchObject({ key: "outputIsInput" });
    }
    expect((await readFile(input)).equals(before)).toBe(true);
  });

  it("keeps the clerk's sheet named 7月进度通报 and writes the summary under another name", async () => {
    const before = await readFile(input);
    const output = join(directory.path, "out.xlsx");
    const result = await writeSummaryWorkbook(input, output, july(), { run: "2016-07" });
    expect(result.written).toEqual(["7月进度通报(2)", "7月排名"]);
    expect(result.renamed).toEqual([{ wanted: "7月进度通报", used: "7月进度通报(2)" }]);
    expect(result.replaced).toEqual([]);
    expect(result.notKept).toEqual([]);
    expect((await readFile(input)).equals(before)).toBe(true);

    const sheets = await readWorkbook(output);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名",
    ]);
    const own = sheets.find((sheet) => sheet.name === "7月进度通报")!;
    expect(own.values).toEqual([["我自己的通报，别动", null, null]]);
    expect(own.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheets[0].values).toEqual([
      ["主要指标", "口径", "考核任务"],
      ["地方财政收入", "绝对量", 13600],
    ]);
    expect(sheets[2].values[0][0]).toBe("镇巴县2016年7月市考指标进度通报");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.getWorksheet("分解表")!.getCell("C2").fill).toMatchObject({
      fgColor: { argb: "FFFFFF00" },
    });
    expect(workbook.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "年度目标", ranges: ["'分解表'!$C$2"] },
        { name: "assess.run.2016_07.bulletin", ranges: ["'7月进度通报(2)'!$A$1"] },
        { name: "assess.run.2016_07.ranking", ranges: ["'7月排名'!$A$1"] },
      ])
    );
    expect(ownedWorksheets(workbook).map((owned) => owned.sheet)).toEqual([
      "7月进度通报(2)",
      "7月排名",
    ]);
  });

  it("re-running replaces its own sheets for that month only, in place", async () => {
    const first = join(directory.path, "first.xlsx");
    await writeSummaryWorkbook(input, first, july(), { run: "2016-07" });
    const second = join(directory.path, "second.xlsx");
    await writeSummaryWorkbook(first, second, august(), { run: "2016-08" });
    const third = join(directory.path, "third.xlsx");
    const changed = july().map((spec) => ({ ...spec, subtitle: "第二次生成" }));
    const result = await writeSummaryWorkbook(second, third, changed, { run: "2016-07" });

    expect(result.replaced).toEqual(["7月进度通报(2)", "7月排名"]);
    expect(result.written).toEqual(["7月进度通报(2)", "7月排名"]);
    expect(result.renamed).toEqual([{ wanted: "7月进度通报", used: "7月进度通报(2)" }]);
    const sheets = await readWorkbook(third);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名",
      "8月进度通报",
      "8月排名",
    ]);
    expect(sheets[2].values[1][0]).toBe("第二次生成");
    expect(sheets[3].values[1][0]).toBe("第二次生成");
    expect(sheets[4].values[1][0]).toBe("数据截至2016年7月；时序进度58.3%；预警线5个百分点");
    expect(sheets[1].values).toEqual([["我自己的通报，别动", null, null]]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(third);
    expect(
      workbook.definedNames.model.filter((name) => name.name.startsWith("assess.run.")).length
    ).toBe(4);
  });

  it("drops Excel's sheet-scoped built-in names, which exceljs would make workbook-wide", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    workbook.definedNames.add("分解表!$A$1:$C$2", "_xlnm._FilterDatabase");
    const filtered = join(directory.path, "filtered.xlsx");
    await workbook.xlsx.writeFile(filtered);
    const output = join(directory.path, "out.xlsx");
    await writeSummaryWorkbook(filtered, output, july(), { run: "2016-07" });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(copy.definedNames.model.map((definedName) => definedName.name).sort()).toEqual([
      "assess.run.2016_07.bulletin",
      "assess.run.2016_07.ranking",
      "年度目标",
    ]);
  });

  it("takes the run from the titles when none is given", async () => {
    expect(runOfSpecs(july())).toBe("2016-07");
    expect(runOfSpecs([{ ...bulletinSpec("7月排名"), title: "排名" }])).toBe("07");
    expect(runOfSpecs([{ ...bulletinSpec("排名"), title: "排名" }])).toBe("summary");
    const output = join(directory.path, "out.xlsx");
    const result = await writeSummaryWorkbook(input, output, july());
    expect(result.run).toBe("2016-07");
  });

  it("fails with workbookUnreadable on a file that is not a workbook, and leaves no output", async () => {
    const bad = join(directory.path, "bad.xlsx");
    await writeFile(bad, "not a zip");
    const output = join(directory.path, "out.xlsx");
    await expect(writeSummaryWorkbook(bad, output, july())).rejects.toMatchObject({
      key: "workbookUnreadable",
    });
    await expect(readFile(output)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("fails with workbookUnwritable when the output folder does not exist", async () => {
    const output = join(directory.path, "missing", "out.xlsx");
    await expect(writeSummaryWorkbook(input, output, july())).rejects.toMatchObject({
      key: "workbookUnwritable",
    });
  });
});

describe("zipEntries", () => {
  it("lists the parts of an .xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表");
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(zipEntries(bytes)).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"])
    );
  });

  it("returns nothing for bytes that are not a zip", () => {
    expect(zipEntries(new TextEncoder().encode("not a zip"))).toEqual([]);
  });
});
