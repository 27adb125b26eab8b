import { FakeExcel } from "./fake";
import { adapterOn, rejection, syncsOf } from "./officeFixtures";

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
