import { GridSheet } from "../../src/engine/kernel/grid";
import { readReturn } from "../../src/engine/returns/readReturn";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { collectChanges } from "../../src/engine/returns/collectChanges";
import { formatDiagnostic } from "../../src/engine/kernel/diagnostic";
import { CollectDiagnostic } from "../../src/engine/returns/collectReturns";
import { readReturnGrids } from "../../src/taskpane/returnFiles";
import {
  applyCollect,
  deliverForm,
  PickedReturn,
  prepareForms,
  previewCollect,
} from "../../src/taskpane/returnsCase";
import { actualsOf, zhenbaSheets } from "../engine/returns/returnsFixture";
import { FILLED, filledReturn, ledgerBeforeAugust } from "./returnsFixture";
import { MemoryPort } from "./memoryPort";

describe("the pane's returns: forms out, returns in, through the port", () => {
  let original: GridSheet[];
  let port: MemoryPort;
  let picked: PickedReturn[];

  beforeAll(async () => {
    original = await zhenbaSheets();
  });

  beforeEach(async () => {
    port = new MemoryPort(ledgerBeforeAugust(original));
    const prepared = await prepareForms(port, { month: 8 });
    picked = [];
    for (const form of prepared.forms) {
      if (!(form.unit in FILLED)) continue;
      await deliverForm(port, form);
      const delivered = port.delivered[port.delivered.length - 1];
      picked.push(await filledReturn(form, delivered.bytes, original));
    }
  });

  it("makes one form per lead unit, each a workbook its return is recognised by", async () => {
    const prepared = await prepareForms(port, { month: 8 });
    expect(prepared.dueDate).toBe("2016-09-15");
    expect(prepared.forms.map((form) => [form.unit, form.count, form.fileName])).toContainEqual([
      "县经合局",
      1,
      "报送表-县经合局-8月.xlsx",
    ]);
    expect(prepared.forms).toHaveLength(9);
    const delivered = port.delivered.find((file) => file.name === "报送表-县经合局-8月.xlsx")!;
    expect(Buffer.from(delivered.bytes.slice(0, 2)).toString()).toBe("PK");
    const read = readReturn(await readReturnGrids(delivered.bytes));
    expect(read.intact).toBe(true);
    expect(read.identity).toMatchObject({ unit: "县经合局", month: 8, year: 2016, count: 1 });
  });

  it("takes the due day from the settings", async () => {
    const prepared = await prepareForms(port, { month: 8, dueDay: 10 });
    expect(prepared.dueDate).toBe("2016-09-10");
  });

  it("plans without writing, then writes the month's figures and arrivals: 迟报 exact, the conflict not applied", async () => {
    const preview = await previewCollect(port, picked, { month: 8 });
    expect(port.calls.filter((call) => call === "writeCells")).toHaveLength(0);
    expect(preview.unreadable).toEqual([]);
    expect(preview.result.figures).toHaveLength(26);
    expect(
      (preview.result.diagnostics as readonly CollectDiagnostic[]).map((found) => [
        found.source,
        formatDiagnostic(found, "zh-CN"),
      ])
    ).toEqual([
      [
        "报送表-县财政局-8月.xlsx",
        "月度完成!E7：“地方财政收入”（绝对量）8月台账已有“8235”，县财政局报送8300，不一致，未覆盖（确认后可强制覆盖）",
      ],
    ]);
    const lines = collectChanges(preview.result);
    expect(lines).toContain(
      "月度完成!E11：写入县经合局报送的“招商引资(引进市外资金)”（绝对量）8月累计9.31"
    );
    expect(lines).toContain("报送登记!C29：登记县经合局8月报送日期2016-09-18（报送表填报日期）");
    expect(lines).toContain("报送登记!C27：登记县住建局8月报送日期2016-09-14（文件修改日期）");

    const report = await applyCollect(port, preview);
    expect(report).toEqual({ written: 26 + 9 * 3, created: null });
    expect(actualsOf(port.sheets, 8)).toEqual(actualsOf(original, 8)); // E7 kept at 8235
    const register = port.sheets.find((sheet) => sheet.name === "报送登记")!;
    expect(register.values.slice(20).map((row) => row.slice(0, 3))).toEqual([
      ["县统计局", 8, "2016-09-08"],
      ["县经贸局", 8, "2016-09-09"],
      ["县科技局", 8, "2016-09-10"],
      ["县环保局", 8, "2016-09-11"],
      ["县发改局", 8, "2016-09-12"],
      ["县财政局", 8, "2016-09-13"],
      ["县住建局", 8, "2016-09-14"],
      ["县文广局", 8, "2016-09-15"],
      ["县经合局", 8, "2016-09-18"],
    ]);
    expect(buildMonthlySummary(port.sheets, { month: 8 }).late).toEqual([
      { unit: "县经合局", month: 8, dueDate: "2016-09-15", reportedOn: "2016-09-18", daysLate: 3 },
    ]);
  });

  it("replaces the differing figure only when asked, and says so", async () => {
    const preview = await previewCollect(port, picked, { month: 8 }, { force: true });
    const forced = preview.result.figures.filter((figure) => figure.forced);
    expect(forced.map((figure) => [figure.cell, figure.value, figure.previous])).toEqual([
      ["E7", 8300, 8235],
    ]);
    await applyCollect(port, preview);
    expect(actualsOf(port.sheets, 8).get("地方财政收入|绝对量")).toBe(8300);
  });

  it("writes nothing when a planned cell was typed into meanwhile", async () => {
    const preview = await previewCollect(port, picked, { month: 8 });
    const before = port.sheets;
    port.sheets = port.sheets.map((sheet) =>
      sheet.name === "月度完成"
        ? {
            ...sheet,
            values: sheet.values.map((row, index) =>
              index === 10 ? [...row.slice(0, 4), 9.5] : row
            ),
          }
        : sheet
    );
    const edited = port.sheets;
    await expect(applyCollect(port, preview)).rejects.toMatchObject({ key: "returnLedgerChanged" });
    expect(port.sheets).toBe(edited);
    expect(before).not.toBe(edited);
  });

  it("lists a file that is no workbook and collects the others", async () => {
    const preview = await previewCollect(
      port,
      [
        { name: "说明.txt", bytes: new TextEncoder().encode("不是工作簿"), lastModified: null },
        picked[0],
      ],
      { month: 8 }
    );
    expect(preview.unreadable).toEqual([{ name: "说明.txt", reason: "notXlsx" }]);
    expect(preview.result.register.entries).toHaveLength(1);
  });

  it("refuses a file far larger than any form before reading it", async () => {
    const big = {
      name: "全县台账.xlsx",
      bytes: new Uint8Array(11 * 1024 * 1024),
      lastModified: null,
    };
    const preview = await previewCollect(port, [big], { month: 8 });
    expect(preview.unreadable).toEqual([
      { name: "全县台账.xlsx", reason: "tooLarge", megabytes: 11 },
    ]);
  });

  it("writes nothing, and does not touch the workbook, when the returns change nothing", async () => {
    const preview = await previewCollect(port, [], { month: 8 });
    expect(collectChanges(preview.result)).toEqual(["没有需要改动的内容"]);
    expect(await applyCollect(port, preview)).toEqual({ written: 0, created: null });
    expect(port.calls).not.toContain("writeCells");
  });
});
