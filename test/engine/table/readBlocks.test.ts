import { CellValue, MergedArea } from "../../../src/engine/kernel/grid";
import { readBlocks } from "../../../src/engine/table/readBlocks";
import { Finding, SEED_HEADER, blanks, findings, readerFixture } from "./tableReaderFixture";

const _ = null;

/** The visits of readBlocks as text: "row 地方财政收入@2 data", "end 地方财政收入". */
function visits(
  rows: readonly (readonly CellValue[])[],
  merges: MergedArea[] = []
): { visits: string[]; findings: Finding[] } {
  const fixture = readerFixture([SEED_HEADER, ...rows], merges);
  const seen: string[] = [];
  readBlocks(fixture.context, fixture.sink, {
    row: (block, row, hasData) =>
      seen.push(
        `row ${block.name}[${block.nameKey}]@${block.firstRow + 1}:${row + 1}${hasData ? " data" : ""}`
      ),
    end: (block) => seen.push(`end ${block.name}`),
  });
  return { visits: seen, findings: findings(fixture.diagnostics) };
}

const missingName = (cell: string, text = ""): Finding => [
  "missing_name",
  "error",
  cell,
  "tableMissingName",
  {
    detail: text === "" ? "" : `（单元格为“${text}”）`,
    detailEn: text === "" ? "" : ` (the cell holds "${text}")`,
  },
];

const totalRow = (cell: string, name: string, first: number, last: number): Finding => [
  "total_row",
  "warning",
  cell,
  "tableTotalRow",
  first === last
    ? { name, rows: `第${first}行`, rowsEn: `row ${first}` }
    : { name, rows: `第${first}至${last}行`, rowsEn: `rows ${first} to ${last}` },
];

describe("readBlocks", () => {
  it("groups a whole table into blocks, passing over blanks, totals, headings and the header repeated", () => {
    const result = visits(
      [
        ["地方财政收入", "绝对量", "上半年", _, "万元", 6800], // row 2
        [_, "绝对量", "全年", _, "万元", 13600],
        [],
        ["地方財政收入", "增幅", "全年", _, "%", 8], // the same name in traditional characters
        ["税收收入"], // a name alone: a block without data
        ["合计", _, _, _, _, 99999],
        [_, _, _, _, _, 5], // under the total: belongs to it
        ["一、民生指标", ...blanks(9)], // a heading merged across the table (row 9)
        [_, "绝对量", "全年", _, _, 10],
        [_, "增幅", "全年", _, _, 11],
        ["#REF!", "绝对量", "全年", _, _, 1], // row 12
        [_, "绝对量", "全年", _, _, 2], // under #REF!: reported with it
        ["主要指标", "口径", "倒排时间"], // the header repeated (a second printed page)
        ["GDP增速", "增幅", "全年", _, "%", 7.5], // row 15
        ["gdp增速", "增幅", "上半年", _, "%", 7],
        ["#N/A"], // an Excel error alone ends the block, reported only with data
      ],
      [{ top: 8, left: 0, bottom: 8, right: 9 }]
    );
    expect(result.visits).toEqual([
      "row 地方财政收入[地方财政收入]@2:2 data",
      "row 地方财政收入[地方财政收入]@2:3 data",
      "row 地方财政收入[地方财政收入]@2:5 data",
      "end 地方财政收入",
      "row 税收收入[税收收入]@6:6",
      "end 税收收入",
      "row GDP增速[gdp增速]@15:15 data",
      "row GDP增速[gdp增速]@15:16 data",
      "end GDP增速",
    ]);
    expect(result.findings).toEqual([
      totalRow("A7", "合计", 7, 8),
      missingName("A10"),
      missingName("A11"),
      missingName("A12", "#REF!"),
    ]);
  });

  it.each<[string, CellValue[][], MergedArea[], string[], Finding[]]>([
    ["a header with nothing under it", [], [], [], []],
    [
      "data before any name",
      [
        [_, "绝对量", "全年", _, _, 5],
        ["地方财政收入", "绝对量", "全年", _, _, 13600],
      ],
      [],
      ["row 地方财政收入[地方财政收入]@3:3 data", "end 地方财政收入"],
      [missingName("A2")],
    ],
    [
      "a name merged down its block, over blank rows",
      [["地方财政收入", "绝对量", "上半年", _, _, 6800], [], [_, "绝对量", "全年", _, _, 13600]],
      [{ top: 1, left: 0, bottom: 3, right: 0 }],
      [
        "row 地方财政收入[地方财政收入]@2:2 data",
        "row 地方财政收入[地方财政收入]@2:4 data",
        "end 地方财政收入",
      ],
      [],
    ],
    [
      "a name merged over the measure column only (no heading)",
      [["地方财政收入", _, "全年", _, _, 13600]],
      [{ top: 1, left: 0, bottom: 1, right: 1 }],
      ["row 地方财政收入[地方财政收入]@2:2 data", "end 地方财政收入"],
      [],
    ],
    [
      "a heading ends the block above; its own rows are reported",
      [
        ["地方财政收入", "绝对量", "全年", _, _, 13600],
        ["说明：单位万元", ...blanks(9)],
        [_, "增幅", "全年", _, _, 8],
      ],
      [{ top: 2, left: 0, bottom: 2, right: 5 }],
      ["row 地方财政收入[地方财政收入]@2:2 data", "end 地方财政收入"],
      [missingName("A4")],
    ],
    [
      "a total and its rows are reported once, not assessed; the next name starts again",
      [
        ["小计", _, _, _, _, 1],
        [_, _, _, _, _, 2],
        ["税收收入", "绝对量", "全年", _, _, 3],
      ],
      [],
      ["row 税收收入[税收收入]@4:4 data", "end 税收收入"],
      [totalRow("A2", "小计", 2, 3)],
    ],
    [
      "a total merged over two rows, then a total label alone (no figures: nothing to report)",
      [["合计", "绝对量", "全年", _, _, 1], [_, "增幅", "全年", _, _, 2], ["总计"]],
      [{ top: 1, left: 0, bottom: 2, right: 0 }],
      [],
      [totalRow("A2", "合计", 2, 3)],
    ],
    [
      "an indicator whose name is merged across the unit column, figures beside it, is read",
      [
        ["地方财政收入", _, _, _, _, 6800],
        [_, _, "全年", _, _, 13600],
        ["一、民生指标", ...blanks(9)],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 4 },
        { top: 3, left: 0, bottom: 3, right: 9 },
      ],
      [
        "row 地方财政收入[地方财政收入]@2:2 data",
        "row 地方财政收入[地方财政收入]@2:3 data",
        "end 地方财政收入",
      ],
      [],
    ],
    [
      "a unit written in the name is taken off the name and kept for the rows",
      [["地方财政收入（万元）", "绝对量", "全年", _, _, 13600]],
      [],
      ["row 地方财政收入[地方财政收入]@2:2 data", "end 地方财政收入"],
      [],
    ],
    [
      "one merged blank name cell over nameless rows is reported once",
      [
        [_, "绝对量", "上半年", _, _, 1],
        [_, "绝对量", "全年", _, _, 2],
      ],
      [{ top: 1, left: 0, bottom: 2, right: 0 }],
      [],
      [missingName("A2")],
    ],
    [
      "names differing only in case and spaces are one block",
      [
        ["GDP  Index", "绝对量", "上半年", _, _, 40],
        ["gdp index", "绝对量", "全年", _, _, 35],
      ],
      [],
      ["row GDP Index[gdpindex]@2:2 data", "row GDP Index[gdpindex]@2:3 data", "end GDP Index"],
      [],
    ],
  ])("%s", (_description, rows, merges, expectedVisits, expectedFindings) => {
    const result = visits(rows, merges);
    expect(result.visits).toEqual(expectedVisits);
    expect(result.findings).toEqual(expectedFindings);
  });
});
