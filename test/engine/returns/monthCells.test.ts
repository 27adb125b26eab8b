import { readLedger } from "../../../src/engine/returns/readLedger";
import { monthCells } from "../../../src/engine/returns/monthCells";
import { traditionalLedger } from "../fixtures/ledgerGrids";
import { zhenbaSheets } from "./returnsFixture";

describe("monthCells", () => {
  const ledger = readLedger([traditionalLedger()]);
  const cellsOf = (month: number): string[] =>
    [...monthCells(ledger.tableSheets, ledger.table!, month).cells.entries()].map(
      ([key, cell]) => `${key}@${cell.sheet}!${cell.cell}=${JSON.stringify(cell.existing)}`
    );

  it("finds the blank August cells of a one-sheet ledger (traditional characters)", () => {
    expect(cellsOf(8)).toEqual([
      "地方財政收入|绝对量@考核臺賬!J4=null",
      "地方財政收入|增幅@考核臺賬!J5=null",
      "全社會固定資產投資|绝对量@考核臺賬!J7=null",
      "空氣中可吸入顆粒物(PM10)濃度|绝对量@考核臺賬!J8=null",
      "旅遊總收入|绝对量@考核臺賬!J9=null",
      "規上工業增加值|增幅@考核臺賬!J10=null",
      "招商引資(引進市外資金)|绝对量@考核臺賬!J12=null",
    ]);
  });

  it("names what July's cells hold, text included", () => {
    expect(cellsOf(7)).toEqual([
      '地方財政收入|绝对量@考核臺賬!I4="７６５０"',
      "地方財政收入|增幅@考核臺賬!I5=10.2",
      "全社會固定資產投資|绝对量@考核臺賬!I7=31.2",
      "空氣中可吸入顆粒物(PM10)濃度|绝对量@考核臺賬!I8=68",
      "旅遊總收入|绝对量@考核臺賬!I9=0.81",
      "規上工業增加值|增幅@考核臺賬!I10=2.1",
      '招商引資(引進市外資金)|绝对量@考核臺賬!I12="1,920"',
    ]);
  });

  it("has no column for a month the header does not name", () => {
    const found = monthCells(ledger.tableSheets, ledger.table!, 9);
    expect([found.hasColumn, found.cells.size, found.columnSheet]).toEqual([false, 0, null]);
  });

  it("finds the 月度完成 sheet's cells of the 镇巴 sample", async () => {
    const sample = readLedger(await zhenbaSheets());
    const found = monthCells(sample.tableSheets, sample.table!, 7);
    expect([found.cells.size, found.columnSheet]).toEqual([27, "月度完成"]);
    expect(found.cells.get("专利授权量|绝对量")).toEqual({
      sheet: "月度完成",
      row: 20,
      column: 3,
      cell: "D21",
      existing: null,
    });
    expect(found.cells.get("地方财政收入|增幅")?.existing).toBe(22.55);
  });
});
