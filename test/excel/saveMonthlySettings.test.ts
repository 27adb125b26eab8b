import { FakeExcel } from "./fake";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { adapterOn, runOn, syncsOf } from "./officeFixtures";

/** A clerk's 设置 sheet with year-end rows, one monthly row and a note of their own. */
function clerkSettings(fake: FakeExcel): void {
  fake.addSheet("设置", [
    ["考核设置"],
    ["设置项", "取值", "说明"],
    ["指标考核权重", 0.7, "按方案"],
    ["预警幅度", 4, "县里自定"],
    ["加分累计上限", 3, null],
  ]);
}

describe("saveSettings (Office.js)", () => {
  it("makes the 设置 sheet with every setting, keeps the document setting and recalculates: 1 read + 1 write after a read", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();
    let report: unknown;
    const syncs = await syncsOf(fake, async () => {
      report = await workbook.saveSettings({
        values: { band: 0.03, periods: 4 },
        changed: ["band"],
        createSheet: true,
        recalculate: true,
      });
    });
    expect(syncs).toBe(2);
    expect(report).toMatchObject({ sheet: "设置", created: true, updated: [] });
    expect(fake.valuesOf("设置", "A3:B6")).toEqual([
      ["设置项", "取值"],
      ["期数", 4],
      ["预警幅度", 3],
      ["进度算法", "自动"],
    ]);
    expect(fake.valuesOf("设置", "A17:B17")).toEqual([["所在分组", ""]]);
    expect(JSON.parse(fake.settings.get("assess.monthlySettings") ?? "null")).toMatchObject({
      periods: 4,
      band: 3,
      method: "自动",
    });
    expect(fake.calculations).toEqual(["Full"]);
    // The sheet is the clerk's from then on: the next read gives it back to the readers.
    const read = await workbook.readWorkbook();
    expect(read.grids.map((grid) => grid.name)).toEqual(["分解表", "设置"]);
  });

  it("changes only the value the clerk changed on an existing sheet, and appends the rows it lacks", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    clerkSettings(fake);
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();
    const syncs = await syncsOf(fake, () =>
      workbook.saveSettings({
        values: { band: 0.06, bonusCap: 2 },
        changed: ["band"],
        createSheet: true,
        recalculate: false,
      })
    );
    expect(syncs).toBe(2);
    expect(fake.valuesOf("设置", "A1:C5")).toEqual([
      ["考核设置", "", ""],
      ["设置项", "取值", "说明"],
      ["指标考核权重", 0.7, "按方案"],
      ["预警幅度", 6, "县里自定"],
      ["加分累计上限", 3, ""],
    ]);
    expect(fake.valuesOf("设置", "A6:B6")).toEqual([["期数", 12]]);
    expect(fake.calculations).toEqual([]);
  });

  it("looks for a 设置 sheet it did not know in one more read", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    clerkSettings(fake);
    const workbook = adapterOn(fake);
    const syncs = await syncsOf(fake, () =>
      workbook.saveSettings({
        values: { band: 0.02 },
        changed: ["band"],
        createSheet: false,
        recalculate: true,
      })
    );
    expect(syncs).toBe(3);
    expect(fake.valuesOf("设置", "B4")).toEqual([[2]]);
  });

  it("keeps only the document setting when there is no 设置 sheet and none is to be made", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();
    const report = await workbook.saveSettings({
      values: { periods: 4 },
      changed: ["periods"],
      createSheet: false,
      recalculate: true,
    });
    expect(report).toEqual({ sheet: null, created: false, added: [], updated: [] });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["分解表"]);
    expect(JSON.parse(fake.settings.get("assess.monthlySettings") ?? "null").periods).toBe(4);
    expect(fake.calculations).toEqual(["Full"]);
  });

  it("finds the 设置 sheet again after it was deleted and made anew", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    clerkSettings(fake);
    const workbook = adapterOn(fake);
    await workbook.readWorkbook();
    fake.sheets.splice(
      fake.sheets.findIndex((sheet) => sheet.name === "设置"),
      1
    );
    fake.addSheet("設置", [
      ["设置项", "取值"],
      ["期数", 12],
    ]);
    await workbook.saveSettings({
      values: { periods: 4 },
      changed: ["periods"],
      createSheet: true,
      recalculate: false,
    });
    expect(fake.valuesOf("設置", "A2:B3")).toEqual([
      ["期数", 4],
      ["预警幅度", 5],
    ]);
  });

  it("sets the add-in to load with the workbook once it keeps settings, so they are restored at open", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const behaviours: string[] = [];
    const workbook = createOfficeWorkbook(runOn(fake), {
      isSetSupported: fake.isSetSupported,
      startup: {
        setStartupBehavior: async (behavior) => {
          behaviours.push(String(behavior));
        },
        load: "Load" as Office.StartupBehavior,
      },
    });
    await workbook.saveSettings({
      values: {},
      changed: [],
      createSheet: false,
      recalculate: false,
    });
    expect(behaviours).toEqual(["Load"]);
  });
});
