import { mkdir, writeFile } from "fs/promises";
import { join } from "path";
import { run } from "../../src/cli/main";
import { isBatchWorkbook } from "../../src/cli/runBatch";
import { collectingIo, copySample, temporaryDirectory } from "./cliFixture";

describe("assess summary over many workbooks", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("runs a folder's workbooks in one process; a bad one does not stop the others", async () => {
    await copySample("zhenba-2016.xlsx", directory.path, "a.xlsx");
    await copySample("zhenba-2016.xlsx", directory.path, "a.07月通报.xlsx");
    await writeFile(join(directory.path, "bad.xlsx"), "not a workbook");
    await copySample("zhenba-2016.xlsx", directory.path, "c.xlsx");
    const out = join(directory.path, "通报");
    const io = collectingIo();
    const code = await run(["summary", directory.path, "--month", "7", "--out", out], io);
    expect(code).toBe(1);
    const progress = io
      .err()
      .split("\n")
      .filter((line) => line.startsWith("["));
    expect(progress).toEqual([
      "[1/3] a.xlsx",
      "[1/3] a.xlsx：完成",
      "[2/3] bad.xlsx",
      "[2/3] bad.xlsx：失败（见上），继续下一个",
      "[3/3] c.xlsx",
      "[3/3] c.xlsx：完成",
    ]);
    expect(io.err()).toContain("共3个工作簿，1个失败：bad.xlsx\n");
    const table = io.out().split("\n").slice(-5);
    expect(table).toEqual([
      "县区\t指标\t正常\t滞后\t严重滞后\t未报送\t未判定\t结果",
      "镇巴县\t27\t15\t7\t4\t1\t0\t完成",
      "bad\t\t\t\t\t\t\t失败",
      "镇巴县\t27\t15\t7\t4\t1\t0\t完成",
      "",
    ]);
    expect(io.out()).toContain(`已生成通报工作簿：${join(out, "a.07月通报.xlsx")}\n`);
    expect(io.out()).toContain(`已生成通报工作簿：${join(out, "c.07月通报.xlsx")}\n`);
  });

  it("takes several files, in English, and exits 0 when all are done", async () => {
    const a = await copySample("zhenba-2016.xlsx", directory.path, "a.xlsx");
    const b = await copySample("zhenba-2016.xlsx", directory.path, "b.xlsx");
    const io = collectingIo();
    const code = await run(["summary", a, b, "--month", "7", "--lang", "en-US"], io);
    expect(code).toBe(0);
    expect(io.out().split("\n").slice(-5)).toEqual([
      "County\tIndicators\tOn pace\tLagging\tSerious\tNot reported\tUnjudged\tResult",
      "镇巴县\t27\t15\t7\t4\t1\t0\tdone",
      "镇巴县\t27\t15\t7\t4\t1\t0\tdone",
      "2 workbooks, all done",
      "",
    ]);
  });

  it("refuses an --out that is a file, and a folder without workbooks", async () => {
    const a = await copySample("zhenba-2016.xlsx", directory.path, "a.xlsx");
    const file = join(directory.path, "out");
    await writeFile(file, "");
    const io = collectingIo();
    expect(await run(["summary", a, a, "--month", "7", "--out", file], io)).toBe(1);
    expect(io.err()).toBe(`多个工作簿时 --out 应为文件夹，而“${file}”是文件：请另给一个文件夹\n`);
    const empty = join(directory.path, "empty");
    const none = collectingIo();
    await mkdir(empty);
    expect(await run(["summary", empty, "--month", "7"], none)).toBe(1);
    expect(none.err()).toBe(
      `未找到要汇总的工作簿：${empty}（文件夹中只取 .xlsx 文件，本工具生成的通报等除外）\n`
    );
  });

  it("refuses --json and --county for a folder", async () => {
    await copySample("zhenba-2016.xlsx", directory.path, "a.xlsx");
    const io = collectingIo();
    expect(await run(["summary", directory.path, "--month", "7", "--county", "镇巴县"], io)).toBe(
      2
    );
    expect(await run(["summary", directory.path, "--month", "7", "--json"], io)).toBe(2);
    expect(io.err()).toBe(
      "错误：多个工作簿时不能用 --county：各县名称从各自表格的标题读取。运行 assess help 查看用法\n" +
        "错误：多个工作簿时不能用 --json（每个工作簿单独运行时可用）。运行 assess help 查看用法\n"
    );
  });

  it.each([
    ["镇巴县.xlsx", true],
    ["镇巴县.07月通报.xlsx", false],
    ["镇巴县.带07月通报(2).xlsx", false],
    ["镇巴县.年度考核.xlsx", false],
    ["台账.08月汇总.xlsx", false],
    ["报送表-发改局-8月.xlsx", false],
    ["全市排名.xlsx", false],
    ["~$镇巴县.xlsx", false],
    ["说明.docx", false],
  ])("a folder's %s is taken: %s", (name, taken) => {
    expect(isBatchWorkbook(name)).toBe(taken);
  });
});
