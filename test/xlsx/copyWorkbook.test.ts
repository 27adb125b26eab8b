import ExcelJS from "exceljs";
import { link, readFile, symlink, writeFile } from "fs/promises";
import { join } from "path";
import { SheetSpec } from "../../src/engine/workbook/sheetSpec";
import { checkOutput } from "../../src/xlsx/checkOutput";
import { copyWorkbook, CopiedWorkbook } from "../../src/xlsx/copyWorkbook";
import { FileProblem } from "../../src/xlsx/fileProblem";
import { ownedWorksheets } from "../../src/xlsx/ownedWorksheets";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeFileAtomically } from "../../src/xlsx/writeFileAtomically";
import { zipDirectory } from "../../src/xlsx/zipDirectory";
import { bulletinSpec, temporaryDirectory } from "./sheetSpecFixture";

const august = (): SheetSpec[] => [
  bulletinSpec("8月进度通报", "bulletin", "镇巴县2016年8月市考指标进度通报"),
  bulletinSpec("8月排名", "ranking", "镇巴县2016年8月排名"),
];
const july = (): SheetSpec[] => [
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

/** What `assess summary --copy` does with the writers: the copy made, then written atomically. */
async function copyTo(
  input: string,
  output: string,
  sheets: readonly SheetSpec[],
  run: string
): Promise<CopiedWorkbook> {
  const copy = await copyWorkbook(await readFile(input), input, run, sheets);
  await writeFileAtomically(output, copy.bytes, { overwrite: false });
  return copy;
}

/** A workbook's sheet edited as a clerk would in Excel (loaded and saved by exceljs). */
async function edit(
  file: string,
  change: (workbook: ExcelJS.Workbook) => void,
  output: string
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook);
  await workbook.xlsx.writeFile(output);
}

describe("copyWorkbook (the marked copy)", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let input: string;
  beforeEach(async () => {
    directory = await temporaryDirectory();
    input = join(directory.path, "镇巴.xlsx");
    await clerkWorkbook(input);
  });
  afterEach(() => directory.remove());

  it("keeps the clerk's sheet named 7月进度通报 and writes the summary under another name", async () => {
    const before = await readFile(input);
    const output = join(directory.path, "out.xlsx");
    const result = await copyTo(input, output, july(), "2016-07");
    expect(result.written).toEqual(["7月进度通报(2)", "7月排名"]);
    expect(result.renamed).toEqual([{ wanted: "7月进度通报", used: "7月进度通报(2)" }]);
    expect(result.replaced).toEqual([]);
    expect(result.kept).toEqual([]);
    expect((await readFile(input)).equals(before)).toBe(true);

    const sheets = await readWorkbook(output);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名",
    ]);
    const own = sheets.find((sheet) => sheet.name === "7月进度通报")!;
    expect(own.values).toEqual([["我自己的通报，别动"]]);
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

  it("re-running replaces its own untouched sheets for that month only, in place", async () => {
    const first = join(directory.path, "first.xlsx");
    await copyTo(input, first, july(), "2016-07");
    const second = join(directory.path, "second.xlsx");
    await copyTo(first, second, august(), "2016-08");
    const third = join(directory.path, "third.xlsx");
    const changed = july().map((spec) => ({ ...spec, subtitle: "第二次生成" }));
    const result = await copyTo(second, third, changed, "2016-07");

    expect(result.replaced).toEqual(["7月进度通报(2)", "7月排名"]);
    expect(result.written).toEqual(["7月进度通报(2)", "7月排名"]);
    expect(result.kept).toEqual([]);
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
    expect(sheets[1].values).toEqual([["我自己的通报，别动"]]);
  });

  it("keeps a summary sheet the clerk renamed (7月排名（定稿）) and says so", async () => {
    const first = join(directory.path, "first.xlsx");
    await copyTo(input, first, july(), "2016-07");
    const renamed = join(directory.path, "renamed.xlsx");
    await edit(
      first,
      (workbook) => {
        // As Excel renames a sheet: the names that refer to it follow.
        workbook.getWorksheet("7月排名")!.name = "7月排名（定稿）";
        workbook.definedNames.model = workbook.definedNames.model.map((definedName) => ({
          ...definedName,
          ranges: definedName.ranges.map((range) =>
            range.replace(/^'?7月排名'?!/, "'7月排名（定稿）'!")
          ),
        }));
      },
      renamed
    );
    const again = join(directory.path, "again.xlsx");
    const result = await copyTo(renamed, again, july(), "2016-07");
    expect(result.kept).toEqual([
      { sheet: "7月排名（定稿）", renamed: true, edited: false, unverifiable: false },
    ]);
    expect(result.replaced).toEqual(["7月进度通报(2)"]);
    const names = (await readWorkbook(again)).map((sheet) => sheet.name);
    expect(names).toEqual([
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名（定稿）",
      "7月排名",
    ]);
  });

  it("keeps a summary sheet the clerk edited, exactly as edited, and says so", async () => {
    const first = join(directory.path, "first.xlsx");
    await copyTo(input, first, july(), "2016-07");
    const edited = join(directory.path, "edited.xlsx");
    await edit(
      first,
      (workbook) => {
        workbook.getWorksheet("7月排名")!.getCell("A4").value = "手改：地方财政收入";
      },
      edited
    );
    const again = join(directory.path, "again.xlsx");
    const result = await copyTo(edited, again, july(), "2016-07");
    expect(result.kept).toEqual([
      { sheet: "7月排名", renamed: false, edited: true, unverifiable: false },
    ]);
    const sheets = await readWorkbook(again);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名",
      "7月排名(2)",
    ]);
    expect(sheets[3].values[3][0]).toBe("手改：地方财政收入");
    expect(sheets[4].values[3][0]).toBe("地方财政收入（绝对量）");
  });

  it("drops Excel's sheet-scoped built-in names, which exceljs would make workbook-wide", async () => {
    const filtered = join(directory.path, "filtered.xlsx");
    await edit(
      input,
      (workbook) => workbook.definedNames.add("分解表!$A$1:$C$2", "_xlnm._FilterDatabase"),
      filtered
    );
    const output = join(directory.path, "out.xlsx");
    await copyTo(filtered, output, july(), "2016-07");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(
      copy.definedNames.model
        .map((definedName) => definedName.name)
        .filter((name) => !name.startsWith("assess.fp."))
        .sort()
    ).toEqual(["assess.run.2016_07.bulletin", "assess.run.2016_07.ranking", "年度目标"]);
    expect(
      copy.definedNames.model.filter((definedName) => definedName.name.startsWith("assess.fp."))
    ).toHaveLength(2);
  });

  it("fails with copyImpossible on bytes exceljs cannot load", async () => {
    const failure = copyWorkbook(Buffer.from("not a zip"), "bad.xlsx", "2016-07", july());
    await expect(failure).rejects.toBeInstanceOf(FileProblem);
    await expect(failure).rejects.toMatchObject({
      code: "copyImpossible",
      params: { file: "bad.xlsx" },
    });
  });
});

describe("checkOutput", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let input: string;
  beforeEach(async () => {
    directory = await temporaryDirectory();
    input = join(directory.path, "镇巴.xlsx");
    await clerkWorkbook(input);
  });
  afterEach(() => directory.remove());

  it("refuses the input as the output, whatever path names it, even with force", async () => {
    const alias = join(directory.path, "alias.xlsx");
    await symlink(input, alias);
    const hard = join(directory.path, "hard.xlsx");
    await link(input, hard);
    for (const output of [input, join(directory.path, ".", "镇巴.xlsx"), alias, hard]) {
      await expect(checkOutput(output, { input, force: true })).rejects.toMatchObject({
        code: "outputIsInput",
      });
    }
  });

  it("refuses an existing output without force, and takes it with force", async () => {
    const output = join(directory.path, "last-month.xlsx");
    await writeFile(output, "上月手改过的通报");
    await expect(checkOutput(output, { input, force: false })).rejects.toMatchObject({
      code: "outputExists",
      params: { file: output },
    });
    await expect(checkOutput(output, { input, force: true })).resolves.toBeUndefined();
  });

  it.each<[string, (folder: string) => string, string]>([
    ["a missing folder", (folder) => join(folder, "missing", "out.xlsx"), "outputFolderMissing"],
    ["a folder as the output", (folder) => folder, "outputIsFolder"],
  ])("refuses %s", async (_label, outputOf, code) => {
    await expect(
      checkOutput(outputOf(directory.path), { input, force: false })
    ).rejects.toMatchObject({ code });
  });
});

describe("zipDirectory", () => {
  it("lists the parts of an .xlsx with their sizes", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表");
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const entries = zipDirectory(bytes, "表.xlsx");
    expect(entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"])
    );
    const sheet = entries.find((entry) => entry.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.unpackedBytes).toBeGreaterThan(sheet.packedBytes);
    expect(sheet.method).toBe(8);
    expect(entries.some((entry) => entry.encrypted)).toBe(false);
  });

  it("throws damagedZip for bytes without a zip directory", () => {
    expect(() => zipDirectory(new TextEncoder().encode("not a zip"), "x.xlsx")).toThrow(
      expect.objectContaining({
        code: "damagedZip",
        params: expect.objectContaining({ file: "x.xlsx" }),
      })
    );
  });
});
