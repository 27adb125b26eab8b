import { spawnSync } from "child_process";
import { copyFile, mkdir } from "fs/promises";
import { join } from "path";
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
