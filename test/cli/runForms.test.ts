import ExcelJS from "exceljs";
import { readFile, readdir, writeFile } from "fs/promises";
import { join } from "path";
import { runForms } from "../../src/cli/runForms";
import { readReturn } from "../../src/engine/returns/readReturn";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { collectingIo, samplePath, temporaryDirectory } from "./cliFixture";

const UNITS = [
  "县统计局",
  "县财政局",
  "县发改局",
  "县经合局",
  "县经贸局",
  "县科技局",
  "县住建局",
  "县文广局",
  "县环保局",
];

describe("assess forms (runForms)", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("writes one form per lead unit of the 镇巴 sample, each recognised as its unit's", async () => {
    const io = collectingIo();
    const code = await runForms(
      { input: samplePath("zhenba-2016.xlsx"), month: 8, out: directory.path, force: false },
      io
    );
    expect([code, io.err()]).toEqual([0, ""]);
    const names = UNITS.map((unit) => `报送表-${unit}-8月.xlsx`);
    expect((await readdir(directory.path)).sort()).toEqual([...names].sort());
    expect(io.out().split("\n")[0]).toBe("已生成9份报送表（8月，报送截止2016年9月15日）：");
    expect(io.out()).toContain(`  县财政局（2项指标）：${join(directory.path, names[1])}`);
    for (const [position, unit] of UNITS.entries()) {
      const read = readReturn(await readWorkbook(join(directory.path, names[position])));
      expect([read.identity?.unit, read.identity?.month, read.identity?.year, read.intact]).toEqual(
        [unit, 8, 2016, true]
      );
    }
  });

  it("never overwrites a form without --force, and writes none then", async () => {
    const kept = join(directory.path, "报送表-县财政局-8月.xlsx");
    await writeFile(kept, "the unit's filled-in form");
    const io = collectingIo();
    const options = { input: samplePath("zhenba-2016.xlsx"), month: 8, out: directory.path };
    expect(await runForms({ ...options, force: false }, io)).toBe(1);
    expect(io.err()).toBe(
      "以下报送表已存在，未生成任何文件（确认覆盖请加 --force）：报送表-县财政局-8月.xlsx\n"
    );
    expect(await readdir(directory.path)).toEqual(["报送表-县财政局-8月.xlsx"]);
    expect(await readFile(kept, "utf8")).toBe("the unit's filled-in form");

    expect(await runForms({ ...options, force: true }, collectingIo())).toBe(0);
    expect((await readdir(directory.path)).length).toBe(9);
    expect(readReturn(await readWorkbook(kept)).identity?.unit).toBe("县财政局");
  });

  it("speaks English (--lang en-US)", async () => {
    const io = collectingIo();
    const options = { input: samplePath("zhenba-2016.xlsx"), month: 8, out: directory.path };
    expect(await runForms({ ...options, force: false }, io, "en-US")).toBe(0);
    expect(io.out().split("\n")[0]).toBe("9 return forms written (month 8, due 2016-09-15):");
    const again = collectingIo();
    expect(await runForms({ ...options, force: false }, again, "en-US")).toBe(1);
    expect(again.err()).toMatch(
      /^These forms already exist; nothing was written \(add --force to overwrite\): 报送表-/
    );
  });

  it("stops on a workbook without a table", async () => {
    const notes = new ExcelJS.Workbook();
    notes.addWorksheet("备忘").getCell("A1").value = "下月开会";
    const input = join(directory.path, "备忘.xlsx");
    await notes.xlsx.writeFile(input);
    const io = collectingIo();
    const out = join(directory.path, "forms");
    expect(await runForms({ input, month: 8, out, force: false }, io)).toBe(1);
    expect(io.err()).toContain("未能读取台账：工作簿中没有找到任务分解表");
    expect(await readdir(directory.path)).toEqual(["备忘.xlsx"]);
  });
});
