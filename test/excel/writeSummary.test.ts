import { FakeExcel, FakeNamedItem, parseAddress } from "./fake";
import { bulletinSpec, rankingSpec, red } from "./summarySpecs";
import { adapterOn, fiveMegabytes, sheetState, sourceTable, syncsOf } from "./officeFixtures";

describe("writeSummary", () => {
  it("writes a 25-row summary in 2 syncs (look, write): values, formats, grouped fills, widths, styles, freeze, print, chart", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = adapterOn(fake);
    const spec = bulletinSpec(25);
    let report: unknown;
    expect(
      await syncsOf(
        fake,
        async () => (report = await workbook.writeSummary("2016-07", [spec, rankingSpec()]))
      )
    ).toBe(2);
    expect(report).toEqual({ written: ["7月进度通报", "7月排名"], renamed: [], replaced: [] });
    expect(Math.max(...fake.syncs.map((sync) => sync.bytes))).toBeLessThan(fiveMegabytes);
    expect(fake.syncs.map((sync) => sync.calculationSuspended)).toEqual([false, true]);

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
    expect(sheet.cell(1, 0).font).toMatchObject({ bold: false, size: 11, color: "#595959" });
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
      centerFooter: "",
      firstPageNumber: "",
      printArea: null,
      printTitleColumns: null,
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
    expect((await workbook.readWorkbook()).sheets).toEqual([
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
    ["a short subtitle: two lines", "按综合得分排序", 35],
    [
      "a subtitle 64 units wide over 28: three lines",
      "按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）",
      51,
    ],
    [
      "a subtitle 85 units wide over 28: four lines",
      "按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）；并列占名次（1,1,3）",
      67,
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

  it("writes in 1 sync after the read it follows, which saw the sheets and their markers", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = adapterOn(fake);
    await workbook.writeSummary("2016-07", [bulletinSpec(25), rankingSpec()]);
    const read = await workbook.readWorkbook();
    let report: unknown;
    expect(
      await syncsOf(fake, async () => {
        report = await workbook.writeSummary("2016-07", [bulletinSpec(30), rankingSpec()], read);
      })
    ).toBe(1);
    expect(report).toEqual({
      written: ["7月进度通报", "7月排名"],
      renamed: [],
      replaced: ["7月进度通报", "7月排名"],
    });
    expect(fake.valuesOf("7月进度通报", "A33")).toEqual([["社会消费品零售总额29"]]);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["分解表", "7月进度通报", "7月排名"]);
  });

  it("writes 5,000 rows in the same 2 syncs when they fit one request", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    expect(
      await syncsOf(fake, () =>
        adapterOn(fake).writeSummary("2016-07", [bulletinSpec(5000), rankingSpec()])
      )
    ).toBe(2);
    expect(Math.max(...fake.syncs.map((sync) => sync.bytes))).toBeLessThan(fiveMegabytes);
    expect(fake.valuesOf("7月进度通报", "A5003:F5003")).toEqual([
      ["社会消费品零售总额4999", 11799, 0.59, 1.5, "正常", "县经贸局"],
    ]);
    expect(fake.sheet("7月进度通报").charts[0].series[0].pointFills).toHaveLength(5000);
  });

  it("splits 5,000 bulky rows into chunks so that no request reaches 5 MB: 1 sync per chunk after the look", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const spec = bulletinSpec(5000, { remark: 600 });
    const workbook = adapterOn(fake);
    // About 10 MB in all: three write requests instead of one, so 1 + 3 syncs.
    expect(await syncsOf(fake, () => workbook.writeSummary("2016-07", [spec, rankingSpec()]))).toBe(
      4
    );
    const requests = fake.syncs.map((sync) => sync.bytes);
    expect(Math.max(...requests)).toBeLessThan(fiveMegabytes);
    expect(requests.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(1.8 * fiveMegabytes);
    // Every write request suspends calculation; the look does not write cells.
    expect(fake.syncs.map((sync) => sync.calculationSuspended)).toEqual([false, true, true, true]);
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
    ).toBe(2);
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
    expect(
      (await workbook.readWorkbook()).sheets.map((sheet) => [sheet.name, sheet.ownedRun])
    ).toEqual([
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
    expect(
      (await workbook.readWorkbook()).sheets.map((sheet) => [sheet.name, sheet.ownedRun])
    ).toEqual([
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
});
