import { CellValue, MergedArea } from "../../../src/engine/kernel/grid";
import { PeopleCells } from "../../../src/engine/table/responsiblePeople";
import { readPeople } from "../../../src/engine/table/readPeople";
import { LEDGER_HEADER, SEED_HEADER, blockDraft, readerFixture } from "./tableReaderFixture";

const _ = null;

describe("readPeople", () => {
  it.each<[string, CellValue[][], MergedArea[], PeopleCells[]]>([
    [
      "seed 000's row: leader, supervisors, lead units with persons",
      [["甲", "绝对量", "全年", "市财政局", "万元", 1, "叶稳太", "县财政局:张正银", _]],
      [],
      [["叶稳太", "市财政局", "县财政局:张正银", _, _, _]],
    ],
    [
      "merged people cells are noted once for the rows they cover",
      [
        ["甲", "绝对量", "上半年", _, "万元", 1, "叶稳太", "县财政局", "张正银"],
        [_, "绝对量", "全年", _, "万元", 2],
      ],
      [
        { top: 1, left: 6, bottom: 2, right: 6 },
        { top: 1, left: 7, bottom: 2, right: 7 },
        { top: 1, left: 8, bottom: 2, right: 8 },
      ],
      [["叶稳太", _, "县财政局", _, _, "张正银"]],
    ],
    [
      "units spread over rows are noted row by row",
      [
        ["甲", "绝对量", "上半年", _, "万元", 1, "魏巍", "县发改局", "彭代军"],
        [_, "绝对量", "全年", _, "万元", 2, "魏巍", "县统计局", "刘明江"],
        [_, "绝对量", "全年", _, "万元", 2, "魏巍", "县统计局", "刘明江"],
      ],
      [],
      [
        ["魏巍", _, "县发改局", _, _, "彭代军"],
        ["魏巍", _, "县统计局", _, _, "刘明江"],
      ],
    ],
    [
      "rows naming no one note nothing",
      [
        ["甲", "绝对量", "上半年", _, "万元", 1],
        [_, "绝对量", "全年", _, "万元", 2],
      ],
      [],
      [],
    ],
  ])("%s", (_description, rows, merges, expected) => {
    const { context } = readerFixture([SEED_HEADER, ...rows], merges);
    const block = blockDraft("甲", 1);
    rows.forEach((_cells, index) => readPeople(context, block, index + 1));
    expect(block.people).toEqual(expected);
  });

  it("reads a ledger's cooperating units in their own place", () => {
    const { context } = readerFixture([
      LEDGER_HEADER,
      [
        "甲",
        "绝对量",
        "万元",
        1,
        _,
        _,
        _,
        _,
        "县财政局",
        "县税务局",
        "张正银",
        "叶稳太",
        "市财政局",
      ],
    ]);
    const block = blockDraft("甲", 1);
    readPeople(context, block, 1);
    expect(block.people).toEqual([["叶稳太", "市财政局", "县财政局", _, "县税务局", "张正银"]]);
  });
});
