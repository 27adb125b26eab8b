import ExcelJS from "exceljs";
import { access, readFile, utimes } from "fs/promises";
import { join } from "path";
import { runCollect } from "../../src/cli/runCollect";
import { runForms } from "../../src/cli/runForms";
import { GridSheet } from "../../src/engine/kernel/grid";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { actualsOf, FILLED } from "../engine/returns/returnsFixture";
import { collectingIo, samplePath, temporaryDirectory } from "./cliFixture";

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  );
}

describe("assess collect (runCollect) on the 镇巴 sample", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let ledger: string;
  let returns: string[];
  let original: GridSheet[];

  beforeAll(async () => {
    directory = await temporaryDirectory();
    original = await readWorkbook(samplePath("zhenba-2016.xlsx"));
    // The clerk's ledger: August not yet entered, but for 地方财政收入's 8235 (月度完成!E7).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath("zhenba-2016.xlsx"));
    for (let row = 5; row <= 31; row++) {
      if (row !== 7) {
        workbook.getWorksheet("月度完成")!.getCell(`E${row}`).value = null;
      }
    }
    ledger = join(directory.path, "镇巴台账.xlsx");
    await workbook.xlsx.writeFile(ledger);

    const forms = join(directory.path, "forms");
    expect(
      await runForms({ input: ledger, month: 8, out: forms, force: false }, collectingIo())
    ).toBe(0);
    const august = actualsOf(original, 8);
    returns = [];
    for (const unit of Object.keys(FILLED)) {
      // Each unit fills in its form in Excel: the figures it reports, and the date.
      const file = join(forms, `报送表-${unit}-8月.xlsx`);
      const form = new ExcelJS.Workbook();
      await form.xlsx.readFile(file);
      const sheet = form.getWorksheet("8月报送表")!;
      sheet.eachRow((row, number) => {
        if (number < 5) return;
        const key = `${String(row.getCell(2).value)}|${String(row.getCell(3).value)}`;
        row.getCell(7).value =
          unit === "县财政局" && key === "地方财政收入|绝对量" ? 8300 : (august.get(key) ?? null);
      });
      sheet.getCell("G2").value = FILLED[unit];
      await form.xlsx.writeFile(file);
      await utimes(file, new Date(2016, 8, 14, 12), new Date(2016, 8, 14, 12)); // saved on the 14th
      returns.push(file);
    }
  });
  afterAll(() => directory.remove());

  it("shows in a dry run what would change, and writes nothing", async () => {
    const io = collectingIo();
    const out = join(directory.path, "dry.xlsx");
    expect(
      await runCollect({ input: ledger, returns, month: 8, dryRun: true, force: false, out }, io)
    ).toBe(0);
    expect(await exists(out)).toBe(false);
    const lines = io.out().split("\n");
    expect(lines[0]).toBe(`试运行（未写入任何文件）：${ledger} 将有如下改动：`);
    expect(lines).toContain(
      "  月度完成!E11：写入县经合局报送的“招商引资(引进市外资金)”（绝对量）8月累计9.31"
    );
    expect(lines).toContain("  报送登记!C29：登记县经合局8月报送日期2016-09-18（报送表填报日期）");
    expect(lines).toContain("  报送登记!C27：登记县住建局8月报送日期2016-09-14（文件修改日期）");
    expect(lines.filter((line) => line.startsWith("  月度完成!"))).toHaveLength(26);
    expect(io.err()).toBe(
      "报送表-县财政局-8月.xlsx：月度完成!E7：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）\n" +
        "检查发现：错误1个、提示0个（见上）\n"
    );
  });

  it("collects the month: figures, 报送登记 rows and the late list exactly, the conflict not applied", async () => {
    const io = collectingIo();
    const out = join(directory.path, "汇总.xlsx");
    const before = await readFile(ledger);
    expect(
      await runCollect({ input: ledger, returns, month: 8, dryRun: false, force: false, out }, io)
    ).toBe(0);
    expect(io.out()).toContain(
      `已汇总9份报送表：写入报送数26项，登记报送9个单位，未覆盖的冲突1项；输出：${out}`
    );
    expect((await readFile(ledger)).equals(before)).toBe(true);

    const result = await readWorkbook(out);
    expect(actualsOf(result, 8)).toEqual(actualsOf(original, 8)); // E7 kept at 8235, not 8300
    expect(actualsOf(result, 8).get("地方财政收入|绝对量")).toBe(8235);
    const register = result.find((sheet) => sheet.name === "报送登记")!;
    expect(register.values.slice(20)).toEqual([
      ["县统计局", 8, "2016-09-08"],
      ["县经贸局", 8, "2016-09-09"],
      ["县科技局", 8, "2016-09-10"],
      ["县环保局", 8, "2016-09-11"],
      ["县发改局", 8, "2016-09-12"],
      ["县财政局", 8, "2016-09-13"],
      ["县住建局", 8, "2016-09-14"],
      ["县文广局", 8, "2016-09-15"],
      ["县经合局", 8, "2016-09-18"],
    ]);
    expect(register.values.slice(0, 20)).toEqual(
      original.find((sheet) => sheet.name === "报送登记")!.values
    );

    const summary = buildMonthlySummary(result, { month: 8 });
    expect(summary.late).toEqual([
      { unit: "县经合局", month: 8, dueDate: "2016-09-15", reportedOn: "2016-09-18", daysLate: 3 },
    ]);
  });

  it("never replaces an existing output, nor the ledger", async () => {
    const io = collectingIo();
    expect(
      await runCollect(
        { input: ledger, returns, month: 8, dryRun: false, force: false, out: ledger },
        io
      )
    ).toBe(1);
    expect(io.err()).toContain("就是台账本身");
    const again = collectingIo();
    const out = join(directory.path, "汇总.xlsx");
    expect(
      await runCollect(
        { input: ledger, returns, month: 8, dryRun: false, force: false, out },
        again
      )
    ).toBe(1);
    expect(again.err()).toBe(`输出文件“${out}”已存在，未写入；请用 --out 另选文件名\n`);
  });

  it("with --force, overwrites the conflicting figure", async () => {
    const out = join(directory.path, "强制.xlsx");
    const io = collectingIo();
    expect(
      await runCollect({ input: ledger, returns, month: 8, dryRun: false, force: true, out }, io)
    ).toBe(0);
    expect(io.err()).toContain("已按强制覆盖改为县财政局报送的8300");
    expect(actualsOf(await readWorkbook(out), 8).get("地方财政收入|绝对量")).toBe(8300);
  });

  it("says first, in the words of summary --copy, what the copy of the ledger cannot keep", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ledger);
    workbook.getWorksheet("分解表")!.getRow(10).addPageBreak();
    const broken = join(directory.path, "分页台账.xlsx");
    await workbook.xlsx.writeFile(broken);
    const io = collectingIo();
    const out = join(directory.path, "分页汇总.xlsx");
    expect(
      await runCollect(
        { input: broken, returns: [returns[3]], month: 8, dryRun: false, force: false, out },
        io
      )
    ).toBe(0);
    expect(io.err()).toBe(
      "注意：输出的台账副本无法保留原台账中的以下内容（原台账不会改动，可在原台账中查看）：\n" +
        "  工作表“分解表”：手动分页符 1 个\n"
    );
    expect(await exists(out)).toBe(true);
  });

  it("speaks English (--lang en-US)", async () => {
    const io = collectingIo();
    const out = join(directory.path, "汇总.xlsx"); // written by an earlier test
    expect(
      await runCollect(
        { input: ledger, returns, month: 8, dryRun: false, force: false, out },
        io,
        "en-US"
      )
    ).toBe(1);
    expect(io.err()).toBe(
      `The output "${out}" already exists; nothing written — choose another name with --out\n`
    );
  });

  it("skips a return it cannot read and collects the others", async () => {
    const io = collectingIo();
    const out = join(directory.path, "部分.xlsx");
    const missing = join(directory.path, "不存在.xlsx");
    expect(
      await runCollect(
        {
          input: ledger,
          returns: [missing, returns[3]],
          month: 8,
          dryRun: false,
          force: false,
          out,
        },
        io
      )
    ).toBe(0);
    expect(io.err()).toContain(`${missing}：无法读取，已跳过：`);
    expect(io.out()).toContain("已汇总1份报送表：写入报送数1项，登记报送1个单位，未覆盖的冲突0项");
  });
});
