import { open, readdir, readFile, writeFile } from "fs/promises";
import { join } from "path";
import { problemMessage } from "../../src/cli/problemText";
import { FileProblem } from "../../src/xlsx/fileProblem";
import {
  removeStaleTemporaries,
  WriteCalls,
  writeFileAtomically,
} from "../../src/xlsx/writeFileAtomically";
import { temporaryDirectory } from "./sheetSpecFixture";

/** A system error as Node gives it. */
function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real calls, recording what they do; `fail` makes one step fail with a system error. */
function recordingCalls(
  steps: string[],
  fail?: { step: "write" | "open" | "rename" | "link"; code: string }
): WriteCalls {
  const failing = (step: string): void => {
    if (fail?.step === step) {
      throw systemError(fail.code);
    }
  };
  return {
    open: (async (path: string, flags: string, mode: number) => {
      failing("open");
      const handle = await open(path, flags, mode);
      return {
        writeFile: async (bytes: Uint8Array) => {
          steps.push("write");
          failing("write");
          await handle.writeFile(bytes);
        },
        sync: async () => {
          steps.push("sync");
          await handle.sync();
        },
        close: async () => {
          steps.push("close");
          await handle.close();
        },
      };
    }) as unknown as WriteCalls["open"],
    link: (async (from: string, to: string) => {
      steps.push("link");
      failing("link");
      const { link } = await import("fs/promises");
      await link(from, to);
    }) as WriteCalls["link"],
    rename: (async (from: string, to: string) => {
      steps.push("rename");
      failing("rename");
      const { rename } = await import("fs/promises");
      await rename(from, to);
    }) as WriteCalls["rename"],
  };
}

describe("writeFileAtomically", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("writes, flushes to disk (fsync) and only then gives the file its name", async () => {
    const steps: string[] = [];
    const output = join(directory.path, "通报.xlsx");
    await writeFileAtomically(
      output,
      Buffer.from("新"),
      { overwrite: false },
      recordingCalls(steps)
    );
    expect(steps).toEqual(["write", "sync", "close", "link"]);
    expect(await readFile(output, "utf8")).toBe("新");
    expect(await readdir(directory.path)).toEqual(["通报.xlsx"]);

    const replacing: string[] = [];
    await writeFileAtomically(
      output,
      Buffer.from("再"),
      { overwrite: true },
      recordingCalls(replacing)
    );
    expect(replacing).toEqual(["write", "sync", "close", "rename"]);
    expect(await readFile(output, "utf8")).toBe("再");
  });

  it("never replaces a file that appeared meanwhile without overwrite", async () => {
    const output = join(directory.path, "通报.xlsx");
    await writeFile(output, "别人刚写的");
    await expect(
      writeFileAtomically(output, Buffer.from("新"), { overwrite: false })
    ).rejects.toMatchObject({ code: "outputExists" });
    expect(await readFile(output, "utf8")).toBe("别人刚写的");
    expect(await readdir(directory.path)).toEqual(["通报.xlsx"]);
  });

  it.each<[string, "write" | "open" | "link", string, string, string]>([
    [
      "a full disk (ENOSPC)",
      "write",
      "ENOSPC",
      "diskFull",
      "磁盘空间不足，无法写入“{file}”（未留下不完整的文件）：请在“{folder}”所在的磁盘腾出空间，或把输出写到别处",
    ],
    [
      "no permission (EACCES)",
      "open",
      "EACCES",
      "outputNotWritable",
      "没有权限写入“{file}”（或它正在 Excel 中打开）：请关闭该文件、检查“{folder}”的权限，或另选输出位置",
    ],
    ["a read-only file system (EROFS)", "link", "EROFS", "readOnlyFileSystem", ""],
  ])(
    "fails on %s with a clear message and removes its temporary file",
    async (_label, step, code, problemCode, zh) => {
      const output = join(directory.path, "通报.xlsx");
      const failure = writeFileAtomically(
        output,
        Buffer.from("新"),
        { overwrite: false },
        recordingCalls([], { step, code })
      );
      await expect(failure).rejects.toBeInstanceOf(FileProblem);
      const problem = (await failure.catch((error: unknown) => error)) as FileProblem;
      expect(problem.code).toBe(problemCode);
      expect(problem.params.file).toBe(output);
      if (zh !== "") {
        expect(problemMessage("zh-CN", problem.code, problem.params)).toBe(
          zh.replace("{file}", output).replace("{folder}", directory.path)
        );
      }
      const en = problemMessage("en-US", problem.code, problem.params);
      expect(en).toContain(output);
      expect(en).not.toContain(code);
      expect(await readdir(directory.path)).toEqual([]);
    }
  );

  it("names the missing folder when the output's folder does not exist", async () => {
    const folder = join(directory.path, "没有这个文件夹");
    const failure = writeFileAtomically(join(folder, "通报.xlsx"), Buffer.from("新"), {
      overwrite: false,
    });
    await expect(failure).rejects.toMatchObject({
      code: "outputFolderMissing",
      params: { folder },
    });
    const problem = (await failure.catch((error: unknown) => error)) as FileProblem;
    expect(problemMessage("en-US", problem.code, problem.params)).toBe(
      `The output folder "${folder}" does not exist: make it first, or choose another place for the output`
    );
  });

  it("removes the temporary files a killed writer left, and only those", async () => {
    const output = join(directory.path, "通报.xlsx");
    const dead = join(directory.path, ".通报.xlsx.assess-999999999-0a1b2c3d4e5f.tmp");
    const alive = join(directory.path, `.通报.xlsx.assess-${process.pid}-0a1b2c3d4e5f.tmp`);
    await writeFile(dead, "");
    await writeFile(alive, "");
    expect(await removeStaleTemporaries(output)).toEqual([dead]);
    expect(await readdir(directory.path)).toEqual([
      `.通报.xlsx.assess-${process.pid}-0a1b2c3d4e5f.tmp`,
    ]);
  });
});
