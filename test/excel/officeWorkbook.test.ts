import { createOfficeWorkbook, ExcelRun, OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { marksSettingKey, parseMarkRecord, restoreBlocks } from "../../src/excel/markRecord";
import { WorkbookError } from "../../src/excel/workbookError";
import { FakeExcel, FakeFill, FakeNamedItem, FakeSheet, parseAddress } from "./fake";
import { bulletinSpec, green, rankingSpec, red } from "./summarySpecs";

const fiveMegabytes = 5 * 1024 * 1024;

function adapterOn(fake: FakeExcel): OfficeWorkbook {
  return createOfficeWorkbook(fake.run as unknown as ExcelRun, {
    isSetSupported: fake.isSetSupported,
  });
}

/** Syncs made while running `action`. */
async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await action();
  return fake.syncCount - before;
}

async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
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
function paint(sheet: FakeSheet, address: string, fill: Partial<FakeFill>): void {
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
function sourceTable(fake: FakeExcel): FakeSheet {
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

function sheetState(fake: FakeExcel, name: string): unknown {
  const snapshot = fake.snapshot() as { sheets: { name: string }[] };
  return snapshot.sheets.find((sheet) => sheet.name === name);
}

describe("readSheets", () => {
  it("reads values, merged areas and hidden rows of the named sheets in one sync", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const sheet = fake.addSheet(
      "分解表",
      [
        ["镇巴县6-12月市对县考核主要指标任务分解表", null, null],
        ["指标", "目标", "完成"],
        ["地方财政收入", 6800, "#N/A"],
        [null, 9500, true],
        ["填报日期", 42582, ""],
      ],
      "B2"
    );
    sheet.ensureCell(5, 2).numberFormat = 'yyyy"年"m"月"d"日"';
    sheet.merges.push(
      { top: 1, left: 1, rows: 1, columns: 3 },
      { top: 3, left: 1, rows: 2, columns: 1 }
    );
    sheet.hiddenRows.add(4);
    const workbook = adapterOn(fake);

    let grid: unknown;
    expect(await syncsOf(fake, async () => (grid = await workbook.readSheets(["分解表"])))).toBe(1);
    expect(grid).toEqual([
      {
        name: "分解表",
        values: [
          [],
          [null, "镇巴县6-12月市对县考核主要指标任务分解表", null, null],
          [null, "指标", "目标", "完成"],
          [null, "地方财政收入", 6800, "#N/A"],
          [null, null, 9500, true],
          [null, "填报日期", "2016-07-31", null],
        ],
        merges: [
          { top: 1, left: 1, bottom: 1, right: 3 },
          { top: 3, left: 1, bottom: 4, right: 1 },
        ],
        hiddenRows: [4],
      },
    ]);
  });

  it("reads every sheet when no names are given: the list first, then all sheets in one more sync", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    fake.addSheet("分解表", [["指标", "目标"]]);
    const workbook = adapterOn(fake);
    let grids: readonly { name: string; values: unknown }[] = [];
    expect(await syncsOf(fake, async () => (grids = await workbook.readSheets()))).toBe(2);
    expect(grids.map((grid) => [grid.name, grid.values])).toEqual([
      ["Sheet1", []],
      ["分解表", [["指标", "目标"]]],
    ]);
  });

  it("names the missing sheet in Chinese", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const error = await rejection(adapterOn(fake).readSheets(["分解表", "加减分登记"]));
    expect(error.key).toBe("sheetNotFound");
    expect(error.code).toBe("ItemNotFound");
    expect(error.message).toBe("找不到工作表“加减分登记”，请确认它没有被删除或改名");
  });

  it("reads without merged areas and hidden rows on a host without ExcelApi 1.13 and 1.9", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"], apiVersion: "1.8" });
    const sheet = fake.addSheet("分解表", [
      ["指标", "目标"],
      ["地方财政收入", 6800],
    ]);
    sheet.merges.push({ top: 0, left: 0, rows: 1, columns: 2 });
    const [grid] = await adapterOn(fake).readSheets(["分解表"]);
    expect(grid).toEqual({
      name: "分解表",
      values: [
        ["指标", "目标"],
        ["地方财政收入", 6800],
      ],
      merges: [],
    });
    expect(
      adapterOn(fake)
        .requirements()
        .map((item) => [item.api, item.feature, item.supported])
    ).toEqual([
      ["ExcelApi 1.7", "featureCore", true],
      ["ExcelApi 1.9", "featurePrintSetup", false],
      ["ExcelApi 1.9", "featureMarks", false],
      ["ExcelApi 1.9", "featureHiddenRows", false],
      ["ExcelApi 1.13", "featureMergedAreas", false],
    ]);
  });
});

describe("writeSummary", () => {
  it("writes a 25-row summary in 3 syncs: values, formats, grouped fills, widths, styles, freeze, print, chart", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = adapterOn(fake);
    const spec = bulletinSpec(25);
    let report: unknown;
    expect(
      await syncsOf(
        fake,
        async () => (report = await workbook.writeSummary("2016-07", [spec, rankingSpec()]))
      )
    ).toBe(3);
    expect(report).toEqual({ written: ["7月进度通报", "7月排名"], renamed: [], replaced: [] });
    expect(Math.max(...fake.syncs.map((sync) => sync.bytes))).toBeLessThan(fiveMegabytes);
    expect(fake.syncs.map((sync) => sync.calculationSuspended)).toEqual([false, true, false]);

    expect(fake.valuesOf("7月进度通报", "A1:F5")).toEqual([
      ["镇巴县2016年7月市考指标进度通报", "", "", "", "", ""],
      ["数据截至2016年7月31日；时间进度58.3%；预警带5%", "", "", "", "", ""],
      ["指标", "目标（万元）", "完成率", "进度差（百分点）", "状态", "牵头单位"],
      ["第二产业增加值0", 6800, 0.5, -5.25, "严重滞后", "县统计局"],
      ["第三产业增加值1", 6801, 0.51, -5.25, "严重滞后", "县财政局"],
    ]);
    expect(fake.valuesOf("7月进度通报", "A28:F28")).toEqual([
      ["社会消费品零售总额24", 6824, 0.54, -5.25, "严重滞后", "县统计局"],
    ]);
    const sheet = fake.sheet("7月进度通报");
    expect([0, 1, 2, 3, 4, 5].map((column) => sheet.cell(3, column).numberFormat)).toEqual([
      "@",
      "0.00",
      "0.0%",
      "0.00",
      "@",
      "@",
    ]);
    expect(sheet.cell(2, 1).numberFormat).toBe("@");

    // Number formats go before values, block by block, in the write sync.
    const writes = fake.syncs[1].writes.filter((write) => write.sheet === "7月进度通报");
    const dataWrites = writes.filter((write) => write.address === "A4:F28");
    expect(dataWrites.map((write) => write.property)).toEqual(["numberFormat", "values"]);
    // Fills: the header, then one per run of rows of the same colour (rows 4-8, 14-18, 24-28).
    expect(
      writes
        .filter((write) => write.property.startsWith("fill.color"))
        .map((write) => `${write.address} ${write.property}`)
    ).toEqual([
      "A3:F3 fill.color #D9D9D9",
      `A4:F8 fill.color ${red}`,
      `A14:F18 fill.color ${red}`,
      `A24:F28 fill.color ${red}`,
    ]);
    expect(sheet.cell(7, 5).fill.color).toBe(red);
    expect(sheet.cell(8, 0).fill.color).toBeNull();

    expect([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 135],
      [1, 67.5],
      [2, 56.25],
      [3, 67.5],
      [4, 56.25],
      [5, 78.75],
    ]);
    expect(sheet.cell(0, 0).font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.cell(1, 0).font).toMatchObject({ bold: false, size: 10, color: "#595959" });
    expect(sheet.cell(2, 3)).toMatchObject({
      font: { bold: true },
      fill: { color: "#D9D9D9" },
      wrapText: true,
      horizontalAlignment: "Center",
    });
    expect(sheet.cell(4, 3).font).toMatchObject({ bold: true, color: "#C00000" });
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, rows: 1, columns: 6 },
      { top: 1, left: 0, rows: 1, columns: 6 },
    ]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(fake.sheet("7月排名").freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$3:$3",
    });
    expect(
      sheet.borders.filter((border) => border.address === "A3:F28").map((border) => border.edge)
    ).toEqual([
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ]);

    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      title: "各指标进度差",
      legendVisible: false,
      categoryReversed: true,
    });
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({
      name: "进度差（百分点）",
      values: "'7月进度通报'!$D$4:$D$28",
      xValues: "'7月进度通报'!$A$4:$A$28",
    });
    expect(chart.series[0].pointFills.slice(0, 11)).toEqual([
      "#FF0000",
      "#FF0000",
      "#FF0000",
      "#FF0000",
      "#FF0000",
      "#00B050",
      "#00B050",
      "#00B050",
      "#00B050",
      "#00B050",
      "#FF0000",
    ]);

    // Ownership: hidden workbook names on A1 of each sheet, comment = the run; the bulletin is shown.
    expect(fake.names.map((item) => [item.name, item.formula, item.comment, item.visible])).toEqual(
      [
        ["assess.run.2016_07.bulletin", "='7月进度通报'!$A$1", "2016-07", false],
        ["assess.run.2016_07.ranking", "='7月排名'!$A$1", "2016-07", false],
      ]
    );
    expect(fake.activeSheet?.name).toBe("7月进度通报");
    expect(await workbook.listSheets()).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "7月进度通报", ownedRun: "2016-07" },
      { name: "7月排名", ownedRun: "2016-07" },
    ]);
  });

  it("keeps text as text: error words, formulas, leading zeros and dates are not converted", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const spec = rankingSpec();
    const tricky = {
      ...spec,
      title: "=1+1",
      rows: [
        ["#N/A", 95, 1],
        ["007", 90, 2],
        ["2016-07-31", 88, 3],
      ],
    };
    await adapterOn(fake).writeSummary("2016-07", [tricky]);
    expect(fake.valuesOf("7月排名", "A1")).toEqual([["=1+1"]]);
    expect(fake.valuesOf("7月排名", "A4:A6")).toEqual([["#N/A"], ["007"], ["2016-07-31"]]);
  });

  it.each([
    ["a short subtitle: two lines", "按综合得分排序", 30],
    [
      "a subtitle 64 units wide over 28: three lines",
      "按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）",
      44,
    ],
    [
      "a subtitle 85 units wide over 28: four lines",
      "按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）；并列占名次（1,1,3）",
      58,
    ],
  ])(
    "merges the subtitle across all columns like the title, wraps it, fits %s",
    async (_case, subtitle, height) => {
      const fake = new FakeExcel({ sheets: ["分解表"] });
      await adapterOn(fake).writeSummary("2016-07", [{ ...rankingSpec(), subtitle }]);
      const sheet = fake.sheet("7月排名");
      expect(sheet.merges).toEqual(
        expect.arrayContaining([
          { top: 0, left: 0, rows: 1, columns: 3 },
          { top: 1, left: 0, rows: 1, columns: 3 },
        ])
      );
      expect([sheet.cell(1, 0).value, sheet.cell(1, 0).wrapText]).toEqual([subtitle, true]);
      expect(sheet.rowHeights.get(1)).toBe(height);
      expect(sheet.cell(0, 0).wrapText).toBe(false);
    }
  );

  it("colours the whole series once when every bar has the same colour", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const spec = bulletinSpec(4);
    const chart =
      spec.chart === undefined
        ? undefined
        : { ...spec.chart, pointColors: ["#00B050", "#00b050", "#00B050", "#00B050"] };
    await adapterOn(fake).writeSummary("2016-07", [{ ...spec, chart }]);
    const [series] = fake.sheet("7月进度通报").charts[0].series;
    expect([series.fill, series.pointFills]).toEqual(["#00B050", [null, null, null, null]]);
  });

  it("writes 5,000 rows in the same 3 syncs when they fit one request", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    expect(
      await syncsOf(fake, () =>
        adapterOn(fake).writeSummary("2016-07", [bulletinSpec(5000), rankingSpec()])
      )
    ).toBe(3);
    expect(Math.max(...fake.syncs.map((sync) => sync.bytes))).toBeLessThan(fiveMegabytes);
    expect(fake.valuesOf("7月进度通报", "A5003:F5003")).toEqual([
      ["社会消费品零售总额4999", 11799, 0.59, 1.5, "正常", "县经贸局"],
    ]);
    expect(fake.sheet("7月进度通报").charts[0].series[0].pointFills).toHaveLength(5000);
  });

  it("splits 5,000 bulky rows into chunks so that no request reaches 5 MB: 3 syncs plus one per chunk", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const spec = bulletinSpec(5000, { remark: 600 });
    const workbook = adapterOn(fake);
    // About 10 MB in all: three write requests instead of one, so 3 + 2 syncs.
    expect(await syncsOf(fake, () => workbook.writeSummary("2016-07", [spec, rankingSpec()]))).toBe(
      5
    );
    const requests = fake.syncs.map((sync) => sync.bytes);
    expect(Math.max(...requests)).toBeLessThan(fiveMegabytes);
    expect(requests.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(1.8 * fiveMegabytes);
    // Every write request suspends calculation; the look and the swap do not write cells.
    expect(fake.syncs.map((sync) => sync.calculationSuspended)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(fake.valuesOf("7月进度通报", "A5003:B5003")).toEqual([
      ["社会消费品零售总额4999", 11799],
    ]);
    expect(fake.valuesOf("7月进度通报", "G5003")[0][0]).toBe("督".repeat(600));
    // Each block of data rows sets its number formats, then its values, in the same request.
    const blocks = fake.syncs.flatMap((sync) =>
      sync.writes.flatMap((write, index) =>
        write.property === "values" &&
        write.sheet === "7月进度通报" &&
        /^A\d+:G\d+$/.test(write.address) &&
        write.address !== "A3:G3"
          ? [[sync.writes[index - 1], write]]
          : []
      )
    );
    expect(blocks.length).toBeGreaterThanOrEqual(16);
    for (const [previous, write] of blocks) {
      expect(previous).toEqual({ ...write, property: "numberFormat" });
    }
    const rowsWritten = blocks.reduce((sum, [, write]) => {
      const rect = parseAddress(write.address);
      return sum + (rect === null ? 0 : rect.rows);
    }, 0);
    expect(rowsWritten).toBe(5000);
  });

  it("re-running a run replaces its own sheets and nothing else", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(fake);
    const workbook = adapterOn(fake);
    await workbook.writeSummary("2016-06", [bulletinSpec(10, { name: "6月进度通报" })]);
    await workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
    const source = sheetState(fake, "分解表");
    const june = sheetState(fake, "6月进度通报");
    const oldIds = [fake.sheet("7月进度通报").id, fake.sheet("7月排名").id];

    const smaller = { ...bulletinSpec(3), title: "镇巴县2016年7月市考指标进度通报（更正）" };
    let report: unknown;
    expect(
      await syncsOf(
        fake,
        async () => (report = await workbook.writeSummary("2016-07", [smaller, rankingSpec()]))
      )
    ).toBe(3);
    expect(report).toEqual({
      written: ["7月进度通报", "7月排名"],
      renamed: [],
      replaced: ["7月进度通报", "7月排名"],
    });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "6月进度通报",
      "7月进度通报",
      "7月排名",
    ]);
    expect([fake.sheet("7月进度通报").id, fake.sheet("7月排名").id]).not.toContain(oldIds[0]);
    expect(fake.valuesOf("7月进度通报", "A1")).toEqual([
      ["镇巴县2016年7月市考指标进度通报（更正）"],
    ]);
    expect(fake.valuesOf("7月进度通报", "A7")).toEqual([[""]]);
    expect(sheetState(fake, "分解表")).toEqual(source);
    expect(sheetState(fake, "6月进度通报")).toEqual(june);
    expect(fake.names.map((item) => item.name).sort()).toEqual([
      "assess.run.2016_06.bulletin",
      "assess.run.2016_07.bulletin.1",
      "assess.run.2016_07.ranking.1",
    ]);
  });

  it("never overwrites a clerk's sheet with a summary's name: the summary goes to 名称(2), also on re-runs", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.addSheet("7月进度通报", [["我自己的通报", 1]]);
    const mine = sheetState(fake, "7月进度通报");
    const workbook = adapterOn(fake);

    const first = await workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
    expect(first).toEqual({
      written: ["7月进度通报(2)", "7月排名"],
      renamed: [{ wanted: "7月进度通报", used: "7月进度通报(2)" }],
      replaced: [],
    });
    const second = await workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
    expect(second).toEqual({
      written: ["7月进度通报(2)", "7月排名"],
      renamed: [{ wanted: "7月进度通报", used: "7月进度通报(2)" }],
      replaced: ["7月进度通报(2)", "7月排名"],
    });
    expect(sheetState(fake, "7月进度通报")).toEqual(mine);
    expect(fake.valuesOf("7月进度通报(2)", "A3")).toEqual([["指标"]]);
    expect((await workbook.listSheets()).map((sheet) => [sheet.name, sheet.ownedRun])).toEqual([
      ["分解表", null],
      ["7月进度通报", null],
      ["7月进度通报(2)", "2016-07"],
      ["7月排名", "2016-07"],
    ]);
  });

  it("recognises its sheet after the clerk renamed it, and a summary written by the .xlsx tool", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = adapterOn(fake);
    await workbook.writeSummary("2016-07", [rankingSpec()]);
    fake.sheet("7月排名").name = "7月排名（定稿）";
    const cli = fake.addSheet("7月进度通报", [["由命令行生成"]]);
    // The .xlsx writer's marker: same name scheme, no comment.
    fake.names.push(
      new FakeNamedItem(
        "assess.run.2016_07.bulletin",
        { sheet: cli, rect: { top: 0, left: 0, rows: 1, columns: 1 } },
        ""
      )
    );
    expect((await workbook.listSheets()).map((sheet) => [sheet.name, sheet.ownedRun])).toEqual([
      ["分解表", null],
      ["7月排名（定稿）", "2016-07"],
      ["7月进度通报", "2016_07"],
    ]);
    const report = await workbook.writeSummary("2016-07", [bulletinSpec(5), rankingSpec()]);
    expect(report.replaced).toEqual(["7月排名（定稿）", "7月进度通报"]);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["分解表", "7月进度通报", "7月排名"]);
  });

  it("skips print setup on a host without ExcelApi 1.9 and says so", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], apiVersion: "1.8" });
    const report = await adapterOn(fake).writeSummary("2016-07", [bulletinSpec(5)]);
    expect(report.skipped).toEqual([{ feature: "printSetup", api: "ExcelApi 1.9" }]);
    expect(fake.sheet("7月进度通报").pageLayout.orientation).toBe("Portrait");
    expect(fake.sheet("7月进度通报").freeze).toEqual({ rows: 3, columns: 1 });
  });

  const failures: [number, number][] = [
    [1, 0],
    [2, 0],
    [2, 2],
    [2, 3],
    [2, 40],
    [2, 120],
    [3, 0],
    [3, 1],
    [3, 2],
    [3, 3],
    [3, 5],
  ];
  it.each(failures)(
    "after a failure on sync %i (after %i actions) the clerk's sheets are as before and a retry succeeds",
    async (failingSync, afterActions) => {
      const fake = new FakeExcel({ sheets: ["分解表"] });
      sourceTable(fake);
      fake.addSheet("7月进度通报", [["我自己的通报"]]);
      const workbook = adapterOn(fake);
      await workbook.writeSummary("2016-07", [bulletinSpec(8), rankingSpec()]);
      const before = fake.snapshot();
      const source = sheetState(fake, "分解表");
      const mine = sheetState(fake, "7月进度通报");

      fake.failOnSync({ sync: failingSync, afterActions });
      const error = await rejection(
        workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()])
      );
      expect(error.key).toBe("excelFailed");
      expect(error.message).toMatch(/^Excel 操作失败（GeneralException）/);
      expect(sheetState(fake, "分解表")).toEqual(source);
      expect(sheetState(fake, "7月进度通报")).toEqual(mine);
      if (failingSync < 3) {
        // Failed before the swap: the half-written sheets are gone, the workbook is exactly as before.
        expect(fake.snapshot()).toEqual(before);
      }

      const report = await workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
      expect(report.written).toEqual(["7月进度通报(2)", "7月排名"]);
      expect(fake.sheets.map((sheet) => sheet.name).sort()).toEqual(
        ["7月进度通报", "7月进度通报(2)", "7月排名", "分解表"].sort()
      );
      expect(fake.names.map((item) => item.formula).sort()).toEqual(
        ["='7月进度通报(2)'!$A$1", "='7月排名'!$A$1"].sort()
      );
      expect(fake.valuesOf("7月进度通报(2)", "A28")).toEqual([["社会消费品零售总额24"]]);
      expect(sheetState(fake, "分解表")).toEqual(source);
      expect(sheetState(fake, "7月进度通报")).toEqual(mine);
    }
  );
});

describe("markStatuses and clearMarks", () => {
  const marks = [
    { row: 2, firstColumn: 1, lastColumn: 6, status: "lagging" as const },
    { row: 3, firstColumn: 1, lastColumn: 6, status: "lagging" as const },
    { row: 4, firstColumn: 1, lastColumn: 6, status: "lagging" as const },
    { row: 5, firstColumn: 1, lastColumn: 6, status: "serious" as const },
    { row: 6, firstColumn: 1, lastColumn: 6, status: "on_pace" as const },
    { row: 7, firstColumn: 1, lastColumn: 6, status: "on_pace" as const },
    { row: 9, firstColumn: 1, lastColumn: 6, status: "not_reported" as const },
  ];

  it("colours rows by status in one fill per block of rows, then restores the table exactly", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    const original = fake.snapshot();
    const workbook = adapterOn(fake);

    expect(await syncsOf(fake, () => workbook.markStatuses("分解表", marks))).toBe(2);
    const fills = fake.syncs[1].writes.filter((write) => write.property.startsWith("fill.color"));
    expect(fills.map((write) => `${write.address} ${write.property}`)).toEqual([
      "A2:F4 fill.color #FFEB9C",
      "A5:F5 fill.color #FFC7CE",
      `A6:F7 fill.color ${green}`,
      "A9:F9 fill.color #E7E6E6",
    ]);
    expect(sheet.cell(3, 0).fill).toEqual({
      color: "#FFEB9C",
      pattern: "Gray25",
      patternColor: "#FF0000",
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
    expect(sheet.cell(7, 0).fill.color).toBeNull();
    expect(fake.valuesOf("分解表", "A2:F2")).toEqual([
      ["第二产业增加值", 18, 16.2, -1.8, "县统计局", "刘明江"],
    ]);

    // Marking again (other statuses, wider rows) keeps the first record of the originals.
    await workbook.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
      { row: 5, firstColumn: 1, lastColumn: 8, status: "on_pace" },
    ]);
    expect(sheet.cell(4, 7).fill.color).toBe(green);

    expect(await syncsOf(fake, () => workbook.clearMarks())).toBe(2);
    expect(fake.snapshot()).toEqual(original);
  });

  it("marks afresh: restores the previous marks first, so no stale colour stays and no original is lost", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const sheet = sourceTable(fake);
    const fillAt = (address: string): unknown => {
      const rect = parseAddress(address)!;
      return { ...sheet.cell(rect.top, rect.left).fill };
    };
    const originals = new Map(["A3", "B3", "A9"].map((address) => [address, fillAt(address)]));
    const original = fake.snapshot();
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", marks);

    // July's marks, then August's: fewer rows, wider, other statuses.
    expect(
      await syncsOf(fake, () =>
        workbook.markStatuses("分解表", [
          { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
          { row: 5, firstColumn: 1, lastColumn: 8, status: "serious" },
        ])
      )
    ).toBe(2);
    // Rows marked in July only are as the clerk left them: yellow B3, no fill on row 9.
    for (const address of ["A3", "B3", "A9"]) {
      expect(fillAt(address)).toEqual(originals.get(address));
    }
    expect(
      [fillAt("A4"), fillAt("G4"), fillAt("A5")].map((fill) => (fill as FakeFill).color)
    ).toEqual([green, green, "#FFC7CE"]);
    // The record holds the clerk's originals of August's cells, not July's colours.
    const record = parseMarkRecord(await workbook.loadSetting(marksSettingKey));
    expect(record.sheets).toHaveLength(1);
    const [block] = restoreBlocks(record.sheets[0]);
    expect([block.top, block.left, block.rows, block.columns]).toEqual([3, 0, 2, 8]);
    expect(block.fills[1][0]).toMatchObject({
      pattern: "Solid",
      color: "#4472C4",
      tintAndShade: 0.6,
    });

    // The same marks twice change nothing; clearing gives back the table exactly.
    await workbook.markStatuses("分解表", [
      { row: 4, firstColumn: 1, lastColumn: 8, status: "on_pace" },
      { row: 5, firstColumn: 1, lastColumn: 8, status: "serious" },
    ]);
    await workbook.clearMarks();
    expect(fake.snapshot()).toEqual(original);
  });

  it("marking another sheet restores the first; marking nothing is clearing", async () => {
    const fake = new FakeExcel({ sheets: ["分解表", "分解表（副本）"] });
    sourceTable(fake);
    const copy = fake.sheet("分解表（副本）");
    copy.ensureCell(0, 0).value = "指标";
    const original = fake.snapshot();
    const tableBefore = sheetState(fake, "分解表");
    const workbook = adapterOn(fake);
    await workbook.markStatuses("分解表", marks);
    await workbook.markStatuses("分解表（副本）", [
      { row: 1, firstColumn: 1, lastColumn: 2, status: "serious" },
    ]);
    expect(sheetState(fake, "分解表")).toEqual(tableBefore);
    expect(copy.cell(0, 1).fill.color).toBe("#FFC7CE");
    await workbook.markStatuses("分解表（副本）", []);
    expect(fake.snapshot()).toEqual(original);
  });

  it("restores after the workbook was saved and reopened and the sheet renamed", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(fake);
    await adapterOn(fake).markStatuses("分解表", marks);
    fake.sheet("分解表").name = "分解表（7月）";
    const marked = fake.snapshot() as { settings: unknown[] };

    await adapterOn(fake).clearMarks();
    const restored = new FakeExcel({ sheets: ["分解表"] });
    sourceTable(restored);
    const [restoredSheet] = (restored.snapshot() as { sheets: { cells: unknown }[] }).sheets;
    const [sheetNow] = (fake.snapshot() as { sheets: { cells: unknown; name: string }[] }).sheets;
    expect(sheetNow.name).toBe("分解表（7月）");
    expect(sheetNow.cells).toEqual(restoredSheet.cells);
    expect(marked.settings).toHaveLength(1);
    expect((fake.snapshot() as { settings: unknown[] }).settings).toEqual([]);
  });

  it.each([
    [2, 1],
    [2, 3],
    [2, 0],
  ])(
    "restores the table after marking failed on sync %i after %i actions",
    async (failingSync, afterActions) => {
      const fake = new FakeExcel({ sheets: ["分解表"] });
      sourceTable(fake);
      const original = fake.snapshot();
      const workbook = adapterOn(fake);
      fake.failOnSync({ sync: failingSync, afterActions });
      await rejection(workbook.markStatuses("分解表", marks));
      await workbook.clearMarks();
      expect(fake.snapshot()).toEqual(original);
    }
  );

  it("refuses to mark without ExcelApi 1.9, before touching the workbook", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"], apiVersion: "1.8" });
    sourceTable(fake);
    const error = await rejection(adapterOn(fake).markStatuses("分解表", marks));
    expect(error.key).toBe("requirementMissing");
    expect(error.message).toBe(
      "当前 Excel 版本不支持“按状态标记并恢复底色”（需要 ExcelApi 1.9），请升级 Office 或使用网页版 Excel"
    );
    expect(fake.syncCount).toBe(0);
  });

  it("says which sheet is missing", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const error = await rejection(adapterOn(fake).markStatuses("7月分解表", marks));
    expect(error.message).toBe("找不到工作表“7月分解表”，请确认它没有被删除或改名");
  });

  it("does nothing when nothing was marked", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const before = fake.snapshot();
    expect(await syncsOf(fake, () => adapterOn(fake).clearMarks())).toBe(1);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("selectCell, settings, recalculate", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1", "分解表"] });
    expect(await syncsOf(fake, () => adapterOn(fake).selectCell("分解表", "B12"))).toBe(1);
    expect(fake.activeSheet?.name).toBe("分解表");
    expect(fake.selection).toBe("分解表!B12");
  });

  it("names a missing sheet when selecting", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const error = await rejection(adapterOn(fake).selectCell("分解表", "B12"));
    expect(error.key).toBe("sheetNotFound");
    expect(error.messageIn("en-US")).toBe(
      'Worksheet "分解表" was not found: check that it was not deleted or renamed'
    );
  });

  it("stores settings in the workbook and reads them back; an unknown key is null", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const workbook = adapterOn(fake);
    const settings = { band: 0.05, periods: 12, method: "checkpoint" };
    expect(await syncsOf(fake, () => workbook.saveSetting("assess.settings", settings))).toBe(1);
    expect(await adapterOn(fake).loadSetting("assess.settings")).toEqual(settings);
    expect(await workbook.loadSetting("assess.none")).toBeNull();
  });

  it("refuses a setting that is not JSON, without calling Excel", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const error = await rejection(adapterOn(fake).saveSetting("assess.bad", { big: BigInt(1) }));
    expect(error.key).toBe("settingNotSerializable");
    expect(fake.syncCount).toBe(0);
  });

  it("recalculates the whole workbook", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    await adapterOn(fake).recalculate();
    expect(fake.calculations).toEqual(["Full"]);
  });
});
