/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import ExcelJS from "exceljs";
import { downloadBlob } from "../../src/preview/downloadBlob";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";

/** What the links clicked asked the browser to download, and the addresses revoked. */
let clicked: { href: string; download: string; inDocument: boolean }[];
let blobs: Blob[];
let revoked: string[];

/** A blob's bytes, read as jsdom reads them (its Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

beforeEach(() => {
  clicked = [];
  blobs = [];
  revoked = [];
  // jsdom has no blob addresses and no downloads: both are recorded instead.
  URL.createObjectURL = (blob: Blob): string => {
    blobs.push(blob);
    return `blob:preview/${blobs.length}`;
  };
  URL.revokeObjectURL = (url: string): void => {
    revoked.push(url);
  };
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
  });
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("downloadBlob", () => {
  it("clicks a download link in the page, removes it, and revokes the address a minute later", () => {
    jest.useFakeTimers();
    const blob = new Blob(["通报"], { type: "text/plain" });
    downloadBlob(blob, "8月进度通报.docx");
    expect(clicked).toEqual([
      { href: "blob:preview/1", download: "8月进度通报.docx", inDocument: true },
    ]);
    expect(blobs).toEqual([blob]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    jest.advanceTimersByTime(59999);
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(revoked).toEqual(["blob:preview/1"]);
  });
});

describe("PreviewWorkbook.deliverFile", () => {
  it("downloads the return form under its name as an .xlsx, and says so", async () => {
    const ledger = new ExcelJS.Workbook();
    ledger.addWorksheet("分解表").addRow(["指标"]);
    const workbook = await PreviewWorkbook.open(
      (await ledger.xlsx.writeBuffer()) as ArrayBuffer,
      "台账.xlsx"
    );
    const bytes = new Uint8Array([80, 75, 3, 4, 20]);
    const delivery = await workbook.deliverFile({ name: "报送表-县财政局-8月.xlsx", bytes });
    expect(delivery).toBe("downloaded");
    expect(clicked).toEqual([
      { href: "blob:preview/1", download: "报送表-县财政局-8月.xlsx", inDocument: true },
    ]);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(blobs[0]).toBeInstanceOf(window.Blob);
    expect(Array.from(await bytesOf(blobs[0]))).toEqual([80, 75, 3, 4, 20]);
  });
});
