import ExcelJS from "exceljs";
import { AssessError } from "../../src/engine/kernel/errors";
import { STATUS_FILLS as statusFill } from "../../src/engine/status/statusFills";
import {
  PreviewWorkbook,
  settingsSheetName,
  WorkbookChange,
} from "../../src/preview/previewWorkbook";
import { runMarkerName } from "../../src/engine/workbook/runMarker";
import { bulletinSpec } from "../xlsx/sheetSpecFixture";

/** A small clerk's workbook: a table whose rows share one style, and a sheet named like a summary. */
async function clerkWorkbook(withSummaryName = false): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const table = workbook.addWorksheet("分解表");
  table.addRow(["指标", "考核任务", "累计完成"]);
  table.addRow(["地方财政收入", 13600, 7200]);
  table.addRow(["全社会固定资产投资", 73.8, 30.1]);
  table.addRow(["招商引资", 18.22, 9]);
  const shared = {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as ExcelJS.Fill,
  };
  for (let row = 2; row <= 4; row++) {
    for (let column = 1; column <= 3; column++) {
      table.getCell(row, column).style = { ...shared };
    }
  }
  table.getCell("A2").style = { font: { bold: true } };
  if (withSummaryName) {
    workbook.addWorksheet("7月进度通报").getCell("A1").value = "办公室自己的表";
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

function fillOf(workbook: PreviewWorkbook, address: string): unknown {
  return JSON.parse(
    JSON.stringify(workbook.workbook.getWorksheet("分解表")?.getCell(address).fill ?? null)
  );
}

describe("PreviewWorkbook", () => {
  it("lists the clerk's sheets, not its settings sheet, and keeps settings in the saved file", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    await workbook.saveSetting("language", "en-US");
    await workbook.saveSetting("band", { value: 0.05 });
    const long = "镇".repeat(70000);
    await workbook.saveSetting("long", long);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(["分解表"]);
    expect(workbook.visibleWorksheets().map((sheet) => sheet.name)).toEqual(["分解表"]);

    const reopened = await PreviewWorkbook.open(await workbook.toBytes(), "a.xlsx");
    expect(await reopened.loadSetting<string>("language")).toBe("en-US");
    expect(await reopened.loadSetting<{ value: number }>("band")).toEqual({ value: 0.05 });
    expect(await reopened.loadSetting<string>("long")).toBe(long);
    expect(await reopened.loadSetting("missing")).toBeNull();
    expect(reopened.workbook.getWorksheet(settingsSheetName)?.state).toBe("veryHidden");
    expect((await reopened.readSheets()).map((sheet) => sheet.name)).toEqual(["分解表"]);
  });

  it("reads the sheets, the clerk's grids and the settings in one readWorkbook", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(true), "a.xlsx");
    await workbook.saveSetting("assess.table", { sheet: "分解表", columns: [] });
    await workbook.writeSummary("2016-07", [bulletinSpec()]);
    await workbook.markStatuses("分解表", [
      { row: 2, firstColumn: 1, lastColumn: 3, status: "lagging" },
    ]);
    const read = await workbook.readWorkbook();
    expect(read.sheets).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "7月进度通报", ownedRun: null },
      { name: "7月进度通报(2)", ownedRun: "2016-07" },
    ]);
    expect(read.grids.map((grid) => grid.name)).toEqual(["分解表", "7月进度通报"]);
    expect(read.grids[0].values[1]).toEqual(["地方财政收入", 13600, 7200]);
    // The add-in's own record of marks is not one of the settings.
    expect(read.settings).toEqual({ "assess.table": { sheet: "分解表", columns: [] } });
  });

  it("marks rows by status without touching cells that share their style, and restores them exactly", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const sheet = workbook.workbook.getWorksheet("分解表")!;
    const before = new Map(
      ["A2", "B2", "C2", "A3", "B3", "C3", "A4", "B4"].map((address) => [
        address,
        sheet.getCell(address).style,
      ])
    );
    const beforeFills = new Map(
      [...before.keys()].map((address) => [address, fillOf(workbook, address)])
    );
    // exceljs shares one style object between cells of the same style: the premise of this test.
    expect(sheet.getCell("B3").style).toBe(sheet.getCell("C3").style);
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));

    await workbook.markStatuses("分解表", [
      { row: 2, firstColumn: 1, lastColumn: 3, status: "serious" },
      { row: 3, firstColumn: 1, lastColumn: 2, status: "lagging" },
    ]);
    expect(fillOf(workbook, "A2")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    expect(fillOf(workbook, "C2")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    expect(fillOf(workbook, "B3")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFEB9C" },
    });
    expect(fillOf(workbook, "C3")).toEqual(beforeFills.get("C3"));
    expect(fillOf(workbook, "B4")).toEqual(beforeFills.get("B4"));
    expect(sheet.getCell("A2").font).toEqual({ bold: true });
    expect(changes).toEqual([{ kind: "cells", sheet: "分解表" }]);

    await workbook.clearMarks();
    for (const [address, style] of before) {
      expect(sheet.getCell(address).style).toBe(style);
      expect(fillOf(workbook, address)).toEqual(beforeFills.get(address));
    }
  });

  it("restores the fills of a downloaded workbook that was opened again", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const before = ["A2", "B2", "C2", "A4"].map((address) => fillOf(workbook, address));
    await workbook.markStatuses("分解表", [
      { row: 2, firstColumn: 1, lastColumn: 3, status: "on_pace" },
      { row: 4, firstColumn: 1, lastColumn: 1, status: "not_reported" },
    ]);
    const reopened = await PreviewWorkbook.open(await workbook.toBytes(), "a.xlsx");
    expect(fillOf(reopened, "B2")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC6EFCE" },
    });
    await reopened.clearMarks();
    expect(["A2", "B2", "C2", "A4"].map((address) => fillOf(reopened, address))).toEqual(before);
  });

  it("a second set of marks replaces the first; clearing restores the clerk's fills", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const before = fillOf(workbook, "A3");
    const beforeA2 = fillOf(workbook, "A2");
    await workbook.markStatuses("分解表", [
      { row: 3, firstColumn: 1, lastColumn: 3, status: "serious" },
    ]);
    await workbook.markStatuses("分解表", [
      { row: 2, firstColumn: 1, lastColumn: 3, status: "lagging" },
    ]);
    expect(fillOf(workbook, "A3")).toEqual(before);
    expect(fillOf(workbook, "A2")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFEB9C" },
    });
    await workbook.clearMarks();
    expect(fillOf(workbook, "A3")).toEqual(before);
    expect(fillOf(workbook, "A2")).toEqual(beforeA2);
  });

  it("marks afresh over overlapping rows: no stale colour, the record keeps the clerk's originals", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const sheet = workbook.workbook.getWorksheet("分解表")!;
    const addresses = ["A2", "B2", "C2", "A3", "B3", "C3", "A4", "B4", "C4"];
    const styles = new Map(addresses.map((address) => [address, sheet.getCell(address).style]));
    const fills = new Map(addresses.map((address) => [address, fillOf(workbook, address)]));
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));

    await workbook.markStatuses("分解表", [
      { row: 2, firstColumn: 1, lastColumn: 3, status: "serious" },
      { row: 3, firstColumn: 1, lastColumn: 3, status: "serious" },
    ]);
    await workbook.markStatuses("分解表", [
      { row: 3, firstColumn: 1, lastColumn: 3, status: "lagging" },
      { row: 4, firstColumn: 1, lastColumn: 3, status: "lagging" },
    ]);
    // Row 2, marked before only, is the clerk's again: the very style objects.
    for (const address of ["A2", "B2", "C2"]) {
      expect(sheet.getCell(address).style).toBe(styles.get(address));
    }
    expect(fillOf(workbook, "B3")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFEB9C" },
    });
    // The same marks twice, a download and a reopening: clearing still gives the clerk's fills.
    await workbook.markStatuses("分解表", [
      { row: 3, firstColumn: 1, lastColumn: 3, status: "lagging" },
      { row: 4, firstColumn: 1, lastColumn: 3, status: "lagging" },
    ]);
    const reopened = await PreviewWorkbook.open(await workbook.toBytes(), "a.xlsx");
    await reopened.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 1, status: "not_reported" },
    ]);
    expect(["A3", "B3", "C3", "B4", "C4"].map((address) => fillOf(reopened, address))).toEqual(
      ["A3", "B3", "C3", "B4", "C4"].map((address) => fills.get(address))
    );
    await reopened.clearMarks();
    expect(addresses.map((address) => fillOf(reopened, address))).toEqual(
      addresses.map((address) => fills.get(address))
    );
    await workbook.clearMarks();
    for (const address of addresses) {
      expect(sheet.getCell(address).style).toBe(styles.get(address));
    }
    expect(changes.every((change) => change.kind === "cells" && change.sheet === "分解表")).toBe(
      true
    );
  });

  it("marking nothing restores the previous marks and leaves no record", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const before = fillOf(workbook, "B2");
    await workbook.markStatuses("分解表", [
      { row: 2, firstColumn: 1, lastColumn: 3, status: "serious" },
    ]);
    await workbook.markStatuses("分解表", []);
    expect(fillOf(workbook, "B2")).toEqual(before);
    const reopened = await PreviewWorkbook.open(await workbook.toBytes(), "a.xlsx");
    await reopened.clearMarks();
    expect(fillOf(reopened, "B2")).toEqual(before);
  });

  it("writes the summary's subtitle merged across all columns, wrapped, in a row two lines high", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    await workbook.writeSummary("2016-07", [bulletinSpec()]);
    const sheet = workbook.workbook.getWorksheet("7月进度通报")!;
    expect(sheet.getCell("A2").alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(2).height).toBe(35);
    expect((sheet.model as { merges?: string[] }).merges).toEqual(
      expect.arrayContaining(["A1:F1", "A2:F2"])
    );
  });

  it.each(Object.entries(statusFill))("paints %s rows %s", async (status, colour) => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    await workbook.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 1, status: status as never },
    ]);
    expect(fillOf(workbook, "A4")).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${colour.slice(1)}` },
    });
  });

  it("never overwrites a clerk's sheet and replaces only its own sheets of the same run", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(true), "a.xlsx");
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));

    const first = await workbook.writeSummary("2016-07", [bulletinSpec()]);
    expect(first).toEqual({
      written: ["7月进度通报(2)"],
      renamed: [{ wanted: "7月进度通报", used: "7月进度通报(2)" }],
      replaced: [],
    });
    expect(workbook.workbook.getWorksheet("7月进度通报")?.getCell("A1").value).toBe(
      "办公室自己的表"
    );
    expect(changes).toEqual([{ kind: "sheets", written: ["7月进度通报(2)"] }]);

    await workbook.writeSummary("2016-06", [bulletinSpec("6月进度通报")]);
    const again = await workbook.writeSummary("2016-07", [bulletinSpec()]);
    expect(again.replaced).toEqual(["7月进度通报(2)"]);
    expect(again.written).toEqual(["7月进度通报(2)"]);
    expect(await workbook.listSheets()).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "7月进度通报", ownedRun: null },
      { name: "7月进度通报(2)", ownedRun: "2016-07" },
      { name: "6月进度通报", ownedRun: "2016-06" },
    ]);
    const names = workbook.workbook.definedNames.model
      .map((definedName) => definedName.name)
      .sort();
    expect(names).toEqual(
      [runMarkerName("2016-06", "bulletin"), runMarkerName("2016-07", "bulletin")].sort()
    );

    const [grid] = await workbook.readSheets(["7月进度通报(2)"]);
    expect(grid.values[3].slice(0, 4)).toEqual(["地方财政收入（绝对量）", 13600, 7700, 7200]);
    const bytes = await workbook.toBytes();
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(bytes);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "6月进度通报",
    ]);
  });

  it("selects a cell: the sheet becomes the active tab and the grid is told", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(true), "a.xlsx");
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));
    await workbook.selectCell("7月进度通报", "$b$12");
    expect(changes).toEqual([{ kind: "select", sheet: "7月进度通报", address: "B12" }]);
    expect(workbook.workbook.views[0].activeTab).toBe(1);
    expect(workbook.workbook.getWorksheet("7月进度通报")?.views[0].activeCell).toBe("B12");
  });

  it.each([
    ["readSheets", (workbook: PreviewWorkbook) => workbook.readSheets(["没有这张表"])],
    ["markStatuses", (workbook: PreviewWorkbook) => workbook.markStatuses("没有这张表", [])],
    ["selectCell", (workbook: PreviewWorkbook) => workbook.selectCell("没有这张表", "A1")],
    ["the settings sheet", (workbook: PreviewWorkbook) => workbook.readSheets([settingsSheetName])],
  ])("%s on a missing sheet fails with tableSheetNotFound", async (_name, call) => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    await expect(call(workbook)).rejects.toMatchObject({
      name: "AssessError",
      key: "tableSheetNotFound",
    });
  });

  it("refuses bytes that are not an .xlsx workbook", async () => {
    const bytes = new TextEncoder().encode("not a zip").buffer as ArrayBuffer;
    const error = await PreviewWorkbook.open(bytes, "bad.xls").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).key).toBe("workbookUnreadable");
  });

  it("recalculate does nothing and changes nothing", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));
    await expect(workbook.recalculate()).resolves.toBeUndefined();
    expect(changes).toEqual([]);
  });

  it("makes the 设置 sheet, then writes a change back to it, and keeps the settings in the file", async () => {
    const workbook = await PreviewWorkbook.open(await clerkWorkbook(), "a.xlsx");
    const changes: WorkbookChange[] = [];
    workbook.subscribe((change) => changes.push(change));
    const request = { changed: [], createSheet: true, recalculate: true } as const;
    await workbook.saveSettings({ ...request, values: { band: 0.03 } });
    await workbook.saveSettings({ ...request, values: { band: 0.04 }, changed: ["band"] });
    expect(changes).toEqual([
      { kind: "sheets", written: ["设置"] },
      { kind: "cells", sheet: "设置" },
    ]);
    const reopened = await PreviewWorkbook.open(await workbook.toBytes(), "a.xlsx");
    const sheet = (await reopened.readWorkbook()).grids.find((grid) => grid.name === "设置");
    expect(sheet?.values[4]?.slice(0, 2)).toEqual(["预警幅度", 4]);
    expect(await reopened.loadSetting("assess.monthlySettings")).toMatchObject({ band: 4 });
  });
});
