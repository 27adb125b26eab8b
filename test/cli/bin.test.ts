import { spawnSync } from "child_process";
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

describe("bin/assess.js (no build step)", () => {
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
    expect(result.stderr).toContain("未能生成通报：无法读取工作簿");
  });

  it("exits 2 with the usage on bad usage", () => {
    const result = assess(["summary", "x.xlsx", "--month", "13"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("用法：");
    expect(result.stderr).toContain("Usage:");
    expect(result.stdout).toBe("");
  });

  it("has the same help as in-process", async () => {
    const io = collectingIo();
    const { run } = await import("../../src/cli/main");
    await run(["help"], io);
    expect(assess(["--help"]).stdout).toBe(io.out());
  });
});
