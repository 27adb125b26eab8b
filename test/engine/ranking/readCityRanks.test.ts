import { CellValue } from "../../../src/engine/kernel/grid";
import { readCityRanks } from "../../../src/engine/ranking/readCityRanks";
import { sheet } from "../fixtures/sheet";

const _: CellValue = null;

describe("readCityRanks", () => {
  it("reads ranks, counts and groups in their many spellings", () => {
    const read = readCityRanks(
      sheet("全市排名", [
        ["2018年7月全市市考指标排名"],
        ["指标", "口径", "月份", "全市排名", "参评县数", "组别", "组内排名", "组内县数"],
        ["地方财政收入", "绝对量", "7月", 10, 11, "山区县", 4, 5],
        ["地方财政收入", "增幅", "1—7月", "第9名", "共11个", "山区县", "第5名", "共5个"],
        ["招商引资", _, 7, "3/11", _, _, "1/5", _],
        [_, _, _, _, _, _, _, _],
      ])
    );
    expect(read.diagnostics).toEqual([]);
    expect(
      read.ranks.map((row) => [
        row.indicator,
        row.measure,
        row.month,
        row.rank,
        row.count,
        row.group,
        row.groupRank,
        row.groupSize,
        row.cell,
      ])
    ).toEqual([
      ["地方财政收入", "绝对量", 7, 10, 11, "山区县", 4, 5, "A3"],
      ["地方财政收入", "增幅", 7, 9, 11, "山区县", 5, 5, "A4"],
      ["招商引资", "", 7, 3, 11, null, 1, 5, "A5"],
    ]);
  });

  it.each([
    // bad cell, its column, the cell reported
    [["工业产值", "十三月", 3, 11], "C2"],
    [["工业产值", "7月", "靠后", 11], "D2"],
    [["工业产值", "7月", 12, 11], "D2"],
    [["工业产值", "7月", 0, 11], "D2"],
    [["工业产值", "7月", 3, "很多"], "E2"],
  ] as const)("skips a row whose month, rank or count cannot be read: %p at %s", (row, cell) => {
    const read = readCityRanks(
      sheet("全市排名", [
        ["序号", "指标", "月份", "排名", "参评县数"],
        [1, ...row],
        [2, "农业产值", "7月", 2, 11],
      ])
    );
    expect(read.diagnostics.map((found) => [found.code, found.cell])).toEqual([
      ["invalid_value", cell],
    ]);
    expect(read.ranks.map((found) => found.indicator)).toEqual(["农业产值"]);
  });

  it("reports a sheet without a header and reads nothing", () => {
    const read = readCityRanks(sheet("全市排名", [["随便写的"], [1, 2, 3]]));
    expect(read.ranks).toEqual([]);
    expect(read.diagnostics.map((found) => [found.code, found.key])).toEqual([
      ["no_header", "sideNoHeader"],
    ]);
  });
});
