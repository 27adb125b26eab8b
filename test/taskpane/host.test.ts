/** @jest-environment jsdom */
import { localeOf, previewPort, previewPortEvent, whenHostReady } from "../../src/taskpane/host";
import { MemoryPort } from "./memoryPort";
import { seedWorkbook } from "./seedWorkbook";

type OfficeHolder = { Office?: unknown };

describe("localeOf", () => {
  it.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    [null, "zh-CN"],
  ] as const)("%p → %p", (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});

describe("whenHostReady", () => {
  afterEach(() => {
    delete (globalThis as OfficeHolder).Office;
  });

  it("reports no Office when office.js is not loaded", async () => {
    await expect(whenHostReady()).resolves.toEqual({ officePresent: false, displayLanguage: null });
  });

  it("reads the display language inside Excel", async () => {
    (globalThis as OfficeHolder).Office = {
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "en-US" },
    };
    await expect(whenHostReady()).resolves.toEqual({
      officePresent: true,
      displayLanguage: "en-US",
    });
  });

  it("reports no Office when office.js runs outside Office (the preview)", async () => {
    (globalThis as OfficeHolder).Office = { onReady: async () => ({ host: null, platform: null }) };
    await expect(whenHostReady()).resolves.toEqual({ officePresent: false, displayLanguage: null });
  });
});

describe("previewPort", () => {
  afterEach(() => {
    delete window.assessPreviewPort;
  });

  it("takes the port the preview set before the pane started", async () => {
    const port = new MemoryPort(seedWorkbook());
    window.assessPreviewPort = port;
    await expect(previewPort(10)).resolves.toBe(port);
  });

  it("waits for the port the preview announces later", async () => {
    const port = new MemoryPort(seedWorkbook());
    const waiting = previewPort(5000);
    window.assessPreviewPort = port;
    window.dispatchEvent(new Event(previewPortEvent));
    await expect(waiting).resolves.toBe(port);
  });

  it("gives up with null when no port comes", async () => {
    await expect(previewPort(10)).resolves.toBeNull();
  });
});
