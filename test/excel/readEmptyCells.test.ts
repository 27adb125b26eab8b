import { readEmptyCells } from "../../src/excel/readEmptyCells";
import { ExcelRun } from "../../src/excel/runBatch";
import { WorkbookError } from "../../src/excel/workbookError";
import { FakeExcel } from "./fake";

function runOn(fake: FakeExcel): ExcelRun {
  return fake.run as unknown as ExcelRun;
}

describe("readEmptyCells", () => {
  it("reads every address in one sync: true where a cell is empty, not where it holds 0", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    fake.addSheet("7月 数据", [[80], [""], [0], ["未报"]]);
    const sheet = fake.addSheet("Bob's", [[0, ""]]);
    Object.assign(sheet.ensureCell(1, 0), { formula: '=""', value: "" });
    const read = await readEmptyCells(
      ["'7月 数据'!A1:A4", "'Bob''s'!B1", "'Bob''s'!A1:A2", "'7月 数据'!$A$2"],
      runOn(fake)
    );
    expect(read).toEqual([
      [[false], [true], [false], [false]],
      [[true]],
      [[false], [false]],
      [[true]],
    ]);
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].actions).toBe(4);
  });

  it("gives null for an address it cannot read, and reads the others", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const read = await readEmptyCells(["[预算.xlsx]Sheet1!B2", "Sheet1!B2", ""], runOn(fake));
    expect(read).toEqual([null, [[true]], null]);
    expect(fake.syncs.map((sync) => sync.actions)).toEqual([1]);
  });

  it("does not call Excel when no address can be read", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    expect(await readEmptyCells(["预算", "B2"], runOn(fake))).toEqual([null, null]);
    expect(await readEmptyCells([], runOn(fake))).toEqual([]);
    expect({ runs: fake.runs, syncs: fake.syncCount }).toEqual({ runs: 0, syncs: 0 });
  });

  it("turns what Excel throws into a WorkbookError with the clerk's message", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const failure = await readEmptyCells(["已删除!B2"], runOn(fake)).then(
      () => null,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(WorkbookError);
    expect((failure as WorkbookError).code).toBe("ItemNotFound");
    expect((failure as WorkbookError).messageIn("en-US")).toBe(
      "A worksheet or object was not found (it may have been deleted or renamed): The requested resource doesn't exist: worksheet '已删除'."
    );
  });
});
