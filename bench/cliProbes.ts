/**
 * The CLI's hostile-input and start-up figures, each in a fresh `node bin/assess.js` process (the
 * compiled CLI in dist-cli/, as a clerk runs it): start-up (`assess help` against `node -e 0`),
 * the peak resident memory of a summary, a 7 KB workbook with one value at XFD1048576, and a zip
 * bomb (a 64 MB sheet of blanks packed into about 64 KB), which must be refused.
 *
 * Run alone: `npx ts-node --transpile-only bench/cliProbes.ts [ledger.xlsx]` (prints JSON);
 * `bench/run.ts` calls it for the full run.
 */
import { spawn } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { zipPackage } from "../src/xlsx/zipPackage";
import { packageOf, sheetXml, textPart } from "../test/xlsx/packageFixture";

const root = join(__dirname, "..");
const bin = join(root, "bin", "assess.js");

/** One process run: its exit code, wall time and peak resident memory (maxRSS of the child). */
export interface ProcessFigure {
  readonly code: number | null;
  readonly ms: number;
  readonly peakRssMb: number;
}

/**
 * Runs `node bin/assess.js …args` (or `node -e 0` with no bin) and reports the child's own peak
 * RSS, read in the child at exit (`process.resourceUsage().maxRSS`).
 */
export function runAssess(args: readonly string[], withBin = true): Promise<ProcessFigure> {
  const probe =
    "process.on('exit', () => require('fs').writeSync(2, '\\nmaxrss:' + process.resourceUsage().maxRSS));" +
    (withBin
      ? `process.argv = [process.argv[0], 'assess', ...JSON.parse(process.env.ASSESS_BENCH_ARGS)]; require(${JSON.stringify(bin)});`
      : "");
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["-e", probe], {
      cwd: root,
      env: { ...process.env, ASSESS_BENCH_ARGS: JSON.stringify(args) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const kilobytes = Number(/maxrss:(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({
        code,
        ms: Math.round(ms * 10) / 10,
        peakRssMb: Math.round(kilobytes / 102.4) / 10,
      });
    });
  });
}

/** The median of n runs' times (and the largest peak RSS among them). */
async function median(
  runs: number,
  args: readonly string[],
  withBin = true
): Promise<ProcessFigure> {
  const figures: ProcessFigure[] = [];
  for (let index = 0; index < runs; index++) {
    figures.push(await runAssess(args, withBin));
  }
  const times = figures.map((figure) => figure.ms).sort((a, b) => a - b);
  return {
    code: figures[0].code,
    ms: times[Math.floor(times.length / 2)],
    peakRssMb: Math.max(...figures.map((figure) => figure.peakRssMb)),
  };
}

export interface CliProbes {
  readonly nodeMs: number;
  readonly helpMs: number;
  /** `assess help` minus `node -e 0`. */
  readonly helpOverNodeMs: number;
  readonly strayCell: ProcessFigure & { readonly fileBytes: number };
  readonly zipBomb: ProcessFigure & { readonly fileBytes: number };
  /** A summary of `ledger` (when given): time and peak RSS. */
  readonly ledger?: ProcessFigure;
}

export async function cliProbes(runs: number, ledger?: string): Promise<CliProbes> {
  const scratch = mkdtempSync(join(tmpdir(), "assess-probes-"));
  try {
    const node = await median(runs, [], false);
    const help = await median(runs, ["help"]);
    const stray = join(scratch, "stray.xlsx");
    const strayBytes = packageOf(sheetXml(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`));
    writeFileSync(stray, strayBytes);
    // The stray cell's file holds no table: exit 1 with "no table found" is the right answer.
    const strayCell = await median(1, [
      "summary",
      stray,
      "--month",
      "7",
      "--out",
      join(scratch, "s.xlsx"),
    ]);
    const bomb = join(scratch, "bomb.xlsx");
    const bombBytes = zipPackage(
      [
        ...[
          "[Content_Types].xml",
          "_rels/.rels",
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
        ].map((name) => textPart(name, "<x/>")),
        { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * 1024 * 1024, 32) },
      ],
      9
    );
    writeFileSync(bomb, bombBytes);
    const zipBomb = await median(1, [
      "summary",
      bomb,
      "--month",
      "7",
      "--out",
      join(scratch, "b.xlsx"),
    ]);
    const summary =
      ledger === undefined
        ? undefined
        : await median(1, ["summary", ledger, "--month", "7", "--out", join(scratch, "l.xlsx")]);
    return {
      nodeMs: node.ms,
      helpMs: help.ms,
      helpOverNodeMs: Math.round((help.ms - node.ms) * 10) / 10,
      strayCell: { ...strayCell, fileBytes: strayBytes.byteLength },
      zipBomb: { ...zipBomb, fileBytes: bombBytes.byteLength },
      ...(summary === undefined ? {} : { ledger: summary }),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  cliProbes(5, process.argv[2])
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
