import ExcelJS from "exceljs";
import { base64Of } from "../../src/excel/base64Of";
import { createOfficeWorkbook, ExcelRun } from "../../src/excel/officeWorkbook";
import { FakeExcel } from "./fake";
import { adapterOn, rejection } from "./officeFixtures";

/** 100 KB of pseudo-random bytes (a fixed seed), every byte value 0–255 among them. */
function randomBytes(): Uint8Array {
  const bytes = new Uint8Array(100 * 1024);
  let state = 20160814;
  for (let index = 0; index < bytes.length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  for (let value = 0; value < 256; value++) {
    bytes[value * 7] = value;
  }
  return bytes;
}

/** A real return form: an .xlsx zip made by exceljs. */
async function xlsxBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("报送表").getCell("A1").value = "县财政局 8月报送表";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("base64Of", () => {
  it("encodes as Node's Buffer does, for every length around a chunk and for empty bytes", () => {
    const bytes = randomBytes();
    for (const length of [0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1, bytes.length]) {
      const part = bytes.subarray(0, length);
      expect(base64Of(part)).toBe(Buffer.from(part).toString("base64"));
    }
  });
});

describe("deliverFile (Office.js)", () => {
  it("hands the exact bytes to Excel.createWorkbook as base64: 100 KB, every byte value, no sync", async () => {
    const fake = new FakeExcel({ apiVersion: "1.8" });
    const bytes = randomBytes();
    expect(new Set(bytes).size).toBe(256);
    const delivery = await adapterOn(fake).deliverFile({ name: "报送表-县财政局-8月.xlsx", bytes });
    expect(delivery).toBe("opened");
    expect(fake.newWorkbooks.opened).toHaveLength(1);
    expect(Buffer.from(fake.newWorkbooks.opened[0]).equals(Buffer.from(bytes))).toBe(true);
    expect(fake.runs).toBe(0);
    expect(fake.syncCount).toBe(0);
  });

  it("opens a real return form: the new workbook's file is an .xlsx zip", async () => {
    const fake = new FakeExcel();
    await adapterOn(fake).deliverFile({ name: "报送表.xlsx", bytes: await xlsxBytes() });
    const opened = fake.newWorkbooks.opened[0];
    expect(Buffer.from(opened.subarray(0, 2)).toString("latin1")).toBe("PK");
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(Buffer.from(opened) as unknown as ExcelJS.Buffer);
    expect(reread.getWorksheet("报送表")?.getCell("A1").value).toBe("县财政局 8月报送表");
  });

  it("refuses without ExcelApi 1.8, pointing to the preview and assess forms; Excel is not called", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    const error = await rejection(
      adapterOn(fake).deliverFile({ name: "报送表-县财政局-8月.xlsx", bytes: randomBytes() })
    );
    expect(error.key).toBe("newWorkbookUnsupported");
    expect(error.code).toBe("ApiNotFound");
    expect(error.message).toBe(
      "此版本的 Excel 无法把报送表“报送表-县财政局-8月.xlsx”打开为新工作簿（需要 ExcelApi 1.8）；请在浏览器预览中下载，或用命令行 assess forms 生成报送表"
    );
    expect(error.messageIn("en-US")).toContain("browser preview");
    expect(error.messageIn("en-US")).toContain("assess forms");
    expect(fake.newWorkbooks.opened).toEqual([]);
  });

  it("says the ApiNotFound that Office.js throws at once when the host lacks the API after all, with the ways out", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    expect(() => fake.createWorkbook("")).toThrow("needs ExcelApi 1.8");
    const workbook = createOfficeWorkbook(fake.run as unknown as ExcelRun, {
      isSetSupported: () => true,
      createWorkbook: fake.createWorkbook,
    });
    const error = await rejection(
      workbook.deliverFile({ name: "a.xlsx", bytes: new Uint8Array(4) })
    );
    expect(error.key).toBe("newWorkbookFailed");
    expect(error.code).toBe("ApiNotFound");
    expect(error.message).toMatch(
      /^Excel 未能把报送表“a.xlsx”打开为新工作簿（ApiNotFound: .*needs ExcelApi 1\.8.*）；请在浏览器预览中下载/
    );
  });

  it("turns a rejection of createWorkbook into the clerk's message, with the ways out", async () => {
    const fake = new FakeExcel();
    fake.newWorkbooks.failWith = "GeneralException";
    const error = await rejection(
      adapterOn(fake).deliverFile({ name: "a.xlsx", bytes: await xlsxBytes() })
    );
    expect(error.key).toBe("newWorkbookFailed");
    expect(error.code).toBe("GeneralException");
    expect(error.message).toBe(
      "Excel 未能把报送表“a.xlsx”打开为新工作簿（GeneralException: The new workbook could not be created.）；请在浏览器预览中下载，或用命令行 assess forms 生成报送表"
    );
    expect(error.messageIn("en-US")).toBe(
      'Excel could not open the return form "a.xlsx" as a new workbook (GeneralException: The new workbook could not be created.): download it from the browser preview, or make the forms with assess forms'
    );
    expect(fake.newWorkbooks.opened).toEqual([]);
  });

  it("lists opening new workbooks as an optional feature of ExcelApi 1.8", () => {
    const status = adapterOn(new FakeExcel({ apiVersion: "1.7" }))
      .requirements()
      .find((item) => item.feature === "featureNewWorkbook");
    expect(status).toEqual({
      api: "ExcelApi 1.8",
      supported: false,
      required: false,
      feature: "featureNewWorkbook",
      description: "在新工作簿中打开报送表",
    });
  });
});
