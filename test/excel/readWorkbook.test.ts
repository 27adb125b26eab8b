import { FakeExcel, FakeNamedItem } from "./fake";
import { adapterOn, rejection, syncsOf } from "./officeFixtures";
import { rankingSpec } from "./summarySpecs";

describe("readWorkbook", () => {
  it("reads values, number formats, merged areas and hidden rows of the clerk's sheets", async () => {
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
    fake.settings.set("assess.table", JSON.stringify({ sheet: "分解表", columns: [] }));
    const read = await adapterOn(fake).readWorkbook();
    expect(read.sheets).toEqual([
      { name: "Sheet1", ownedRun: null },
      { name: "分解表", ownedRun: null },
    ]);
    expect(read.grids).toEqual([
      { name: "Sheet1", values: [], merges: [], hiddenRows: [] },
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
    expect(read.settings).toEqual({ "assess.table": { sheet: "分解表", columns: [] } });
  });

  it("lists the sheets with the run that owns each, and reads only the clerk's", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.addSheet("月度完成", [["指标", "7月"]]);
    await adapterOn(fake).writeSummary("2016-07", [rankingSpec()]);
    const cli = fake.addSheet("7月进度通报", [["由命令行生成"]]);
    // The .xlsx writer's marker: same name scheme, no comment, so the run key stands for the run.
    fake.names.push(
      new FakeNamedItem(
        "assess.run.2016_07.bulletin",
        { sheet: cli, rect: { top: 0, left: 0, rows: 1, columns: 1 } },
        ""
      )
    );
    const read = await adapterOn(fake).readWorkbook();
    expect(read.sheets).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "月度完成", ownedRun: null },
      { name: "7月排名", ownedRun: "2016-07" },
      { name: "7月进度通报", ownedRun: "2016_07" },
    ]);
    expect(read.grids.map((grid) => grid.name)).toEqual(["分解表", "月度完成"]);
    expect(read.basis?.names.map((item) => item.name)).toEqual([
      "assess.run.2016_07.ranking",
      "assess.run.2016_07.bulletin",
    ]);
  });

  it("reads a workbook it never saw in 2 syncs, then in 1: it remembers the sheets", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.addSheet("月度完成", [["指标", "7月"]]);
    fake.sheet("分解表").ensureCell(0, 0).value = "指标";
    const workbook = adapterOn(fake);
    expect(await syncsOf(fake, () => workbook.readWorkbook())).toBe(2);
    expect(await syncsOf(fake, () => workbook.readWorkbook())).toBe(1);

    // The clerk renames a sheet and adds one: still right, one more sync for the new sheet.
    fake.sheet("月度完成").name = "7月完成";
    fake.addSheet("加减分登记", [["单位", "分值"]]);
    let names: readonly string[] = [];
    expect(
      await syncsOf(fake, async () => {
        names = (await workbook.readWorkbook()).grids.map((grid) => grid.name);
      })
    ).toBe(2);
    expect(names).toEqual(["分解表", "7月完成", "加减分登记"]);

    // A remembered sheet deleted: the read starts afresh (one failed request), and is right.
    const deleted = fake.sheet("加减分登记");
    fake.sheets.splice(fake.sheets.indexOf(deleted), 1);
    deleted.deleted = true;
    const read = await workbook.readWorkbook();
    expect(read.grids.map((grid) => grid.name)).toEqual(["分解表", "7月完成"]);
    expect(fake.syncs.slice(-3).map((sync) => sync.failed)).toEqual(["ItemNotFound", null, null]);
  });

  it("names no owner for a marker whose sheet was deleted", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    await adapterOn(fake).writeSummary("2016-07", [rankingSpec()]);
    // Deleted in Excel: its marker now refers to #REF!.
    const deleted = fake.sheet("7月排名");
    fake.sheets.splice(fake.sheets.indexOf(deleted), 1);
    deleted.deleted = true;
    fake.addSheet("7月排名", [["同名的新表"]]);
    expect((await adapterOn(fake).readWorkbook()).sheets).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "7月排名", ownedRun: null },
    ]);
  });

  it("passes Excel's refusal on in the clerk's words", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.failOnSync({ sync: 1, code: "InvalidOperationInCellEditMode" });
    const error = await rejection(adapterOn(fake).readWorkbook());
    expect(error.key).toBe("cellEditMode");
    expect(error.message).toBe("Excel 正处于单元格编辑状态，请先按回车或 Esc 结束编辑，再重试");
  });

  it("sends a request that read on a guess again without guessing when it fails", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.sheet("分解表").ensureCell(0, 0).value = "指标";
    fake.failOnSync({ sync: 2, code: "GeneralException" });
    const read = await adapterOn(fake).readWorkbook();
    expect(read.grids[0].values).toEqual([["指标"]]);
    expect(fake.syncs.map((sync) => sync.failed)).toEqual([null, "GeneralException", null, null]);
  });

  it("reads without merged areas and hidden rows on a host without ExcelApi 1.13 and 1.9", async () => {
    const fake = new FakeExcel({ sheets: [], apiVersion: "1.8" });
    const sheet = fake.addSheet("分解表", [
      ["指标", "目标"],
      ["地方财政收入", 6800],
    ]);
    sheet.merges.push({ top: 0, left: 0, rows: 1, columns: 2 });
    const read = await adapterOn(fake).readWorkbook();
    expect(read.grids).toEqual([
      {
        name: "分解表",
        values: [
          ["指标", "目标"],
          ["地方财政收入", 6800],
        ],
        merges: [],
      },
    ]);
    expect(
      adapterOn(fake)
        .requirements()
        .map((item) => [item.api, item.feature, item.supported])
    ).toEqual([
      ["ExcelApi 1.7", "featureCore", true],
      ["ExcelApi 1.8", "featureNewWorkbook", true],
      ["ExcelApi 1.9", "featurePrintSetup", false],
      ["ExcelApi 1.9", "featureHiddenRows", false],
      ["ExcelApi 1.13", "featureMergedAreas", false],
    ]);
  });
});
