/**
 * The batch figure (issue 16): 15 county workbooks (`bench/countyWorkbooks.ts`, from the 镇巴
 * sample) summarised for month 7 as ONE `assess summary <folder>` process against 15
 * `assess summary <file>` processes one after another, each in a fresh `node bin/assess.js` (the
 * compiled CLI in dist-cli/: `npm run build:cli` first), and the city ranking of the same folder
 * (`assess city`) in one process. The median of `runs` rounds (5 by default), each round running
 * the three in turn; the load average is printed beside the figures, as the machine may be shared.
 *
 * Run alone: `npm run bench:batch -- [runs]` (prints JSON); `bench/run.ts` calls it for the full
 * run (3 rounds, 1 with --quick) and checks the target: one process ≥ 3× faster than 15.
 */
import { mkdtempSync, rmSync } from "fs";
import { loadavg, tmpdir } from "os";
import { join } from "path";
import { runAssess } from "./cliProbes";
import { benchCounties, writeCountyWorkbooks } from "./countyWorkbooks";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The batch figure: times in ms, medians of the rounds. */
export interface BatchFigure {
  readonly counties: number;
  readonly runs: number;
  readonly separateProcessesMs: number;
  readonly oneBatchProcessMs: number;
  /** separateProcessesMs / oneBatchProcessMs, to one decimal. */
  readonly speedup: number;
  readonly cityOneProcessMs: number;
  readonly loadAverage: number[];
}

/** Runs the batch figure `runs` rounds (see the file's comment). */
export async function batchFigure(runs: number): Promise<BatchFigure> {
  const work = mkdtempSync(join(tmpdir(), "assess-batch-"));
  try {
    const folder = join(work, "各县");
    const files = await writeCountyWorkbooks(folder);
    const out = join(work, "通报");
    const separate: number[] = [];
    const batch: number[] = [];
    const city: number[] = [];
    for (let round = 0; round < runs; round++) {
      let total = 0;
      for (const file of files) {
        const figure = await runAssess([
          "summary",
          file,
          "--month",
          "7",
          "--out",
          join(work, "one.xlsx"),
          "--force",
        ]);
        if (figure.code !== 0) {
          throw new Error(`assess summary ${file} exited ${figure.code}`);
        }
        total += figure.ms;
      }
      separate.push(total);
      const one = await runAssess(["summary", folder, "--month", "7", "--out", out, "--force"]);
      if (one.code !== 0) {
        throw new Error(`assess summary <folder> exited ${one.code}`);
      }
      batch.push(one.ms);
      const ranked = await runAssess([
        "city",
        folder,
        "--month",
        "7",
        "--out",
        join(work, "全市排名.xlsx"),
        "--force",
      ]);
      if (ranked.code !== 0) {
        throw new Error(`assess city exited ${ranked.code}`);
      }
      city.push(ranked.ms);
    }
    const separateMs = Math.round(median(separate));
    const batchMs = Math.round(median(batch));
    return {
      counties: benchCounties.length,
      runs,
      separateProcessesMs: separateMs,
      oneBatchProcessMs: batchMs,
      speedup: Math.round((separateMs / batchMs) * 10) / 10,
      cityOneProcessMs: Math.round(median(city)),
      loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void batchFigure(Number(process.argv[2] ?? 5)).then((figure) =>
    process.stdout.write(`${JSON.stringify(figure, null, 2)}\n`)
  );
}
