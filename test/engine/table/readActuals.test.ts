import { CellValue, MergedArea } from "../../../src/engine/kernel/grid";
import { readActuals } from "../../../src/engine/table/readActuals";
import { ActualRecord } from "../../../src/engine/table/tableModel";
import {
  Finding,
  LEDGER_HEADER,
  blockDraft,
  blanks,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const _ = null;
/** A ledger row with its 6月 (G) and 7月 (H) actuals. */
const actualRow = (june: CellValue, july: CellValue): CellValue[] => [
  "甲",
  "绝对量",
  _,
  ...blanks(3),
  june,
  july,
];
const unreadable = (cell: string, text: string): Finding => [
  "unreadable_actual",
  "error",
  cell,
  "tableUnreadableActual",
  { text },
];

describe("readActuals", () => {
  it.each<[string, string, [CellValue, CellValue][], MergedArea[], ActualRecord[], Finding[]]>([
    [
      "numbers, month by month",
      "",
      [[5000, 6000]],
      [],
      [
        { month: 6, value: 5000, cell: "G2" },
        { month: 7, value: 6000, cell: "H2" },
      ],
      [],
    ],
    [
      "text figures in the header's unit; blanks left out",
      "",
      [["5800万元", "—"]],
      [],
      [{ month: 6, value: 5800, cell: "G2" }],
      [],
    ],
    [
      "cells that are no figure are kept as null and reported",
      "",
      [["约30", "#DIV/0!"]],
      [],
      [
        { month: 6, value: null, cell: "G2" },
        { month: 7, value: null, cell: "H2" },
      ],
      [unreadable("G2", "约30"), unreadable("H2", "#DIV/0!")],
    ],
    [
      "a percentage where the row's unit is an amount",
      "万元",
      [["8%", 1]],
      [],
      [
        { month: 6, value: null, cell: "G2" },
        { month: 7, value: 1, cell: "H2" },
      ],
      [unreadable("G2", "")],
    ],
    [
      "a merged actual belongs to the row it stands on",
      "",
      [
        [5000, 6000],
        [_, 6100],
      ],
      [{ top: 1, left: 6, bottom: 2, right: 6 }],
      [
        { month: 6, value: 5000, cell: "G2" },
        { month: 7, value: 6000, cell: "H2" },
      ],
      [
        [
          "actual_conflict",
          "warning",
          "H3",
          "tableActualConflict",
          {
            name: "甲",
            measure: "绝对量",
            measureEn: "absolute value",
            month: 7,
            value: 6100,
            otherRef: "表!H2",
            otherValue: 6000,
            usedRef: "表!H2",
          },
        ],
      ],
    ],
    [
      "the same figure twice is no conflict (compared exactly)",
      "",
      [
        [0.3, _],
        ["0.30", _],
      ],
      [],
      [{ month: 6, value: 0.3, cell: "G2" }],
      [],
    ],
    [
      "a figure replaces an unreadable one",
      "",
      [
        ["约30", _],
        [5000, _],
      ],
      [],
      [{ month: 6, value: 5000, cell: "G3" }],
      [unreadable("G2", "约30")],
    ],
    [
      "an unreadable cell does not replace a figure",
      "",
      [
        [5000, _],
        ["约30", _],
      ],
      [],
      [{ month: 6, value: 5000, cell: "G2" }],
      [unreadable("G3", "约30")],
    ],
  ])("%s", (_description, unit, rows, merges, actuals, expected) => {
    const fixture = readerFixture(
      [LEDGER_HEADER, ...rows.map(([june, july]) => actualRow(june, july))],
      merges
    );
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    record.unit = unit;
    rows.forEach((_row, index) => readActuals(fixture.context, fixture.sink, record, index + 1));
    expect(record.actuals).toEqual(actuals);
    expect(record.actualsSorted).toBe(true);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });

  it("notes actuals read out of month order, for finishRecord to sort", () => {
    const fixture = readerFixture([
      ["指标名称", "7月累计完成", "6月累计完成"],
      ["甲", 6000, 5000],
    ]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    readActuals(fixture.context, fixture.sink, record, 1);
    expect(record.actuals).toEqual([
      { month: 7, value: 6000, cell: "B2" },
      { month: 6, value: 5000, cell: "C2" },
    ]);
    expect(record.actualsSorted).toBe(false);
  });
});
