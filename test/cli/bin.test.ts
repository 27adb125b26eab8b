import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { copyFile, mkdir, readdir } from "fs/promises";
import { join } from "path";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { collectingIo, repositoryRoot, samplePath, temporaryDirectory } from "./cliFixture";

/** Runs bin/assess.js as the clerk would, in a child process. */
function assess(args: readonly string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(process.execPath, [join(repositoryRoot, "bin", "assess.js"), ...args], {
    cwd: repositoryRoot,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/assess.js (the compiled CLI in dist-cli/)", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    directory = await temporaryDirectory();
  });
  afterAll(() => directory.remove());

  it("exits 0 and prints the JSON", () => {
    const result = assess([
      "summary",
      samplePath("zhenba-2016.xlsx"),
      "--month",
      "7",
      "--json",
      "--out",
      join(directory.path, "out.xlsx"),
    ]);
    expect(result.stderr).not.toContain("Internal error");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(
      json.indicators.find(
        (indicator: { name: string; measure: string }) =>
          indicator.name === "地方财政收入" && indicator.measure === "绝对量"
      ).paceTarget
    ).toBe(7700);
  });

  it("exits 1 when the input cannot be read", () => {
    const result = assess(["summary", join(directory.path, "missing.xlsx"), "--month", "7"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `未能生成通报：找不到输入文件“${join(directory.path, "missing.xlsx")}”：请检查文件名和所在文件夹\n`
    );
  });

  it("exits 2 with one line saying what is wrong and how to get the help", () => {
    const result = assess(["summary", "x.xlsx", "--month", "13"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "错误：月份“13”无效，应为1至12之间的整数。运行 assess help 查看用法\n"
    );
    expect(result.stdout).toBe("");
  });

  it("forms then collect: the month's forms out, a filled one back into a copy of the ledger", async () => {
    const ledger = samplePath("zhenba-2016.xlsx");
    const forms = join(directory.path, "报送表");
    const made = assess(["forms", ledger, "--month", "8", "--out", forms]);
    expect([made.status, made.stderr]).toEqual([0, ""]);
    expect(made.stdout.split("\n")[0]).toBe("已生成9份报送表（8月，报送截止2016年9月15日）：");
    expect(await readdir(forms)).toHaveLength(9);
    const again = assess(["forms", ledger, "--month", "8", "--out", forms]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("以下报送表已存在，未生成任何文件（确认覆盖请加 --force）");

    // 县财政局 fills in its form late, with a figure that differs from the ledger's 8235.
    const returned = join(forms, "报送表-县财政局-8月.xlsx");
    const form = new ExcelJS.Workbook();
    await form.xlsx.readFile(returned);
    const sheet = form.getWorksheet("8月报送表")!;
    sheet.eachRow((row, number) => {
      if (
        number >= 5 &&
        row.getCell(2).value === "地方财政收入" &&
        row.getCell(3).value === "绝对量"
      ) {
        row.getCell(7).value = 8300;
      }
    });
    sheet.getCell("G2").value = new Date(Date.UTC(2016, 8, 18));
    await form.xlsx.writeFile(returned);

    const conflict =
      "报送表-县财政局-8月.xlsx：月度完成!E7：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）";
    const dry = assess(["collect", ledger, returned, "--month", "8", "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`试运行（未写入任何文件）：${ledger} 将有如下改动：`);
    expect(dry.stdout).toContain("登记县财政局8月报送日期2016-09-18（报送表填报日期）");
    expect(dry.stderr).toContain(conflict);

    const out = join(directory.path, "镇巴.08月汇总.xlsx");
    const collected = assess(["collect", ledger, returned, "--month", "8", "--out", out]);
    expect(collected.stderr).toContain(conflict);
    expect(collected.status).toBe(0);
    expect(collected.stdout).toContain(
      `已汇总1份报送表：写入报送数0项，登记报送1个单位，未覆盖的冲突1项；输出：${out}`
    );
    const register = (await readWorkbook(out)).find((found) => found.name === "报送登记")!;
    expect(register.values).toContainEqual(["县财政局", 8, "2016-09-18"]);

    // --force replaces figures, never the output file.
    const twice = assess(["collect", ledger, returned, "--month", "8", "--out", out, "--force"]);
    expect([twice.status, twice.stderr]).toEqual([
      1,
      `输出文件“${out}”已存在，未写入；请用 --out 另选文件名\n`,
    ]);
  });

  it("loads no TypeScript: it runs dist-cli/cli/main.js", () => {
    const result = spawnSync(
      process.execPath,
      [
        "-e",
        "process.argv = [process.argv[0], 'assess', 'help'];" +
          "process.on('exit', () => process.stderr.write('\\nloaded:' + JSON.stringify(Object.keys(require.cache))));" +
          `require(${JSON.stringify(join(repositoryRoot, "bin", "assess.js"))});`,
      ],
      { cwd: repositoryRoot, encoding: "utf8", timeout: 60_000 }
    );
    expect(result.stdout).toContain("用法：");
    const loaded: string[] = JSON.parse(result.stderr.split("\nloaded:")[1]);
    expect(loaded).toContain(join(repositoryRoot, "dist-cli", "cli", "main.js"));
    expect(loaded.filter((file) => /[\\/]typescript[\\/]|\.ts$/.test(file))).toEqual([]);
    // help loads neither the engine nor exceljs nor the xlsx adapter
    expect(loaded.filter((file) => /exceljs|[\\/](xlsx|engine)[\\/]/.test(file))).toEqual([]);
  });

  it("has the same help as in-process", async () => {
    const io = collectingIo();
    const { run } = await import("../../src/cli/main");
    await run(["help"], io);
    expect(assess(["--help"]).stdout).toBe(io.out());
  });

  it("says how to build the CLI when dist-cli/ is missing", async () => {
    const bare = join(directory.path, "bare");
    await mkdir(join(bare, "bin"), { recursive: true });
    await copyFile(join(repositoryRoot, "bin", "assess.js"), join(bare, "bin", "assess.js"));
    const result = spawnSync(process.execPath, [join(bare, "bin", "assess.js"), "help"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "错误：命令行尚未编译（缺少 dist-cli/），请在项目文件夹运行 npm run build:cli（或 npm ci）\n" +
        "Error: the CLI is not built (dist-cli/ is missing): run npm run build:cli (or npm ci) in the project folder\n"
    );
  });

  it("prepare skips the build with a message, and without failing, where TypeScript is not installed", async () => {
    const bare = join(directory.path, "omit-dev");
    await mkdir(join(bare, "scripts"), { recursive: true });
    await copyFile(
      join(repositoryRoot, "scripts", "build-cli.js"),
      join(bare, "scripts", "build-cli.js")
    );
    const result = spawnSync(process.execPath, [join(bare, "scripts", "build-cli.js")], {
      cwd: bare,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, NODE_PATH: "" },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("未安装 typescript（开发依赖），跳过命令行的编译");
    expect(result.stdout).toContain("TypeScript (a dev dependency) is not installed");
  });
});
