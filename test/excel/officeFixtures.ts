import { createOfficeWorkbook, ExcelRun, OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { StatusMark } from "../../src/excel/port";
import { WorkbookError } from "../../src/excel/workbookError";
import { FakeExcel, FakeFill, FakeSheet, parseAddress } from "./fake";

/** Excel on the web's limit on one request, in bytes. */
export const fiveMegabytes = 5 * 1024 * 1024;

/** The Office.js workbook on a fake Excel, with the fake's API version and `createWorkbook`. */
export function adapterOn(fake: FakeExcel): OfficeWorkbook {
  return createOfficeWorkbook(fake.run as unknown as ExcelRun, {
    isSetSupported: fake.isSetSupported,
    createWorkbook: fake.createWorkbook,
  });
}

/** The fake's `Excel.run`, typed as the adapter's. */
export function runOn(fake: FakeExcel): ExcelRun {
  return fake.run as unknown as ExcelRun;
}

/** Syncs made while running `action`. */
export async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await action();
  return fake.syncCount - before;
}

/** The WorkbookError a promise rejects with; fails when it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected a WorkbookError");
}

/** Sets a block's fill directly in the fake (test setup). */
export function paint(sheet: FakeSheet, address: string, fill: Partial<FakeFill>): void {
  const rect = parseAddress(address);
  if (rect === null) {
    throw new Error(address);
  }
  for (let row = rect.top; row < rect.top + rect.rows; row++) {
    for (let column = rect.left; column < rect.left + rect.columns; column++) {
      Object.assign(sheet.ensureCell(row, column).fill, fill);
    }
  }
}

/** The source table of seed 000, as a clerk keeps it: header, rows, own fills and formats. */
export function sourceTable(fake: FakeExcel): FakeSheet {
  const sheet = fake.sheet("分解表");
  const rows: (string | number)[][] = [
    ["指标", "目标", "1-7月实际", "进度差", "牵头单位", "责任人"],
    ["第二产业增加值", 18, 16.2, -1.8, "县统计局", "刘明江"],
    ["第三产业增加值", 13, 13.4, 0.4, "县统计局", "刘明江"],
    ["地方财政收入", 6800, 5200, -23.5, "县财政局", "张正银"],
    ["地方财政收入（增幅）", 8.4, 7.9, -0.5, "县财政局", "张正银"],
    ["全社会固定资产投资", 73.23, 70.1, -3.13, "县发改局", "王强"],
    ["社会消费品零售总额", 24.5, 25.3, 0.8, "县经贸局", "冯启彬"],
    ["外贸进出口总额", 1200, 0, -100, "县经贸局", "冯启彬"],
    ["PM10", 72, 65, 7, "县环保局", "李华"],
    ["城镇新增就业", 3200, 2100, -34.4, "县人社局", "赵敏"],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.ensureCell(r, c).value = value)));
  for (let r = 1; r < rows.length; r++) {
    sheet.ensureCell(r, 1).numberFormat = "0.00";
  }
  paint(sheet, "A1:F1", { color: "#D9D9D9", pattern: "Solid" });
  paint(sheet, "B3:C3", { color: "#FFFF00", pattern: "Solid" });
  paint(sheet, "A4", { color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" });
  paint(sheet, "A5:F5", { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 });
  sheet.merges.push({ top: 3, left: 4, rows: 2, columns: 1 });
  return sheet;
}

/** One sheet of the fake's snapshot, to compare it before and after. */
export function sheetState(fake: FakeExcel, name: string): unknown {
  const snapshot = fake.snapshot() as { sheets: { name: string }[] };
  return snapshot.sheets.find((sheet) => sheet.name === name);
}

/** Status marks on the source table: three rows lagging, one serious, two on pace, one unreported. */
export const statusMarks: readonly StatusMark[] = [
  { row: 2, firstColumn: 1, lastColumn: 6, status: "lagging" },
  { row: 3, firstColumn: 1, lastColumn: 6, status: "lagging" },
  { row: 4, firstColumn: 1, lastColumn: 6, status: "lagging" },
  { row: 5, firstColumn: 1, lastColumn: 6, status: "serious" },
  { row: 6, firstColumn: 1, lastColumn: 6, status: "on_pace" },
  { row: 7, firstColumn: 1, lastColumn: 6, status: "on_pace" },
  { row: 9, firstColumn: 1, lastColumn: 6, status: "not_reported" },
];
