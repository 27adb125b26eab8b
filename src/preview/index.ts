import { attachPane } from "./attachPane";
import { downloadBlob } from "./downloadBlob";
import { docxOf, DocxKind } from "./downloadDocx";
import { xlsxMimeType } from "./previewKeys";
import { PreviewWorkbook, WorkbookChange } from "./previewWorkbook";
import { renderSheet } from "./renderSheet";
import { sampleTitle } from "./sampleTitle";

/** The samples copied into dist/samples/ by the build (file names), set by webpack's DefinePlugin. */
declare const ASSESS_PREVIEW_SAMPLES: readonly string[];

/** The sample shown first unless the address asks for another (?sample=name.xlsx). */
const defaultSample = "zhenba-2016.xlsx";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) {
    throw new Error(`preview.html has no #${id}`);
  }
  return found as T;
}

const sampleSelect = element<HTMLSelectElement>("sample");
const fileInput = element<HTMLInputElement>("file");
const downloadButton = element<HTMLButtonElement>("download");
const docxButtons: Record<DocxKind, HTMLButtonElement> = {
  notices: element<HTMLButtonElement>("download-notices"),
  bulletin: element<HTMLButtonElement>("download-bulletin"),
};
const fileName = element<HTMLSpanElement>("file-name");
const message = element<HTMLDivElement>("message");
const grid = element<HTMLDivElement>("grid");
const tabs = element<HTMLElement>("tabs");
const pane = element<HTMLElement>("pane");

/** The open workbook, the sheet on screen and its active cell. */
let current: {
  workbook: PreviewWorkbook;
  sheet: string;
  activeCell: string | null;
  unsubscribe: () => void;
} | null = null;

function showMessage(text: string | null, kind: "error" | "info" = "error"): void {
  message.hidden = text === null;
  message.textContent = text ?? "";
  message.classList.toggle("info", kind === "info");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Draws the tabs and the sheet on screen, keeping the scroll position when the sheet stays. */
function draw(keepScroll: boolean): void {
  if (current === null) {
    return;
  }
  const { workbook } = current;
  const worksheets = workbook.visibleWorksheets();
  if (!worksheets.some((worksheet) => worksheet.name === current?.sheet)) {
    current.sheet = worksheets[0]?.name ?? "";
    current.activeCell = null;
    keepScroll = false;
  }
  const owned = new Set<string>();
  void workbook.listSheets().then((sheets) => {
    for (const sheet of sheets) {
      if (sheet.ownedRun !== null) owned.add(sheet.name);
    }
    for (const button of Array.from(tabs.querySelectorAll("button"))) {
      button.classList.toggle("owned", owned.has(button.dataset.sheet ?? ""));
    }
  });
  tabs.replaceChildren(
    ...worksheets.map((worksheet) => {
      const button = document.createElement("button");
      button.type = "button";
      button.setAttribute("role", "tab");
      button.dataset.sheet = worksheet.name;
      button.textContent = worksheet.name;
      button.setAttribute("aria-selected", String(worksheet.name === current?.sheet));
      button.addEventListener("click", () => {
        if (current !== null && current.sheet !== worksheet.name) {
          current.sheet = worksheet.name;
          current.activeCell = null;
          draw(false);
        }
      });
      return button;
    })
  );
  const worksheet = worksheets.find((item) => item.name === current?.sheet);
  const { scrollTop, scrollLeft } = grid;
  if (worksheet === undefined) {
    grid.replaceChildren();
    return;
  }
  renderSheet(worksheet, grid, { activeCell: current.activeCell });
  if (keepScroll) {
    grid.scrollTop = scrollTop;
    grid.scrollLeft = scrollLeft;
  } else if (current.activeCell === null) {
    grid.scrollTop = 0;
    grid.scrollLeft = 0;
  }
  tabs
    .querySelector<HTMLElement>('button[aria-selected="true"]')
    ?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

function onChange(change: WorkbookChange): void {
  if (current === null) {
    return;
  }
  if (change.kind === "select") {
    const moved = current.sheet !== change.sheet;
    current.sheet = change.sheet;
    current.activeCell = change.address;
    draw(!moved);
    grid.querySelector<HTMLElement>(`td[data-address="${change.address}"]`)?.classList.add("flash");
  } else if (change.kind === "sheets") {
    if (change.written.length > 0) {
      current.sheet = change.written[0];
      current.activeCell = null;
      draw(false);
    } else {
      draw(true);
    }
  } else if (change.sheet === current.sheet) {
    draw(true);
  }
}

/** Shows a workbook: its first sheet on the left, a fresh task pane bound to it on the right. */
function show(workbook: PreviewWorkbook): void {
  current?.unsubscribe();
  const first = workbook.visibleWorksheets()[0]?.name ?? "";
  current = { workbook, sheet: first, activeCell: null, unsubscribe: workbook.subscribe(onChange) };
  fileName.textContent = workbook.fileName;
  fileName.title = workbook.fileName;
  downloadButton.disabled = false;
  docxButtons.notices.disabled = false;
  docxButtons.bulletin.disabled = false;
  document.title = `${workbook.fileName} · 市考指标进度考核 · 浏览器预览`;
  showMessage(null);
  draw(false);
  attachPane(pane, workbook);
}

async function openBytes(bytes: ArrayBuffer, name: string): Promise<void> {
  try {
    show(await PreviewWorkbook.open(bytes, name));
  } catch (error) {
    showMessage(errorText(error));
  }
}

async function openSample(file: string): Promise<void> {
  showMessage(`正在打开 ${file} …`, "info");
  try {
    const response = await fetch(`samples/${encodeURIComponent(file)}`);
    if (!response.ok) {
      throw new Error(`无法下载示例工作簿 ${file}（HTTP ${response.status}）`);
    }
    await openBytes(await response.arrayBuffer(), file);
  } catch (error) {
    showMessage(errorText(error));
  }
}

async function download(): Promise<void> {
  if (current === null) {
    return;
  }
  downloadButton.disabled = true;
  try {
    const bytes = await current.workbook.toBytes();
    const name = current.workbook.fileName.replace(/\.xlsx$/i, "") + ".xlsx";
    downloadBlob(new Blob([bytes], { type: xlsxMimeType }), name);
  } catch (error) {
    showMessage(`无法生成工作簿：${errorText(error)}`);
  } finally {
    downloadButton.disabled = false;
  }
}

async function downloadDocx(kind: DocxKind): Promise<void> {
  if (current === null) {
    return;
  }
  docxButtons[kind].disabled = true;
  try {
    const made = await docxOf(current.workbook, kind);
    if (made === null) {
      showMessage("请先在右侧任务窗格生成月度汇总，再下载Word文档。", "info");
    } else {
      downloadBlob(made.blob, made.fileName);
    }
  } catch (error) {
    showMessage(`无法生成Word文档：${errorText(error)}`);
  } finally {
    docxButtons[kind].disabled = false;
  }
}

function start(): void {
  const samples = [...ASSESS_PREVIEW_SAMPLES];
  const asked = new URLSearchParams(window.location.search).get("sample");
  const first =
    asked !== null && samples.includes(asked)
      ? asked
      : samples.includes(defaultSample)
        ? defaultSample
        : samples[0];
  sampleSelect.replaceChildren(
    ...samples.map((file) => {
      const option = document.createElement("option");
      option.value = file;
      option.textContent = sampleTitle(file);
      option.selected = file === first;
      return option;
    })
  );
  if (samples.length === 0) {
    const option = document.createElement("option");
    option.textContent = "（没有示例工作簿）";
    option.disabled = true;
    sampleSelect.append(option);
  }
  sampleSelect.addEventListener("change", () => {
    if (sampleSelect.value !== "") {
      sampleSelect.querySelector("option.local")?.remove();
      void openSample(sampleSelect.value);
    }
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file === undefined) {
      return;
    }
    // The list shows the opened file in place of a sample.
    sampleSelect.querySelector("option.local")?.remove();
    const option = document.createElement("option");
    option.className = "local";
    option.value = "";
    option.textContent = `本机：${file.name}`;
    sampleSelect.prepend(option);
    sampleSelect.value = "";
    void file.arrayBuffer().then((bytes) => openBytes(bytes, file.name));
    fileInput.value = "";
  });
  downloadButton.addEventListener("click", () => void download());
  docxButtons.notices.addEventListener("click", () => void downloadDocx("notices"));
  docxButtons.bulletin.addEventListener("click", () => void downloadDocx("bulletin"));
  if (first !== undefined) {
    void openSample(first);
  } else {
    showMessage("没有示例工作簿：请点“打开本机工作簿…”选择一个 .xlsx 文件。", "info");
  }
}

start();
