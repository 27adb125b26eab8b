import { listSheets } from "../../src/excel/listSheets";
import { FakeExcel, FakeNamedItem } from "./fake";
import { adapterOn, runOn, syncsOf } from "./officeFixtures";
import { rankingSpec } from "./summarySpecs";

describe("listSheets", () => {
  it("lists the sheets in tab order with the run that owns each, in one sync", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
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
    let sheets: unknown;
    expect(await syncsOf(fake, async () => (sheets = await listSheets(runOn(fake))))).toBe(1);
    expect(sheets).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "7月排名", ownedRun: "2016-07" },
      { name: "7月进度通报", ownedRun: "2016_07" },
    ]);
  });

  it("names no owner for a marker whose sheet was deleted", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    await adapterOn(fake).writeSummary("2016-07", [rankingSpec()]);
    // Deleted in Excel: its marker now refers to #REF!.
    const deleted = fake.sheet("7月排名");
    fake.sheets.splice(fake.sheets.indexOf(deleted), 1);
    deleted.deleted = true;
    fake.addSheet("7月排名", [["同名的新表"]]);
    expect(await listSheets(runOn(fake))).toEqual([
      { name: "分解表", ownedRun: null },
      { name: "7月排名", ownedRun: null },
    ]);
  });
});
