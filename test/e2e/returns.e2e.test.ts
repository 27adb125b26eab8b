/**
 * End to end: the clerk's collection month in the browser preview (dist/preview.html) with the
 * production task pane, driven in Debian's Chromium through playwright-core, as
 * preview.e2e.test.ts does. It needs a production build in dist/ (`npm run build`).
 *
 * The ledger is the 镇巴 sample with August not yet entered (月度完成!E5:E31 blank but
 * 地方财政收入's 8235 in E7), opened from disk. The pane lists the August return forms and hands
 * out each unit's (a download on the preview's page); each unit fills in its form as the pane
 * tests' fixture does (县财政局 reports 8300 where the ledger holds 8235; 县经合局 reports on the
 * 18th, late; 县住建局 leaves the date blank, so its file's modified day, the 14th, counts); the
 * clerk picks the nine files, reads the plan, confirms, and the ledger, the 报送登记 and the August
 * 迟报 sheet show the figures and dates. Screenshots go to test-results/ (git-ignored).
 */
import { Server } from "http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { utimes, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { BrowserContext, FrameLocator, Page } from "playwright-core";
import { GridSheet } from "../../src/engine/kernel/grid";
import { startPreviewServer } from "../../scripts/preview";
import { zhenbaSheets } from "../engine/returns/returnsFixture";
import { FILLED, filledReturn, SAVED_ON } from "../taskpane/returnsFixture";
import {
  chromiumPath,
  launchPreviewBrowser,
  officeJsPrefix,
  PageLog,
  showSheet,
} from "./previewBrowser";

jest.setTimeout(180_000);

const root = resolve(__dirname, "..", "..");
const dist = join(root, "dist");
const results = join(root, "test-results");
const samplePath = join(root, "assets", "samples", "zhenba-2016.xlsx");
const ledgerName = "镇巴台账.xlsx";
const units = Object.keys(FILLED);

/** Text of every cell of the grid on screen, by address. */
async function gridTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const cells: Record<string, string> = {};
    for (const cell of Array.from(
      document.querySelectorAll<HTMLTableCellElement>("#grid td[data-address]")
    )) {
      cells[cell.dataset.address ?? ""] = cell.textContent ?? "";
    }
    return cells;
  });
}

const skip = process.env.ASSESS_SKIP_E2E === "1";

(skip ? describe.skip : describe)("the clerk's collection month in the browser preview", () => {
  let server: Server | null = null;
  let baseUrl = "";
  let context: BrowserContext | null = null;
  let page: Page;
  let pane: FrameLocator;
  let work = "";
  let original: GridSheet[];
  const forms = new Map<string, string>();
  const returns: string[] = [];
  let log: PageLog;

  beforeAll(async () => {
    if (!existsSync(join(dist, "preview.html")) || !existsSync(join(dist, "taskpane.js"))) {
      throw new Error(
        "dist/preview.html or dist/taskpane.js is missing: run `npm run build` before the e2e tests (npm test builds first)."
      );
    }
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `No Chromium at ${chromiumPath}: install Debian's chromium, set CHROMIUM_PATH, or ASSESS_SKIP_E2E=1 to skip.`
      );
    }
    mkdirSync(results, { recursive: true });
    work = mkdtempSync(join(tmpdir(), "assess-e2e-returns-"));
    original = await zhenbaSheets();

    // The clerk's ledger: August not yet entered, but for 地方财政收入's 8235 (月度完成!E7).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath);
    for (let row = 5; row <= 31; row++) {
      if (row !== 7) {
        workbook.getWorksheet("月度完成")!.getCell(`E${row}`).value = null;
      }
    }
    await workbook.xlsx.writeFile(join(work, ledgerName));

    const started = await startPreviewServer({ root: dist, port: 0 });
    server = started.server;
    baseUrl = started.url;
    // Twice the pixels: the pane's screenshots keep the Chinese text sharp.
    ({ context, page, pane, log } = await launchPreviewBrowser(join(work, "profile"), 2));
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((done) => (server === null ? done() : server.close(() => done())));
    if (work !== "") rmSync(work, { recursive: true, force: true });
  });

  it("opens the ledger from disk; the pane detects the table, month 8", async () => {
    // The sample's pane first, loaded: opening the ledger replaces the pane's iframe, and a
    // pane still loading would have its requests aborted.
    await page.goto(`${baseUrl}preview.html?sample=zhenba-2016.xlsx`);
    await page.waitForSelector("#grid table.sheet");
    await pane.getByText(/共识别\d+项指标/).waitFor({ timeout: 60_000 });
    await page.locator("#file").setInputFiles(join(work, ledgerName));
    await page.waitForFunction(
      (name) => document.getElementById("file-name")?.textContent === name,
      ledgerName
    );
    await pane.getByText(/共识别\d+项指标/).waitFor({ timeout: 60_000 });
    await pane.getByText("工作表：分解表").waitFor();
    const month = pane.getByLabel("数据月份");
    if ((await month.inputValue()) !== "8") {
      await month.selectOption("8");
    }
    expect(await month.inputValue()).toBe("8");
    await showSheet(page, "月度完成");
    const cells = await gridTexts(page);
    expect(cells.E11).toBe("");
    expect(cells.E7).toBe("8235.00");
  });

  it("lists the August forms and downloads each unit's", async () => {
    await pane.getByRole("button", { name: "列出8月报送表" }).click();
    const list = pane.getByRole("list", { name: "报送表" });
    await list.waitFor({ timeout: 60_000 });
    expect(await list.getByRole("listitem").count()).toBe(units.length);
    await pane.getByText("县经合局（1项指标）").waitFor();
    await pane.getByText(/截止2016年9月15日/).waitFor();
    for (const unit of units) {
      const fileName = `报送表-${unit}-8月.xlsx`;
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        pane.getByRole("button", { name: `生成 ${fileName}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(fileName);
      const saved = join(work, "forms", fileName);
      await download.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 2).toString("latin1")).toBe("PK");
      await pane.getByText(`已下载 ${fileName}`).waitFor();
      forms.set(unit, saved);
    }
    expect([...forms.keys()]).toEqual(units);
  });

  it("plans the nine filled-in returns before writing anything", async () => {
    // Each unit fills in its form in Excel and saves it on the 14th (the file's modified time,
    // which Chromium gives as the picked File's lastModified).
    mkdirSync(join(work, "returns"), { recursive: true });
    for (const [unit, formPath] of forms) {
      const fileName = `报送表-${unit}-8月.xlsx`;
      const picked = await filledReturn(
        { unit, fileName },
        new Uint8Array(readFileSync(formPath)),
        original
      );
      const path = join(work, "returns", picked.name);
      await writeFile(path, picked.bytes);
      await utimes(path, new Date(SAVED_ON), new Date(SAVED_ON));
      returns.push(path);
    }
    await pane.locator('[data-testid="return-files"]').setInputFiles(returns);

    const changes = pane.getByRole("region", { name: "将写入台账" });
    await changes.waitFor({ timeout: 60_000 });
    for (const line of [
      "月度完成!E11：写入县经合局报送的“招商引资(引进市外资金)”（绝对量）8月累计9.31",
      "报送登记!C27：登记县住建局8月报送日期2016-09-14（文件修改日期）",
    ]) {
      await changes.getByText(line, { exact: true }).waitFor();
    }
    expect(await changes.getByRole("listitem").count()).toBe(26 + 9);
    await pane
      .getByText(
        "报送表-县财政局-8月.xlsx：月度完成!E7：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）",
        { exact: true }
      )
      .waitFor();
    const force = pane.getByLabel("以报送表为准，覆盖1个不同的已有数据");
    expect(await force.isChecked()).toBe(false);

    // Nothing written yet.
    await showSheet(page, "月度完成");
    expect((await gridTexts(page)).E11).toBe("");

    // The plan on screen as the clerk reads it before writing: the pane scrolled to its top (the
    // finding, the first changes), then to its end (replace, write).
    const collect = pane.getByRole("region", { name: "汇总收回的报送表" });
    await collect.evaluate((section) => section.scrollIntoView({ block: "start" }));
    await page.locator("#pane").screenshot({ path: join(results, "returns-collect.png") });
    await pane
      .getByRole("button", { name: "写入台账（26个数据、9条报送登记）" })
      .evaluate((button) => button.scrollIntoView({ block: "end" }));
    await page.locator("#pane").screenshot({ path: join(results, "returns-collect-end.png") });
    await page.screenshot({ path: join(results, "returns-collect-page.png") });
  });

  it("writes the figures and arrivals once the clerk confirms", async () => {
    await pane.getByRole("button", { name: "写入台账（26个数据、9条报送登记）" }).click();
    await pane.getByText("确认写入台账？").waitFor();
    await pane.getByRole("button", { name: "确认写入" }).click();
    await pane.getByText(/^已写入26个数据，登记9个单位的报送日期。/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(results, "returns-written.png") });

    await showSheet(page, "月度完成");
    const ledger = await gridTexts(page);
    expect(ledger.E11).toBe("9.31");
    expect(ledger.E7).toBe("8235.00");

    await showSheet(page, "报送登记");
    const register = await gridTexts(page);
    const rows = Array.from({ length: 9 }, (_, index) => 21 + index).map((row) => [
      register[`A${row}`],
      register[`B${row}`],
      register[`C${row}`],
    ]);
    expect(rows).toEqual([
      ["县统计局", "8", "2016-09-08"],
      ["县经贸局", "8", "2016-09-09"],
      ["县科技局", "8", "2016-09-10"],
      ["县环保局", "8", "2016-09-11"],
      ["县发改局", "8", "2016-09-12"],
      ["县财政局", "8", "2016-09-13"],
      ["县住建局", "8", "2016-09-14"],
      ["县文广局", "8", "2016-09-15"],
      ["县经合局", "8", "2016-09-18"],
    ]);
    expect(register.A30 ?? "").toBe("");
  });

  it("lists 县经合局 as 3 days late in the August summary", async () => {
    await pane.getByRole("button", { name: "生成月度通报" }).click();
    await page.waitForSelector('#tabs button[data-sheet="8月迟报"]', { timeout: 60_000 });
    await pane.getByText("已写入的工作表").waitFor({ timeout: 60_000 });
    await showSheet(page, "8月迟报");
    const cells = await gridTexts(page);
    const header = (text: string): string => {
      const address = Object.keys(cells).find(
        (key) => /^[A-Z]+3$/.test(key) && cells[key] === text
      );
      if (address === undefined) throw new Error(`8月迟报 has no header ${text}`);
      return address.replace(/\d+$/, "");
    };
    const unit = header("单位");
    const late = header("逾期天数");
    const reported = header("实际报送");
    const listed = Object.keys(cells)
      .filter((key) => key.startsWith(unit) && Number(key.slice(unit.length)) > 3)
      .map((key) => Number(key.slice(unit.length)))
      // The data rows; the signature line below them is one merged cell.
      .filter((row) => cells[`${unit}${row}`] !== "" && cells[`${late}${row}`] !== undefined)
      .map((row) => [cells[`${unit}${row}`], cells[`${reported}${row}`], cells[`${late}${row}`]]);
    expect(listed).toEqual([["县经合局", "2016-09-18", "3"]]);
  });

  it("downloads the workbook with the figures and dates written", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download").click(),
    ]);
    expect(download.suggestedFilename()).toBe(ledgerName);
    const saved = join(work, "downloaded.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const ledger = workbook.getWorksheet("月度完成")!;
    expect(ledger.getCell("E11").value).toBe(9.31);
    expect(ledger.getCell("E7").value).toBe(8235);
    const register = workbook.getWorksheet("报送登记")!;
    expect(register.getCell("A29").value).toBe("县经合局");
    expect(register.getCell("B29").value).toBe(8);
    const arrived = register.getCell("C29").value;
    expect(arrived).toBeInstanceOf(Date);
    expect((arrived as Date).toISOString()).toBe("2016-09-18T00:00:00.000Z");
    expect((register.getCell("C27").value as Date).toISOString()).toBe("2016-09-14T00:00:00.000Z");
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
    expect(log.failedRequests).toEqual([]);
    expect(log.badResponses).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
