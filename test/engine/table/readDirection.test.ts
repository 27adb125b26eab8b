import { CellValue } from "../../../src/engine/kernel/grid";
import { Direction } from "../../../src/engine/kernel/types";
import { readDirection } from "../../../src/engine/table/readDirection";
import {
  Finding,
  SEED_HEADER,
  blockDraft,
  blanks,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const unknown = (cell: string, text: string, lower: boolean): Finding => [
  "unknown_direction",
  "warning",
  cell,
  "tableUnknownDirection",
  lower
    ? { text, direction: "逆向（越低越好）", directionEn: "lower is better" }
    : { text, direction: "正向（越高越好）", directionEn: "higher is better" },
];

/** The row's direction cell (J) after nine cells. */
const directionRow = (value: CellValue): CellValue[] => ["PM10浓度", ...blanks(8), value];

describe("readDirection", () => {
  it.each<[string, CellValue[], boolean, Direction | undefined, Finding[]]>([
    ["正向", ["正向"], false, "higher", []],
    ["逆向", ["逆向"], false, "lower", []],
    ["higher", ["higher"], false, "higher", []],
    ["blank cells read nothing", [null, ""], false, undefined, []],
    ["the first word read stands", ["逆向", "正向"], false, "lower", []],
    [
      "an unknown word, reported with the direction inferred",
      ["不详"],
      false,
      undefined,
      [unknown("J2", "不详", false)],
    ],
    [
      "after a ceiling the inference is lower-is-better",
      ["越小越好？"],
      true,
      undefined,
      [unknown("J2", "越小越好?", true)],
    ],
    [
      "an unknown word, then a known one",
      ["不详", "逆向"],
      false,
      "lower",
      [unknown("J2", "不详", false)],
    ],
  ])("%s", (_description, cells, ceiling, direction, expected) => {
    const fixture = readerFixture([SEED_HEADER, ...cells.map(directionRow)]);
    const record = recordDraft(fixture, blockDraft("PM10浓度", 1), "absolute", 1);
    record.ceiling = ceiling;
    cells.forEach((_cell, index) =>
      readDirection(fixture.context, fixture.sink, record, index + 1)
    );
    expect(record.direction).toBe(direction);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });

  it("reports a merged unknown direction once", () => {
    const fixture = readerFixture(
      [SEED_HEADER, directionRow("不详"), directionRow(null)],
      [{ top: 1, left: 9, bottom: 2, right: 9 }]
    );
    const record = recordDraft(fixture, blockDraft("PM10浓度", 1), "absolute", 1);
    readDirection(fixture.context, fixture.sink, record, 1);
    readDirection(fixture.context, fixture.sink, record, 2);
    expect(findings(fixture.diagnostics)).toEqual([unknown("J2", "不详", false)]);
  });

  it("reads nothing in a table without a direction column", () => {
    const fixture = readerFixture([
      ["指标名称", "目标", "备注"],
      ["甲", 1, "逆向"],
    ]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    readDirection(fixture.context, fixture.sink, record, 1);
    expect(record.direction).toBeUndefined();
    expect(fixture.diagnostics).toEqual([]);
  });
});
