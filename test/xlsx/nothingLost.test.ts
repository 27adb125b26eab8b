import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { join } from "path";
import { run } from "../../src/cli/main";
import { CliIo } from "../../src/cli/cliIo";
import { ownedWorksheets } from "../../src/xlsx/ownedWorksheets";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { temporaryDirectory } from "./sheetSpecFixture";

/**
 * Nothing lost on the CLI/.xlsx path (`assess summary --copy`, the marked copy): whatever the runs — twice into the same
 * output, over a clerk's own sheet named 7月进度通报, after the table was edited between runs — the
 * clerk's sheets come out cell for cell as they went in (values, formulas, number formats, fills,
 * fonts, merges, widths, hidden rows, notes), apart from the sheets the tool owns, and the input
 * file's bytes are never touched. The Office adapter's equivalents are in test/excel/.
 */

const summaryNames = [
  "7月进度通报",
  "7月排名",
  "7月加减分汇总",
  "7月预警",
  "7月预警通知",
  "7月迟报",
];
const yellow: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
const green: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };

function quietIo(): CliIo & { err: () => string } {
  let err = "";
  return {
    stdout: { write: () => undefined },
    stderr: { write: (text) => (err += text) },
    err: () => err,
  };
}

/** A clerk's workbook with formats, fills, merges, a formula, a note, a hidden row and a sheet of their own. */
async function clerkWorkbook(file: string, ownBulletin: boolean): Promise<void> {
  const book = new ExcelJS.Workbook();
  const table = book.addWorksheet("分解表");
  table.addRow(["镇巴县2016年市考指标任务分解表"]);
  table.mergeCells("A1:G1");
  table.getCell("A1").font = { bold: true, size: 16 };
  table.addRow(["主要指标", "口径", "倒排时间", "单位", "考核任务", "责任单位", "责任人"]);
  table.addRow(["地方财政收入", "绝对量", "上半年", "万元", 6800, "县财政局", "张正银"]);
  table.addRow([null, "绝对量", "全年", "万元", 13600, null, null]);
  table.addRow(["专利申请量", "绝对量", "全年", "件", 25, "县科技局", "李明"]);
  table.addRow(["合计", null, null, null, { formula: "E4+E5", result: 13625 }, null, null]);
  table.mergeCells("A3:A4");
  table.mergeCells("F3:F4");
  table.mergeCells("G3:G4");
  table.getCell("E3").numFmt = "#,##0.00";
  table.getCell("E4").numFmt = "#,##0.00";
  table.getCell("E4").fill = yellow;
  table.getCell("A5").note = "县科技局7月前报送";
  table.getRow(6).hidden = true;
  table.getColumn(1).width = 28;

  const actuals = book.addWorksheet("月度完成");
  actuals.addRow(["指标", "口径", "6月", "7月"]);
  actuals.addRow(["地方财政收入", "绝对量", 6900, 7000]);
  actuals.addRow(["专利申请量", "绝对量", 9, 14]);
  actuals.getCell("D2").numFmt = "0.0";
  actuals.getCell("D3").fill = green;

  const notes = book.addWorksheet("说明");
  notes.getCell("A1").value = {
    richText: [{ text: "注：", font: { bold: true } }, { text: "数据以统计局为准" }],
  };
  notes.getCell("A2").value = new Date(Date.UTC(2016, 7, 15));
  notes.getCell("A2").numFmt = "yyyy-mm-dd";
  notes.getCell("A3").value = { text: "市考核办", hyperlink: "http://example.org/" };
  notes.getCell("B4").value = 0.125;
  notes.getCell("B4").numFmt = "0.0%";

  if (ownBulletin) {
    const own = book.addWorksheet("7月进度通报");
    own.getCell("A1").value = "我自己的7月通报，别动";
    own.mergeCells("A1:D1");
    own.getCell("B3").value = 0.583;
    own.getCell("B3").numFmt = "0.0%";
    own.getCell("B3").fill = yellow;
  }

  const events = book.addWorksheet("加减分登记");
  events.addRow(["单位", "规则编号", "次数", "市考"]);
  events.addRow(["县财政局", "B04", 3, "否"]);
  const reports = book.addWorksheet("报送登记");
  reports.addRow(["单位", "月份", "报送日期"]);
  reports.addRow(["县财政局", "7月", "2016-08-18"]);
  await book.xlsx.writeFile(file);
}

/** Everything a clerk could see of a sheet, as plain JSON. */
function snapshotOf(sheet: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
        numFmt: cell.numFmt ?? null,
        fill: cell.fill ?? null,
        font: cell.font ?? null,
        alignment: cell.alignment ?? null,
        border: cell.border ?? null,
        note: cell.note ?? null,
      };
    });
  });
  const rows: Record<number, unknown> = {};
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    rows[number] = { hidden: row.hidden, height: row.height ?? null };
  }
  return {
    name: sheet.name,
    state: sheet.state,
    cells,
    rows,
    merges: [...(sheet.model.merges ?? [])].sort(),
    widths: (sheet.columns ?? []).map((column) => column.width ?? null),
  };
}

/** The clerk's sheets of a workbook (those the tool does not own), in tab order. */
async function clerkSheets(file: string): Promise<{ names: string[]; snapshots: unknown[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const owned = new Set(ownedWorksheets(book).map((sheet) => sheet.sheet));
  const mine = book.worksheets.filter((sheet) => !owned.has(sheet.name));
  return { names: mine.map((sheet) => sheet.name), snapshots: mine.map(snapshotOf) };
}

async function hashOf(file: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}

async function summarise(input: string, output: string): Promise<void> {
  const io = quietIo();
  const code = await run(
    ["summary", input, "--month", "7", "--copy", "--force", "--out", output],
    io
  );
  expect(`${code} ${io.err().includes("未能生成") ? io.err() : ""}`).toBe("0 ");
}

describe("nothing lost through assess summary --copy", () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it("twice on the same input into the same output: the clerk's sheets and the input untouched, the summary there once", async () => {
    const input = join(directory.path, "镇巴.xlsx");
    await clerkWorkbook(input, false);
    const hash = await hashOf(input);
    const before = await clerkSheets(input);
    // the snapshot sees what a clerk sees: formats, fills, notes, formulas, merges, hidden rows
    expect(before.snapshots[0]).toMatchObject({
      cells: {
        E4: { value: 13600, numFmt: "#,##0.00", fill: yellow },
        A5: { note: "县科技局7月前报送" },
        E6: { value: { formula: "E4+E5", result: 13625 } },
      },
      rows: { 6: { hidden: true } },
      merges: ["A1:G1", "A3:A4", "F3:F4", "G3:G4"],
    });
    const output = join(directory.path, "通报.xlsx");

    await summarise(input, output);
    const first = await readWorkbook(output);
    await summarise(input, output);

    expect(await hashOf(input)).toBe(hash);
    const after = await clerkSheets(output);
    expect(after.names).toEqual(before.names);
    expect(after.snapshots).toEqual(before.snapshots);
    const second = await readWorkbook(output);
    expect(second.map((sheet) => sheet.name)).toEqual([...before.names, ...summaryNames]);
    // the same input gives the same summary, value for value
    expect(second.map((sheet) => sheet.values)).toEqual(first.map((sheet) => sheet.values));
  });

  it("with the clerk's own sheet named 7月进度通报: that sheet is kept exactly and the summary goes beside it", async () => {
    const input = join(directory.path, "镇巴.xlsx");
    await clerkWorkbook(input, true);
    const hash = await hashOf(input);
    const before = await clerkSheets(input);
    const output = join(directory.path, "通报.xlsx");

    await summarise(input, output);
    await summarise(output, join(directory.path, "再次.xlsx")); // a re-run over the tool's own output

    expect(await hashOf(input)).toBe(hash);
    for (const file of [output, join(directory.path, "再次.xlsx")]) {
      const after = await clerkSheets(file);
      expect(after.names).toEqual(before.names);
      expect(after.snapshots).toEqual(before.snapshots);
      const names = (await readWorkbook(file)).map((sheet) => sheet.name);
      expect(names.filter((name) => name.startsWith("7月进度通报"))).toEqual([
        "7月进度通报",
        "7月进度通报(2)",
      ]);
    }
  });

  it("with the table edited between runs: the edit is kept, the summary follows it, the old summary is replaced", async () => {
    const input = join(directory.path, "镇巴.xlsx");
    await clerkWorkbook(input, true);
    const first = join(directory.path, "第一次.xlsx");
    await summarise(input, first);

    // The clerk opens the output, corrects July's figure and marks it, and saves it as a new file.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(first);
    const actuals = book.getWorksheet("月度完成")!;
    actuals.getCell("D2").value = 7700;
    actuals.getCell("D2").fill = yellow;
    book.getWorksheet("分解表")!.getCell("E5").value = 30;
    const edited = join(directory.path, "改过.xlsx");
    await book.xlsx.writeFile(edited);
    const hash = await hashOf(edited);
    const before = await clerkSheets(edited);

    const second = join(directory.path, "第二次.xlsx");
    await summarise(edited, second);

    expect(await hashOf(edited)).toBe(hash);
    const after = await clerkSheets(second);
    expect(after.names).toEqual(before.names);
    expect(after.snapshots).toEqual(before.snapshots);
    const sheets = await readWorkbook(second);
    expect(sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("7月"))).toEqual([
      "7月进度通报",
      "7月进度通报(2)",
      ...summaryNames.slice(1),
    ]);
    const bulletin = sheets.find((sheet) => sheet.name === "7月进度通报(2)")!;
    const revenue = bulletin.values.find((row) => row[1] === "地方财政收入")!;
    const patents = bulletin.values.find((row) => row[1] === "专利申请量")!;
    // 年度目标 and 累计完成 columns: the corrected actual and the corrected target are used
    expect([revenue[4], revenue[6], patents[4], patents[6]]).toEqual([13600, 7700, 30, 14]);
  });
});
