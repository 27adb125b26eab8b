import { BrowserContext, chromium, FrameLocator, Page } from "playwright-core";

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** office.js from Microsoft's CDN: the one request allowed to leave the host, and to fail. */
export const officeJsPrefix = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** What the page did that a clean run must not: requests, failures, bad responses, errors. */
export interface PageLog {
  readonly requests: string[];
  readonly failedRequests: string[];
  readonly badResponses: string[];
  readonly consoleErrors: string[];
}

/** The browser of an end-to-end test: its context, the preview page, the pane's frame, the log. */
export interface PreviewBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pane: FrameLocator;
  readonly log: PageLog;
}

/**
 * Launches headless Chromium (a profile of its own in `userDataDir`, downloads accepted, zh-CN, a
 * 1440 × 900 window at `deviceScaleFactor`) and records on its page every request, failed request
 * (office.js's excepted: no network here), response ≥ 400 and console error or uncaught exception.
 */
export async function launchPreviewBrowser(
  userDataDir: string,
  deviceScaleFactor = 1
): Promise<PreviewBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor,
    acceptDownloads: true,
    locale: "zh-CN",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log: PageLog = { requests: [], failedRequests: [], badResponses: [], consoleErrors: [] };
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("requestfailed", (request) => {
    if (!request.url().startsWith(officeJsPrefix))
      log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) log.badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.startsWith(officeJsPrefix)) {
      log.consoleErrors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on("pageerror", (error) => log.consoleErrors.push(`uncaught: ${error.message}`));
  return { context, page, pane: page.frameLocator('iframe[name="assess-taskpane"]'), log };
}

/** Shows a sheet of the preview's workbook by its tab, and waits until the grid draws it. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.locator(`#tabs button[data-sheet="${name}"]`).click();
  await page.waitForFunction(
    (sheet) => document.querySelector("#grid table.sheet")?.getAttribute("data-sheet") === sheet,
    name
  );
}
