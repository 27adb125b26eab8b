import { spawnSync } from "child_process";
import { existsSync, statSync } from "fs";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { collectingIo, samplePath, temporaryDirectory } from "./cliFixture";

/** LibreOffice's command, or null when it is not installed. */
function sofficePath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : null;
}

describe("the output workbook in LibreOffice", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it.each([["zhenba-2016.xlsx"], ["county-rules.xlsx"]])(
    "opens the summary of %s and prints it to PDF",
    async (sample) => {
      const soffice = sofficePath();
      if (soffice === null) {
        throw new Error(
          "LibreOffice (soffice) is not installed: install the Debian package libreoffice-calc-nogui " +
            "(apt-get install --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk) to run this test"
        );
      }
      const output = join(directory.path, "通报.xlsx");
      const io = collectingIo();
      expect(await run(["summary", samplePath(sample), "--month", "7", "--out", output], io)).toBe(
        0
      );
      const names = (await readWorkbook(output)).map((sheet) => sheet.name);
      for (const name of ["7月进度通报", "7月排名", "7月加减分汇总", "7月预警", "7月迟报"]) {
        expect(names).toContain(name);
      }

      // A private profile, so parallel runs (and a desktop LibreOffice) do not share a lock.
      const profile = `file://${join(directory.path, "profile")}`;
      const converted = spawnSync(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          directory.path,
          output,
        ],
        { encoding: "utf8", timeout: 180_000 }
      );
      const pdf = join(directory.path, "通报.pdf");
      expect({
        status: converted.status,
        pdf: existsSync(pdf),
        stderr: existsSync(pdf) ? "" : converted.stderr,
      }).toEqual({
        status: 0,
        pdf: true,
        stderr: "",
      });
      expect(statSync(pdf).size).toBeGreaterThan(1000);
    },
    240_000
  );
});
