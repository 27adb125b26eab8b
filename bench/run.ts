/**
 * 基准测试 (`npm run bench`): speed and size benchmarks of the engine, the CLI, the Office adapter
 * (against the in-repo Excel fake), the PACEGAP custom function and the bundles. Not part of
 * `npm test`. Writes bench/results.json and the figures table of bench/README.md (between its
 * `<!-- results -->` markers), and prints the targets as met / missed.
 *
 * Each measurement is the median of several runs after a warm-up, timed with process.hrtime.bigint
 * in a plain node process (one child process per section; the CPU time of the runs is kept too,
 * as the machine may be shared). Synthetic ledgers come from bench/generate.ts; their
 * .xlsx files are kept in bench/.data/ (git-ignored) and made again only when missing.
 *
 * `npm run bench -- --quick` runs fewer repetitions (for trying changes; results are not written).
 */
import { execFileSync, spawn } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { cpus, loadavg, tmpdir, totalmem } from "os";
import { join, relative } from "path";
import { gzipSync } from "zlib";
import { BatchFigure, batchFigure } from "./batchBench";
import { CliProbes, cliProbes } from "./cliProbes";
import {
  benchSeed,
  benchSizes,
  generatorVersion,
  ledgerFileName,
  ledgerGrid,
  ledgerRows,
  ledgerSheetName,
  writeLedgerWorkbook,
} from "./generate";

const root = join(__dirname, "..");
const dataDirectory = join(__dirname, ".data");
const resultsPath = join(__dirname, "results.json");
const readmePath = join(__dirname, "README.md");
const month = 7;
const quick = process.argv.includes("--quick");

// ---------------------------------------------------------------------------------------------
// Timing helpers

/** Milliseconds since `start`. */
function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of some figures (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds to 0.1. */
function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A measurement: the median wall time, every sample, and the median CPU time of this process. */
interface Measured {
  readonly medianMs: number;
  readonly samplesMs: number[];
  /** CPU time (user + system, all threads of this process: GC helpers included). */
  readonly cpuMs: number;
}

/**
 * Timed runs of `work` after `warmups` untimed runs. No forced collection between runs: a
 * `gc()` before each run shrinks V8's young generation and flushes code, which made the engine's
 * runs up to 3 times slower than the same work in a running add-in.
 */
async function measure(warmups: number, runs: number, work: () => unknown): Promise<Measured> {
  for (let index = 0; index < warmups; index++) {
    await work();
  }
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < runs; index++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await work();
    samples.push(since(start));
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    medianMs: tenths(median(samples)),
    samplesMs: samples.map(tenths),
    cpuMs: tenths(median(cpu)),
  };
}

/** Repetitions per size: ≥ 5 for the small sizes, ≥ 3 for the large. */
function runsFor(size: number, small: number, large: number): number {
  if (quick) {
    return size >= 5000 ? 1 : 3;
  }
  return size >= 5000 ? large : small;
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

// ---------------------------------------------------------------------------------------------
// Sections (each in its own child process)

interface EngineFigure {
  readonly indicators: number;
  readonly runs: number;
  /** buildMonthlySummary on the grid (it reads the table itself): the engine's whole job. */
  readonly summaryMs: number;
  readonly summarySamplesMs: number[];
  readonly summaryCpuMs: number;
  /** readTable alone (the part of the above that reads the table). */
  readonly readTableMs: number;
  readonly statuses: Record<string, number>;
}

async function engineSection(): Promise<EngineFigure[]> {
  const { buildMonthlySummary } = await import("../src/engine/summary/buildMonthlySummary");
  const { readTable } = await import("../src/engine/table/readTable");
  const figures: EngineFigure[] = [];
  for (const size of benchSizes) {
    const grids = [ledgerGrid(ledgerRows(size))];
    const check = buildMonthlySummary(grids, { month });
    if (check.indicators.length !== size || check.sheets.length === 0) {
      throw new Error(`engine: ${check.indicators.length} indicators read of ${size}`);
    }
    const statuses: Record<string, number> = {};
    for (const indicator of check.indicators) {
      statuses[indicator.status] = (statuses[indicator.status] ?? 0) + 1;
    }
    const runs = runsFor(size, size <= 100 ? 15 : 9, size >= 20000 ? 7 : 11);
    const warmups = size >= 20000 ? 1 : 3;
    const summary = await measure(warmups, runs, () => buildMonthlySummary(grids, { month }));
    const read = await measure(warmups, runs, () => readTable(grids));
    log(`engine ${size}: summary ${summary.medianMs} ms (read ${read.medianMs} ms)`);
    figures.push({
      indicators: size,
      runs,
      summaryMs: summary.medianMs,
      summarySamplesMs: summary.samplesMs,
      summaryCpuMs: summary.cpuMs,
      readTableMs: read.medianMs,
      statuses,
    });
  }
  return figures;
}

interface FunctionsFigure {
  readonly calls: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly samplesMs: number[];
  readonly microsecondsPerCall: number;
}

async function functionsSection(): Promise<FunctionsFigure> {
  await import("../test/setup");
  const { paceGap } = await import("../src/functions/functions");
  // The cookbook's own example first: a broken function must not look fast.
  const example = paceGap(6120, 13600, 6);
  if (example !== -0.05) {
    throw new Error(`PACEGAP(6120, 13600, 6) gave ${example}, not -0.05`);
  }
  const calls = 100000;
  // As Excel calls it from a column of formulas: numbers, omitted optional arguments as null.
  const actuals = Array.from({ length: 1000 }, (_, index) => 4000 + index * 7.25);
  const targets = Array.from({ length: 1000 }, (_, index) => 9000 + ((index * 37) % 900) * 10);
  /** An optional argument left out: Excel passes null. */
  const omitted = null as unknown as undefined;
  /** The argument addresses Excel passes along (no 0 among the arguments: no cell is read). */
  const invocation = { parameterAddresses: ["Sheet1!B2", "Sheet1!C2", "Sheet1!D2"] };
  let sink = 0;
  const work = (): void => {
    for (let index = 0; index < calls; index++) {
      const gap = paceGap(
        actuals[index % 1000],
        targets[(index * 7) % 1000],
        (index % 12) + 1,
        omitted,
        omitted,
        invocation
      );
      sink += typeof gap === "number" ? gap : NaN;
    }
  };
  const runs = quick ? 3 : 9;
  const result = await measure(2, runs, work);
  if (!Number.isFinite(sink)) {
    throw new Error("PACEGAP gave a non-finite sum");
  }
  log(`PACEGAP × ${calls}: ${result.medianMs} ms`);
  return {
    calls,
    runs,
    medianMs: result.medianMs,
    samplesMs: result.samplesMs,
    microsecondsPerCall: Math.round((result.medianMs * 1000 * 100) / calls) / 100,
  };
}

/** The round trips of one path of the pane: its reads, its writes, and their sizes. */
interface PathFigure {
  /** Requests that only read. */
  readonly reads: number;
  /** Requests that change the workbook. */
  readonly writes: number;
  /** The sum and the largest of the responses (the JSON of what was loaded, as the fake estimates it). */
  readonly responseBytes: number;
  readonly maxResponseBytes: number;
  /** The sum and the largest of the requests (the fake's estimate: 64 bytes an action + arguments). */
  readonly requestBytes: number;
  readonly maxRequestBytes: number;
  /** The fewest requests these bytes could go in: ⌈bytes / 5 MB⌉ each way, at least 1. */
  readonly minimumReads: number;
  readonly minimumWrites: number;
}

interface OfficeFigure {
  readonly indicators: number;
  /** Opening the pane: the table found, in a fresh adapter (it knows nothing of the workbook). */
  readonly open: PathFigure;
  /** 生成月度通报: read, summary, write. */
  readonly click: PathFigure;
  /** 标记滞后指标: read (with the marks in force), summary, marks. */
  readonly mark: PathFigure;
  /** 清除标记. */
  readonly clear: PathFigure;
  readonly summaryRows: number;
  /** Time of the click against the fake (the fake's own bookkeeping included): orientation only. */
  readonly adapterMs: number;
}

/** What the bench reads of the fake's sync records. */
interface SyncRecordRead {
  readonly bytes: number;
  readonly responseBytes: number;
  readonly changes: number;
  readonly failed: string | null;
}

const fiveMegabytes = 5 * 1024 * 1024;

/** The round trips recorded from `from` on, as one path. */
function pathOf(records: readonly SyncRecordRead[]): PathFigure {
  const reads = records.filter((record) => record.changes === 0);
  const writes = records.filter((record) => record.changes > 0);
  const sum = (list: readonly SyncRecordRead[], pick: (record: SyncRecordRead) => number): number =>
    list.reduce((total, record) => total + pick(record), 0);
  const responseBytes = sum(records, (record) => record.responseBytes);
  const requestBytes = sum(writes, (record) => record.bytes);
  return {
    reads: reads.length,
    writes: writes.length,
    responseBytes,
    maxResponseBytes: Math.max(0, ...records.map((record) => record.responseBytes)),
    requestBytes,
    maxRequestBytes: Math.max(0, ...records.map((record) => record.bytes)),
    minimumReads: Math.max(1, Math.ceil(responseBytes / fiveMegabytes)),
    minimumWrites: writes.length === 0 ? 0 : Math.max(1, Math.ceil(requestBytes / fiveMegabytes)),
  };
}

async function officeSection(): Promise<OfficeFigure[]> {
  const { FakeExcel } = await import("../test/excel/fake");
  const { createOfficeWorkbook } = await import("../src/excel/officeWorkbook");
  const useCases = await import("../src/taskpane/useCases");
  type Run = Parameters<typeof createOfficeWorkbook>[0];

  const figures: OfficeFigure[] = [];
  for (const size of benchSizes) {
    const grid = ledgerGrid(ledgerRows(size));
    const runs = runsFor(size, 3, 1);
    const samples: number[] = [];
    let figure: OfficeFigure | null = null;
    for (let index = 0; index <= runs; index++) {
      // The strict real host of the fake (test/excel/fake/hostLimits.ts): 5 MB requests and
      // responses, 512 merged areas a call, empty syncs free.
      const fake = new FakeExcel({ sheets: [] });
      const sheet = fake.addSheet(ledgerSheetName, grid.values);
      for (const area of grid.merges) {
        sheet.merges.push({
          top: area.top,
          left: area.left,
          rows: area.bottom - area.top + 1,
          columns: area.right - area.left + 1,
        });
      }
      const adapter = () =>
        createOfficeWorkbook(fake.run as unknown as Run, { isSetSupported: fake.isSetSupported });
      const measured = async (action: () => Promise<unknown>): Promise<PathFigure> => {
        const from = fake.syncs.length;
        await action();
        const records = fake.syncs.slice(from) as readonly SyncRecordRead[];
        if (records.some((record) => record.failed !== null)) {
          throw new Error(`office ${size}: a request failed`);
        }
        return pathOf(records);
      };
      const workbook = adapter();
      const settings = { month, sheet: ledgerSheetName };
      const open = await measured(() => useCases.detectTable(workbook));
      const detection = await useCases.detectTable(workbook);
      if (detection.table === null || detection.table.indicators.length !== size) {
        throw new Error(`office: ${detection.table?.indicators.length} indicators read of ${size}`);
      }
      const start = process.hrtime.bigint();
      let rows = 0;
      const click = await measured(async () => {
        const outcome = await useCases.generateSummary(workbook, settings, {
          saved: detection.saved,
        });
        rows = outcome.summary.sheets.reduce((sum, spec) => sum + spec.rows.length, 0);
      });
      if (index > 0) {
        samples.push(since(start));
      }
      const mark = await measured(async () => {
        const { summary, read } = await useCases.readSummary(workbook, settings, {
          saved: detection.saved,
          marks: true,
        });
        await useCases.markLagging(workbook, summary, detection.table!, read);
      });
      const clear = await measured(() => useCases.clearMarks(workbook));
      figure = { indicators: size, open, click, mark, clear, summaryRows: rows, adapterMs: 0 };
    }
    if (figure === null) {
      throw new Error("office: no run");
    }
    figure = { ...figure, adapterMs: tenths(median(samples)) };
    const text = (path: PathFigure): string => `${path.reads} + ${path.writes}`;
    log(
      `office ${size}: open ${text(figure.open)}, click ${text(figure.click)}, ` +
        `mark ${text(figure.mark)}, clear ${text(figure.clear)} (reads + writes)`
    );
    figures.push(figure);
  }
  return figures;
}

interface CliInProcessFigure {
  readonly indicators: number;
  readonly runs: number;
  /** `run(["summary", …])` in this process: read, summary, write, no process start-up. */
  readonly runMs: number;
  readonly readWorkbookMs: number;
  readonly summaryMs: number;
  readonly writeWorkbookMs: number;
  readonly fileBytes: number;
}

async function cliInProcessSection(): Promise<CliInProcessFigure[]> {
  const { run } = await import("../src/cli/main");
  const { readWorkbook } = await import("../src/xlsx/readWorkbook");
  const { summaryPackage } = await import("../src/xlsx/summaryPackage");
  const { writeFileAtomically } = await import("../src/xlsx/writeFileAtomically");
  const { outputCompressionLevel } = await import("../src/xlsx/zipPackage");
  const { buildMonthlySummary } = await import("../src/engine/summary/buildMonthlySummary");
  const { runOf } = await import("../src/engine/workbook/runOf");
  // The reader is sparse (rows end at their last value): the generated grid, trimmed alike.
  const sparse = (rows: readonly (readonly unknown[])[]): unknown[][] =>
    rows.map((row) => {
      const cells = [...row];
      while (cells.length > 0 && cells[cells.length - 1] === null) {
        cells.pop();
      }
      return cells;
    });
  const { isDeepStrictEqual } = await import("util");
  const scratch = mkdtempSync(join(tmpdir(), "assess-bench-"));
  const figures: CliInProcessFigure[] = [];
  try {
    for (const size of benchSizes) {
      const input = join(dataDirectory, ledgerFileName(size));
      const output = join(scratch, `out-${size}.xlsx`);
      if (size === benchSizes[0]) {
        // The .xlsx and the grid the engine benchmark uses must be the same table.
        const read = await readWorkbook(input);
        const grid = ledgerGrid(ledgerRows(size));
        if (
          read.length !== 1 ||
          read[0].name !== grid.name ||
          !isDeepStrictEqual(sparse(read[0].values), sparse(grid.values)) ||
          !isDeepStrictEqual(read[0].merges, grid.merges)
        ) {
          throw new Error(`${input} does not read back as the generated grid`);
        }
      }
      const io = { stdout: { write: (): boolean => true }, stderr: { write: (): boolean => true } };
      const runs = runsFor(size, 5, 3);
      const whole = await measure(1, runs, async () => {
        const code = await run(
          ["summary", input, "--month", String(month), "--out", output, "--force"],
          io
        );
        if (code !== 0) {
          throw new Error(`assess summary exited with ${code} on ${input}`);
        }
      });
      const reads: number[] = [];
      const summaries: number[] = [];
      const writes: number[] = [];
      for (let index = 0; index < runs; index++) {
        let start = process.hrtime.bigint();
        const sheets = await readWorkbook(input);
        reads.push(since(start));
        start = process.hrtime.bigint();
        const summary = buildMonthlySummary(sheets, { month });
        summaries.push(since(start));
        start = process.hrtime.bigint();
        const bulletin = summaryPackage(runOf(summary), summary.sheets, outputCompressionLevel);
        await writeFileAtomically(output, bulletin.bytes, { overwrite: true });
        writes.push(since(start));
      }
      const figure: CliInProcessFigure = {
        indicators: size,
        runs,
        runMs: whole.medianMs,
        readWorkbookMs: tenths(median(reads)),
        summaryMs: tenths(median(summaries)),
        writeWorkbookMs: tenths(median(writes)),
        fileBytes: statSync(input).size,
      };
      log(
        `cli in-process ${size}: run ${figure.runMs} ms = read ${figure.readWorkbookMs} + ` +
          `summary ${figure.summaryMs} + write ${figure.writeWorkbookMs}`
      );
      figures.push(figure);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}

const sections = {
  engine: engineSection,
  functions: functionsSection,
  office: officeSection,
  cliInProcess: cliInProcessSection,
} as const;
type SectionName = keyof typeof sections;

// ---------------------------------------------------------------------------------------------
// The orchestrating process

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

function runProcess(
  command: string,
  args: readonly string[],
  options: { inherit?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: options.env ?? process.env,
      stdio: [
        "ignore",
        options.inherit ? "inherit" : "ignore",
        options.inherit ? "inherit" : "pipe",
      ],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** Runs a section in a fresh node process and returns what it found. */
async function inChild<T>(name: SectionName): Promise<T> {
  const resultFile = join(mkdtempSync(join(tmpdir(), "assess-bench-")), `${name}.json`);
  const args = [
    "-r",
    require.resolve("ts-node/register/transpile-only"),
    __filename,
    "--section",
    name,
    resultFile,
    ...(quick ? ["--quick"] : []),
  ];
  const exit = await runProcess(process.execPath, args, {
    inherit: true,
    env: { ...process.env, TS_NODE_PROJECT: join(root, "tsconfig.json") },
  });
  if (exit.code !== 0) {
    throw new Error(`bench section ${name} failed (exit ${exit.code})`);
  }
  const result = JSON.parse(readFileSync(resultFile, "utf8")) as T;
  rmSync(join(resultFile, ".."), { recursive: true, force: true });
  return result;
}

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path).reduce(
    (latest, entry) => Math.max(latest, newest(join(path, entry))),
    stat.mtimeMs
  );
}

interface BundleFigure {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * The production bundles: dist/ when it holds a production build newer than its sources; else a
 * fresh production build (the same webpack config) into bench/.data/dist, so that a dist/ served
 * by a running preview is never replaced under it.
 */
async function bundles(): Promise<{ folder: string; built: boolean; files: BundleFigure[] }> {
  const files = ["functions.js", "taskpane.js"];
  const sources = Math.max(
    ...["src", "webpack.config.js", "tsconfig.json", "tsconfig.build.json", "package-lock.json"]
      .map((path) => join(root, path))
      .filter((path) => existsSync(path))
      .map(newest)
  );
  const dist = join(root, "dist");
  const fresh = files.every((file) => {
    const path = join(dist, file);
    return (
      existsSync(path) &&
      statSync(path).mtimeMs >= sources &&
      !readFileSync(path, "utf8").includes("webpackBootstrap")
    );
  });
  let folder = dist;
  if (!fresh) {
    folder = join(dataDirectory, "dist");
    log(`building the production bundle into ${relative(root, folder)} …`);
    const exit = await runProcess(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", folder],
      {}
    );
    if (exit.code !== 0) {
      throw new Error(`the production build failed:\n${exit.stderr}`);
    }
  }
  return {
    folder: relative(root, folder),
    built: !fresh,
    files: files.map((file) => {
      const bytes = readFileSync(join(folder, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    }),
  };
}

/** The ledgers as .xlsx files in bench/.data/, written when missing. */
async function ensureWorkbooks(): Promise<void> {
  mkdirSync(dataDirectory, { recursive: true });
  for (const size of benchSizes) {
    const path = join(dataDirectory, ledgerFileName(size));
    if (!existsSync(path)) {
      log(`writing ${relative(root, path)} …`);
      await writeLedgerWorkbook(path, ledgerRows(size));
    }
  }
}

interface CliSpawnFigure {
  readonly indicators: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly samplesMs: number[];
}

/** `node bin/assess.js summary <file> --month 7 --out <tmp>`, as a clerk runs it. */
async function cliSpawn(): Promise<{ startupMs: number; sizes: CliSpawnFigure[] }> {
  const scratch = mkdtempSync(join(tmpdir(), "assess-bench-"));
  const bin = join(root, "bin", "assess.js");
  try {
    const once = async (args: readonly string[]): Promise<void> => {
      const exit = await runProcess(process.execPath, [bin, ...args]);
      if (exit.code !== 0) {
        throw new Error(`assess ${args.join(" ")} exited with ${exit.code}:\n${exit.stderr}`);
      }
    };
    const startup = await measure(1, quick ? 3 : 7, () => once(["help"]));
    log(`cli spawn: help ${startup.medianMs} ms`);
    const sizes: CliSpawnFigure[] = [];
    for (const size of benchSizes) {
      const input = join(dataDirectory, ledgerFileName(size));
      const output = join(scratch, `out-${size}.xlsx`);
      const runs = runsFor(size, 5, 3);
      const result = await measure(1, runs, () =>
        once(["summary", input, "--month", String(month), "--out", output, "--force"])
      );
      log(`cli spawn ${size}: ${result.medianMs} ms`);
      sizes.push({
        indicators: size,
        runs,
        medianMs: result.medianMs,
        samplesMs: result.samplesMs,
      });
    }
    return { startupMs: startup.medianMs, sizes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface Target {
  readonly name: string;
  readonly target: string;
  readonly value: string;
  readonly met: boolean;
}

function git(args: readonly string[]): string {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "";
  }
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** The markdown tables of a run, for bench/README.md. */
function markdown(results: Results): string {
  const lines: string[] = [];
  const { machine } = results;
  lines.push(
    `Run of ${results.date} on ${machine.cpus}× ${machine.cpuModel}, ${machine.memoryGb} GB, ` +
      `node ${machine.node} (${machine.platform}); load average before the run ${machine.loadBefore.join(" / ")}; ` +
      `commit ${results.commit}${results.dirty ? " with uncommitted changes" : ""}.`,
    "",
    "| target | goal | measured | |",
    "|---|---|---|---|",
    ...results.targets.map(
      (target) =>
        `| ${target.name} | ${target.target} | ${target.value} | ${target.met ? "met" : "**missed**"} |`
    ),
    "",
    "| indicators | engine: summary (of which readTable) | CLI spawned | CLI in-process `run()` | = readWorkbook + summary + summaryPackage and write | input .xlsx |",
    "|---:|---:|---:|---:|---|---:|"
  );
  results.engine.forEach((engine, position) => {
    const spawned = results.cli.spawn.sizes[position];
    const inProcess = results.cli.inProcess[position];
    lines.push(
      `| ${engine.indicators.toLocaleString("en-US")} | ${ms(engine.summaryMs)} (${ms(engine.readTableMs)}) | ` +
        `${ms(spawned.medianMs)} | ${ms(inProcess.runMs)} | ${ms(inProcess.readWorkbookMs)} + ` +
        `${ms(inProcess.summaryMs)} + ${ms(inProcess.writeWorkbookMs)} | ${kib(inProcess.fileBytes)} |`
    );
  });
  lines.push(
    "",
    `CLI start-up (\`node bin/assess.js help\`): ${ms(results.cli.spawn.startupMs)}; ` +
      `probed with its peak memory: help ${ms(results.cli.probes.helpMs)} against \`node -e 0\` ` +
      `${ms(results.cli.probes.nodeMs)} (+${ms(results.cli.probes.helpOverNodeMs)}).`,
    "",
    `CLI peak RSS, 20,000 indicators: ${results.cli.probes.ledger?.peakRssMb ?? "?"} MB ` +
      `(${ms(results.cli.probes.ledger?.ms ?? Number.NaN)}); one value at XFD1048576 ` +
      `(${kib(results.cli.probes.strayCell.fileBytes)}): ${ms(results.cli.probes.strayCell.ms)}, ` +
      `${results.cli.probes.strayCell.peakRssMb} MB, exit ${results.cli.probes.strayCell.code}; ` +
      `zip bomb (${kib(results.cli.probes.zipBomb.fileBytes)} → 64 MB): refused in ` +
      `${ms(results.cli.probes.zipBomb.ms)}, ${results.cli.probes.zipBomb.peakRssMb} MB, exit ${results.cli.probes.zipBomb.code}.`,
    "",
    "Round trips of the pane's paths against the Excel fake in its strict real-host mode, as",
    "reads + writes; in brackets the fewest the bytes allow (⌈bytes / 5 MB⌉ each way, at least",
    "1 + 1). Sizes are the fake's estimates (responses: the JSON of what was loaded).",
    "",
    "| indicators | pane open | 生成月度通报 (click) | 标记滞后指标 | 清除标记 | click: read response, largest | click: write request, largest |",
    "|---:|---:|---:|---:|---:|---:|---:|"
  );
  const trips = (path: PathFigure): string =>
    `${path.reads} + ${path.writes} (${path.minimumReads} + ${path.minimumWrites})`;
  for (const office of results.office) {
    lines.push(
      `| ${office.indicators.toLocaleString("en-US")} | ${trips(office.open)} | ${trips(office.click)} | ` +
        `${trips(office.mark)} | ${trips(office.clear)} | ` +
        `${kib(office.click.responseBytes)}, ${kib(office.click.maxResponseBytes)} | ` +
        `${kib(office.click.requestBytes)}, ${kib(office.click.maxRequestBytes)} |`
    );
  }
  const functions = results.functions;
  lines.push(
    "",
    `PACEGAP: ${functions.calls.toLocaleString("en-US")} calls in ${ms(functions.medianMs)} ` +
      `(${functions.microsecondsPerCall} µs per call).`,
    "",
    `Bundles (${results.bundles.folder}${results.bundles.built ? ", built for this run" : ""}): ` +
      results.bundles.files
        .map((file) => `${file.file} ${kib(file.bytes)}, ${kib(file.gzipBytes)} gzip`)
        .join("; ") +
      "."
  );
  return lines.join("\n");
}

interface Results {
  readonly date: string;
  readonly commit: string;
  readonly dirty: boolean;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGb: number;
    readonly node: string;
    readonly platform: string;
    readonly loadBefore: number[];
    readonly loadAfter: number[];
  };
  readonly generator: { readonly seed: number; readonly version: number; readonly month: number };
  readonly bundles: Awaited<ReturnType<typeof bundles>>;
  readonly engine: EngineFigure[];
  readonly functions: FunctionsFigure;
  readonly office: OfficeFigure[];
  readonly cli: {
    readonly spawn: Awaited<ReturnType<typeof cliSpawn>>;
    readonly inProcess: CliInProcessFigure[];
    readonly probes: CliProbes;
    /** 15 county workbooks: one `assess summary <folder>` against 15 processes (issue 16). */
    readonly batch?: BatchFigure;
  };
  readonly targets: Target[];
}

function targetsOf(results: Omit<Results, "targets">): Target[] {
  const engineAt = (size: number): EngineFigure => {
    const found = results.engine.find((figure) => figure.indicators === size);
    if (found === undefined) {
      throw new Error(`no engine figure for ${size}`);
    }
    return found;
  };
  const small = results.office[0];
  const functionsFile = results.bundles.files.find((file) => file.file === "functions.js");
  const limit = 5 * 1024 * 1024;
  const paths = results.office.flatMap((figure) => [
    figure.open,
    figure.click,
    figure.mark,
    figure.clear,
  ]);
  const largestRequest = Math.max(...paths.map((path) => path.maxRequestBytes));
  const largestResponse = Math.max(...paths.map((path) => path.maxResponseBytes));
  const oneAndOne = [small.click, small.mark, small.clear];
  const growthLimit = 4 * 1.3 * engineAt(5000).summaryMs;
  return [
    {
      name: "engine, 5,000 indicators (read + monthly summary)",
      target: "< 300 ms",
      value: ms(engineAt(5000).summaryMs),
      met: engineAt(5000).summaryMs < 300,
    },
    {
      name: "engine growth 5,000 → 20,000",
      target: `≤ 4 × 1.3 × t(5k) = ${ms(growthLimit)}`,
      value: `${ms(engineAt(20000).summaryMs)} (× ${(engineAt(20000).summaryMs / engineAt(5000).summaryMs).toFixed(2)})`,
      met: engineAt(20000).summaryMs <= growthLimit,
    },
    {
      name: `syncs of click, mark and clear, ${small.indicators} indicators`,
      target: "1 read + 1 write each",
      value: oneAndOne.map((path) => `${path.reads} + ${path.writes}`).join(", "),
      met: oneAndOne.every((path) => path.reads === 1 && path.writes === 1),
    },
    {
      name: "largest request / response of the pane's paths, all sizes",
      target: "< 5 MB each",
      value: `${kib(largestRequest)} / ${kib(largestResponse)}`,
      met: largestRequest < limit && largestResponse < limit,
    },
    {
      name: "`assess help` over `node -e 0`",
      target: "< 150 ms",
      value: ms(results.cli.probes.helpOverNodeMs),
      met: results.cli.probes.helpOverNodeMs < 150,
    },
    {
      name: "CLI peak RSS, 20,000 indicators",
      target: "< 600 MB",
      value: `${results.cli.probes.ledger?.peakRssMb ?? "?"} MB`,
      met: (results.cli.probes.ledger?.peakRssMb ?? Infinity) < 600,
    },
    {
      name: "one value at XFD1048576",
      target: "< 300 MB and < 2 s",
      value: `${results.cli.probes.strayCell.peakRssMb} MB, ${ms(results.cli.probes.strayCell.ms)}`,
      met: results.cli.probes.strayCell.peakRssMb < 300 && results.cli.probes.strayCell.ms < 2000,
    },
    {
      name: "zip bomb refused",
      target: "exit 1 in < 2 s",
      value: `exit ${results.cli.probes.zipBomb.code}, ${ms(results.cli.probes.zipBomb.ms)}`,
      met: results.cli.probes.zipBomb.code === 1 && results.cli.probes.zipBomb.ms < 2000,
    },
    ...(results.cli.batch === undefined
      ? []
      : [
          {
            name: "15 county workbooks: one batch process against 15 processes",
            target: "≥ 3× faster",
            value: `${ms(results.cli.batch.oneBatchProcessMs)} vs ${ms(results.cli.batch.separateProcessesMs)} (× ${results.cli.batch.speedup})`,
            met: results.cli.batch.speedup >= 3,
          },
        ]),
    {
      name: "100,000 PACEGAP calls",
      target: "< 1 s",
      value: ms(results.functions.medianMs),
      met: results.functions.medianMs < 1000,
    },
    {
      name: "functions.js",
      target: "< 60 KB gzip",
      value: functionsFile === undefined ? "missing" : kib(functionsFile.gzipBytes),
      met: functionsFile !== undefined && functionsFile.gzipBytes < 60 * 1024,
    },
  ];
}

function printTargets(targets: readonly Target[]): void {
  const rows = targets.map((target) => [
    target.met ? "met   " : "MISSED",
    target.name,
    target.target,
    target.value,
  ]);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => [...row[column]].length))
  );
  process.stdout.write("\n");
  for (const row of rows) {
    process.stdout.write(
      `${row.map((text, column) => text + " ".repeat(widths[column] - [...text].length)).join("  ")}\n`
    );
  }
}

/** Replaces the figures between the README's markers. */
function updateReadme(text: string): void {
  if (!existsSync(readmePath)) {
    return;
  }
  const readme = readFileSync(readmePath, "utf8");
  const start = "<!-- results:start -->";
  const end = "<!-- results:end -->";
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    return;
  }
  writeFileSync(
    readmePath,
    `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`
  );
}

async function main(): Promise<void> {
  const sectionIndex = process.argv.indexOf("--section");
  if (sectionIndex >= 0) {
    const name = process.argv[sectionIndex + 1] as SectionName;
    const output = process.argv[sectionIndex + 2];
    const result = await sections[name]();
    writeFileSync(output, JSON.stringify(result));
    return;
  }
  const loadBefore = loadavg().map((value) => Math.round(value * 100) / 100);
  const bundleFigures = await bundles();
  log(
    `bundles: ${bundleFigures.files.map((file) => `${file.file} ${kib(file.gzipBytes)} gzip`).join(", ")}`
  );
  await ensureWorkbooks();
  const engine = await inChild<EngineFigure[]>("engine");
  const functions = await inChild<FunctionsFigure>("functions");
  const office = await inChild<OfficeFigure[]>("office");
  const inProcess = await inChild<CliInProcessFigure[]>("cliInProcess");
  const spawned = await cliSpawn();
  const probes = await cliProbes(quick ? 3 : 7, join(dataDirectory, ledgerFileName(20000)));
  log(
    `cli probes: help ${probes.helpMs} ms (node -e 0 ${probes.nodeMs} ms); 20,000 indicators peak ` +
      `${probes.ledger?.peakRssMb} MB; stray cell ${probes.strayCell.ms} ms ${probes.strayCell.peakRssMb} MB; ` +
      `zip bomb ${probes.zipBomb.ms} ms (exit ${probes.zipBomb.code})`
  );
  const batch = await batchFigure(quick ? 1 : 3);
  log(
    `cli batch: 15 counties ${batch.oneBatchProcessMs} ms in one process, ` +
      `${batch.separateProcessesMs} ms as 15 (× ${batch.speedup})`
  );
  const cpuList = cpus();
  const partial: Omit<Results, "targets"> = {
    date: new Date().toISOString(),
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: git(["status", "--porcelain", "--", "src", "bench", "package.json"]) !== "",
    machine: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model.trim() ?? "unknown",
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadBefore,
      loadAfter: loadavg().map((value) => Math.round(value * 100) / 100),
    },
    generator: { seed: benchSeed, version: generatorVersion, month },
    bundles: bundleFigures,
    engine,
    functions,
    office,
    cli: { spawn: spawned, inProcess, probes, batch },
  };
  const results: Results = { ...partial, targets: targetsOf(partial) };
  printTargets(results.targets);
  if (quick) {
    process.stdout.write("\n(--quick: results not written)\n");
    return;
  }
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  updateReadme(markdown(results));
  process.stdout.write(`\n${relative(root, resultsPath)} written\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
