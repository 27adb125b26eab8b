/**
 * End to end: the browser preview (dist/preview.html) with the production task pane, driven in
 * Debian's Chromium through playwright-core. It needs a production build in dist/ (`npm run build`
 * runs before jest in `npm test`); it serves dist/ itself on a free port.
 *
 * The clerk's month: open the 镇巴 sample, see the detected columns, mark the lagging indicators,
 * generate the July summary, compare the bulletin with the CLI's figures for the same file, clear
 * the marks, switch to English. Screenshots go to test-results/ (git-ignored).
 */
import { Server } from "http";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { BrowserContext, FrameLocator, Page } from "playwright-core";
import { run } from "../../src/cli/main";
import { Dec } from "../../src/engine/kernel/decimal";
import { statusLabel } from "../../src/engine/status/statusLabel";
import { IndicatorSummary, MonthlySummary } from "../../src/engine/summary/summaryTypes";
import { STATUS_FILLS as statusFill } from "../../src/engine/status/statusFills";
import { formatCellText } from "../../src/preview/formatCellText";
import { startPreviewServer } from "../../scripts/preview";
import {
  chromiumPath,
  launchPreviewBrowser,
  officeJsPrefix,
  PageLog,
  showSheet,
} from "./previewBrowser";

jest.setTimeout(240_000);

const root = resolve(__dirname, "..", "..");
const dist = join(root, "dist");
const results = join(root, "test-results");
const sampleFile = "zhenba-2016.xlsx";
const samplePath = join(root, "assets", "samples", sampleFile);
const month = 7;

type SummaryJson = Omit<MonthlySummary, "sheets">;

/** "#FFEB9C" → "rgb(255, 235, 156)", as getComputedStyle reports colours. */
function rgb(hex: string): string {
  const value = parseInt(hex.replace("#", ""), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

/** Text and background colour of every cell of the grid on screen, by address. */
async function gridCells(page: Page): Promise<Record<string, { text: string; fill: string }>> {
  return page.evaluate(() => {
    const cells: Record<string, { text: string; fill: string }> = {};
    for (const cell of Array.from(
      document.querySelectorAll<HTMLTableCellElement>("#grid td[data-address]")
    )) {
      cells[cell.dataset.address ?? ""] = {
        text: cell.textContent ?? "",
        fill: getComputedStyle(cell).backgroundColor,
      };
    }
    return cells;
  });
}

/** The 1-based row of the sheet where column `first` reads `a` and column `second` reads `b`. */
function rowWhere(
  worksheet: ExcelJS.Worksheet,
  first: number,
  a: string,
  second: number,
  b: string
): number {
  for (let row = 1; row <= worksheet.rowCount; row++) {
    if (worksheet.getCell(row, first).text === a && worksheet.getCell(row, second).text === b) {
      return row;
    }
  }
  throw new Error(`${worksheet.name}: no row with ${a} / ${b}`);
}

/** The 1-based column of a header in row 3 (the summary sheets' header row). */
function headerColumn(worksheet: ExcelJS.Worksheet, header: string): number {
  for (let column = 1; column <= worksheet.columnCount; column++) {
    if (worksheet.getCell(3, column).text === header) {
      return column;
    }
  }
  throw new Error(`${worksheet.name}: no header ${header}`);
}

function letterOf(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

const skip = process.env.ASSESS_SKIP_E2E === "1";

(skip ? describe.skip : describe)("browser preview, end to end", () => {
  let server: Server | null = null;
  let baseUrl = "";
  let context: BrowserContext | null = null;
  let page: Page;
  let pane: FrameLocator;
  let userDataDir = "";
  let work = "";
  let cli: SummaryJson;
  let cliWorkbook: ExcelJS.Workbook;
  let log: PageLog;
  let tableBefore: Record<string, { text: string; fill: string }> = {};

  beforeAll(async () => {
    if (!existsSync(join(dist, "preview.html")) || !existsSync(join(dist, "taskpane.js"))) {
      throw new Error(
        "dist/preview.html or dist/taskpane.js is missing: run `npm run build` before the e2e tests (npm test builds first)."
      );
    }
    if (!existsSync(join(dist, "samples", sampleFile))) {
      throw new Error(
        `dist/samples/${sampleFile} is missing: run \`npm run samples\` and \`npm run build\`.`
      );
    }
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `No Chromium at ${chromiumPath}: install Debian's chromium, set CHROMIUM_PATH, or ASSESS_SKIP_E2E=1 to skip.`
      );
    }
    mkdirSync(results, { recursive: true });
    work = mkdtempSync(join(tmpdir(), "assess-e2e-"));
    userDataDir = join(work, "profile");

    // The CLI on the same file: its JSON and its marked copy (the preview's download is the
    // clerk's workbook with the summary sheets, as `--copy` writes it).
    const cliOutput = join(work, "cli.xlsx");
    let stdout = "";
    let stderr = "";
    const code = await run(
      ["summary", samplePath, "--month", String(month), "--json", "--copy", "--out", cliOutput],
      {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
      }
    );
    expect({ code, stderr }).toMatchObject({ code: 0 });
    cli = JSON.parse(stdout) as SummaryJson;
    cliWorkbook = new ExcelJS.Workbook();
    await cliWorkbook.xlsx.readFile(cliOutput);

    const started = await startPreviewServer({ root: dist, port: 0 });
    server = started.server;
    baseUrl = started.url;
    ({ context, page, pane, log } = await launchPreviewBrowser(userDataDir));
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((done) => (server === null ? done() : server.close(() => done())));
    if (work !== "") rmSync(work, { recursive: true, force: true });
  });

  it("opens the 镇巴 sample beside the task pane, which detects the table's columns", async () => {
    await page.goto(`${baseUrl}preview.html?sample=${sampleFile}`);
    await page.waitForSelector('#grid table.sheet[data-sheet="分解表"]');
    expect(await page.locator("#sample").inputValue()).toBe(sampleFile);
    expect(await page.locator("#tabs button").allTextContents()).toEqual(
      expect.arrayContaining(["分解表", "月度完成"])
    );

    // The grid: merged title, number formats as Excel shows them, the header fill and bold.
    const title = page.locator('#grid td[data-address="A1"]');
    expect(Number(await title.getAttribute("colspan"))).toBeGreaterThan(5);
    expect(await title.textContent()).toBe("镇巴县6-12月市对县考核主要指标任务分解表");
    const header = page.locator('#grid td[data-address="B3"]');
    expect(await header.textContent()).toBe("主要指标");
    expect(await header.evaluate((cell) => getComputedStyle(cell).fontWeight)).toBe("700");
    expect(await page.locator('#grid td[data-address="B10"]').getAttribute("rowspan")).toBe("6");
    expect(await page.locator('#grid td[data-address="G10"]').textContent()).toBe("6800");
    expect(await page.locator('#grid tr[data-row="3"]').getAttribute("class")).toContain(
      "frozen-row"
    );

    // The pane: found the table on 分解表, read every indicator, and shows each column's role.
    await pane.getByText(`共识别${cli.indicators.length}项指标`).waitFor({ timeout: 60_000 });
    await pane.getByText("工作表：分解表").waitFor();
    const roles: [string, string, string][] = [
      ["B", "主要指标", "指标名称"],
      ["C", "口径", "口径（绝对量/增幅）"],
      ["D", "倒排时间", "倒排时间"],
      ["G", "考核任务", "考核任务（目标）"],
    ];
    for (const [letter, heading, role] of roles) {
      const dropdown = pane.getByRole("combobox", { name: `第${letter}列（${heading}）的含义` });
      expect((await dropdown.textContent())?.trim()).toBe(role);
    }
    await pane.getByLabel("数据月份").selectOption(String(month));
    tableBefore = await gridCells(page);
  });

  it("marks the lagging indicators: the table's rows take the status fills", async () => {
    await pane.getByRole("button", { name: "标记滞后指标" }).click();
    await pane.getByText(/已在“分解表”中标记\d+行/).waitFor({ timeout: 60_000 });
    const cells = await gridCells(page);

    const indicator = (name: string, measure: string): IndicatorSummary => {
      const found = cli.indicators.find((item) => item.name === name && item.measure === measure);
      if (found === undefined) throw new Error(`the CLI has no ${name} ${measure}`);
      return found;
    };
    const rowOf = (item: IndicatorSummary): number => Number(/(\d+)$/.exec(item.source)?.[1]);
    const revenue = indicator("地方财政收入", "绝对量");
    const investment = indicator("招商引资(引进市外资金)", "绝对量");
    const patents = indicator("专利授权量", "绝对量");
    const growth = indicator("地方财政收入", "增幅");
    expect([revenue.status, investment.status, patents.status, growth.status]).toEqual([
      "lagging",
      "serious",
      "not_reported",
      "on_pace",
    ]);

    // Rows 10, 32, 69 as the seed's table has them; 11 (增幅, on pace) keeps its look.
    expect([rowOf(revenue), rowOf(investment), rowOf(patents), rowOf(growth)]).toEqual([
      10, 32, 69, 11,
    ]);
    for (const column of ["C", "D", "F", "G"]) {
      expect(cells[`${column}10`].fill).toBe(rgb(statusFill.lagging));
      expect(cells[`${column}12`].fill).toBe(rgb(statusFill.lagging));
      expect(cells[`${column}32`].fill).toBe(rgb(statusFill.serious));
      expect(cells[`${column}69`].fill).toBe(rgb(statusFill.not_reported));
      expect(cells[`${column}11`].fill).toBe(tableBefore[`${column}11`].fill);
    }
    expect(cells.G10.text).toBe(tableBefore.G10.text);
    const changed = Object.keys(cells).filter(
      (address) => cells[address].fill !== tableBefore[address]?.fill
    );
    expect(changed.length).toBeGreaterThan(10);
    await page.screenshot({ path: join(results, "preview-marked.png") });
  });

  it("generates the July summary: the bulletin shows the CLI's figures", async () => {
    await pane.getByRole("button", { name: "生成月度通报" }).click();
    await page.waitForSelector(`#tabs button[data-sheet="${month}月进度通报"]`, {
      timeout: 60_000,
    });
    await page.waitForFunction(
      (name) => document.querySelector("#grid table.sheet")?.getAttribute("data-sheet") === name,
      `${month}月进度通报`
    );
    await pane.getByText("已写入的工作表").waitFor({ timeout: 60_000 });

    // The sheets written are the CLI's, in the same order.
    const cliSheets = cliWorkbook.worksheets.map((worksheet) => worksheet.name);
    const tabs = await page.locator("#tabs button").allTextContents();
    expect(tabs).toEqual(
      cliSheets.filter((name) => cliWorkbook.getWorksheet(name)?.state === "visible")
    );

    // 地方财政收入 绝对量 in July: 序时目标 7700 (seed 000: 6800 + (9500 − 6800) × 1/3).
    const revenue = cli.indicators.find(
      (item) => item.name === "地方财政收入" && item.measure === "绝对量"
    );
    expect(revenue?.paceTarget).toBe(7700);
    const bulletin = cliWorkbook.getWorksheet(`${month}月进度通报`);
    if (bulletin === undefined || revenue === undefined)
      throw new Error("no bulletin in the CLI's workbook");
    const row = rowWhere(
      bulletin,
      headerColumn(bulletin, "指标"),
      "地方财政收入",
      headerColumn(bulletin, "口径"),
      "绝对量"
    );
    const cells = await gridCells(page);
    const expected: [string, number | string | null][] = [
      ["序时目标", revenue.paceTarget],
      ["累计完成", revenue.actual],
      [
        "进度差（百分点）",
        revenue.paceGap === null ? null : new Dec(revenue.paceGap).times(100).toNumber(),
      ],
      ["状态", statusLabel(revenue.status)],
    ];
    for (const [heading, value] of expected) {
      const column = headerColumn(bulletin, heading);
      const cell = bulletin.getCell(row, column);
      const shown = cells[`${letterOf(column)}${row}`].text;
      if (typeof value === "number") {
        expect(cell.value as number).toBeCloseTo(value, 9);
      } else {
        expect(cell.value).toBe(value);
      }
      expect(shown).toBe(formatCellText(cell.value as never, cell.numFmt));
    }
    expect(cells[`${letterOf(headerColumn(bulletin, "序时目标"))}${row}`].text).toBe("7,700.00");
    expect(cells[`${letterOf(headerColumn(bulletin, "状态"))}${row}`].text).toBe("滞后");
    expect(cells[`B${row}`].fill).toBe(rgb("#FFEB9C"));

    // Every cell of the bulletin on screen reads as the CLI's bulletin shows it.
    for (let r = 1; r <= bulletin.rowCount; r++) {
      for (let c = 1; c <= bulletin.columnCount; c++) {
        const cell = bulletin.getCell(r, c);
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        expect(`${cell.address} ${cells[cell.address]?.text}`).toBe(
          `${cell.address} ${formatCellText(cell.value as never, cell.numFmt)}`
        );
      }
    }
    await page.locator("#grid").screenshot({ path: join(results, "bulletin.png") });
    await page.screenshot({ path: join(results, "preview.png") });
    await page.locator("#pane").screenshot({ path: join(results, "preview-pane.png") });
  });

  it("downloads the workbook: the CLI's sheets and figures, the clerk's table kept", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download").click(),
    ]);
    expect(download.suggestedFilename()).toBe(sampleFile);
    const saved = join(work, "preview.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);

    const visible = (book: ExcelJS.Workbook): string[] =>
      book.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    expect(visible(workbook)).toEqual(visible(cliWorkbook));
    const markers = (book: ExcelJS.Workbook): string[] =>
      book.definedNames.model
        .map((definedName) => definedName.name)
        .filter((name) => name.startsWith("assess.run."))
        .sort();
    expect(markers(workbook)).toEqual(markers(cliWorkbook));
    for (const name of visible(cliWorkbook)) {
      const mine = workbook.getWorksheet(name);
      const theirs = cliWorkbook.getWorksheet(name);
      if (mine === undefined || theirs === undefined) throw new Error(`sheet ${name} is missing`);
      for (let r = 1; r <= theirs.rowCount; r++) {
        for (let c = 1; c <= theirs.columnCount; c++) {
          expect(
            `${name}!${mine.getCell(r, c).address} ${JSON.stringify(mine.getCell(r, c).value)}`
          ).toBe(
            `${name}!${theirs.getCell(r, c).address} ${JSON.stringify(theirs.getCell(r, c).value)}`
          );
        }
      }
    }
  });

  it("goes to a lagging indicator's row when the clerk clicks it", async () => {
    await pane.getByText("地方财政收入（绝对量）").first().click();
    await page.waitForSelector('#grid table.sheet[data-sheet="分解表"] td.active', {
      timeout: 30_000,
    });
    expect(await page.locator("#grid td.active").getAttribute("data-address")).toMatch(
      /^[A-Z]+10$/
    );
  });

  it("clears the marks: every fill is as it was", async () => {
    await pane.getByRole("button", { name: "清除标记" }).click();
    await pane.getByText("已清除标记，表格恢复原样。").waitFor({ timeout: 60_000 });
    await showSheet(page, "分解表");
    const cells = await gridCells(page);
    const fills = (all: Record<string, { text: string; fill: string }>): Record<string, string> =>
      Object.fromEntries(Object.entries(all).map(([address, cell]) => [address, cell.fill]));
    expect(fills(cells)).toEqual(fills(tableBefore));
  });

  it("switches to English", async () => {
    await pane.getByRole("button", { name: "English" }).click();
    for (const label of [
      "Settings for the month",
      "Generate monthly summary",
      "Mark lagging indicators",
      "Clear marks",
      "Decomposition table",
    ]) {
      await pane.getByText(label, { exact: true }).first().waitFor({ timeout: 30_000 });
    }
    expect(await pane.getByText("生成月度通报").count()).toBe(0);
    await page.locator("#pane").screenshot({ path: join(results, "preview-pane-en.png") });
  });

  it("opens a workbook from disk with a fresh pane bound to it", async () => {
    await page
      .locator("#file")
      .setInputFiles(join(root, "assets", "samples", "ledger-traditional.xlsx"));
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "ledger-traditional.xlsx"
    );
    expect(await page.locator("#sample option:checked").textContent()).toBe(
      "本机：ledger-traditional.xlsx"
    );
    expect(await page.locator(`#tabs button[data-sheet="${month}月进度通报"]`).count()).toBe(0);
    expect(await page.locator('#grid td[data-address="A1"]').textContent()).toBe(
      "鎮巴縣2016年市考指標任務分解臺賬"
    );
    await pane.getByText(/共识别\d+项指标|\d+ indicators read/).waitFor({ timeout: 60_000 });
  });

  it("made no request off this host but office.js, and logged no error", async () => {
    const origin = new URL(baseUrl).origin;
    const offHost = log.requests.filter(
      (url) =>
        !url.startsWith(`${origin}/`) &&
        !url.startsWith(officeJsPrefix) &&
        !/^(data|blob):/.test(url)
    );
    expect(offHost).toEqual([]);
    expect(log.requests.some((url) => url.startsWith(`${origin}/samples/${sampleFile}`))).toBe(
      true
    );
    expect(log.failedRequests).toEqual([]);
    expect(log.badResponses).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
