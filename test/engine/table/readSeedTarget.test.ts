import { CellValue, MergedArea } from "../../../src/engine/kernel/grid";
import { TargetCandidate } from "../../../src/engine/table/blockDraft";
import { readSeedTarget } from "../../../src/engine/table/readSeedTarget";
import {
  Finding,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const _ = null;
const NAME = "地方财政收入";
const measureParams = { name: NAME, measure: "绝对量", measureEn: "absolute value" };
const candidate = (
  month: number,
  target: number,
  label: string,
  cell: string,
  priority = 2
): TargetCandidate => ({ month, target, label, cell, priority });

/** A seed row of the block: checkpoint (C) and target (F). */
const seedRow = (checkpoint: CellValue, target: CellValue): CellValue[] => [
  _,
  "绝对量",
  checkpoint,
  _,
  "万元",
  target,
];

describe("readSeedTarget", () => {
  it.each<
    [string, [CellValue, CellValue][], MergedArea[], boolean[], TargetCandidate[], Finding[]]
  >([
    [
      "one target per checkpoint row",
      [
        ["上半年", 6800],
        ["前三季度", 9500],
        ["全年", 13600],
      ],
      [],
      [true, true, true],
      [
        candidate(6, 6800, "上半年", "F2"),
        candidate(9, 9500, "前三季度", "F3"),
        candidate(12, 13600, "全年", "F4"),
      ],
      [],
    ],
    [
      "month ranges rank below checkpoint words",
      [
        ["1-12月", 73.23],
        ["全年", 73.8],
      ],
      [],
      [true, true],
      [candidate(12, 73.23, "1-12月", "F2", 0), candidate(12, 73.8, "全年", "F3")],
      [],
    ],
    [
      "a blank checkpoint takes the one above",
      [
        ["上半年", 6800],
        [_, 6900],
      ],
      [],
      [true, true],
      [candidate(6, 6800, "上半年", "F2"), candidate(6, 6900, "上半年", "F3")],
      [],
    ],
    [
      "the first target without a checkpoint is the annual one",
      [[_, 25]],
      [],
      [true],
      [candidate(12, 25, "全年", "F2")],
      [["missing_checkpoint", "warning", "C2", "tableMissingCheckpoint", measureParams]],
    ],
    [
      "a checkpoint that is none stops its row and the rows under it",
      [
        ["下半年", 5000],
        [_, 6000],
        ["全年", 13600],
      ],
      [],
      [false, false, true],
      [candidate(12, 13600, "全年", "F4")],
      [["unknown_checkpoint", "error", "C2", "tableUnknownCheckpoint", { text: "下半年" }]],
    ],
    [
      "a merged checkpoint that is none is reported once",
      [
        ["下半年", 5000],
        [_, 6000],
      ],
      [{ top: 1, left: 2, bottom: 2, right: 2 }],
      [false, false],
      [],
      [["unknown_checkpoint", "error", "C2", "tableUnknownCheckpoint", { text: "下半年" }]],
    ],
    [
      "a checkpoint without a target",
      [["全年", _]],
      [],
      [true],
      [],
      [["missing_target", "warning", "F2", "tableMissingTarget", measureParams]],
    ],
    ["a row without checkpoint and target reads nothing", [[_, _]], [], [true], [], []],
    [
      "a target that is no figure",
      [["全年", "约30"]],
      [],
      [true],
      [],
      [["not_a_number", "error", "F2", "tableNotANumber", { text: "约30" }]],
    ],
    [
      "full-width digits and thousands separators",
      [
        ["上半年", "６８００"],
        ["全年", "13,600"],
      ],
      [],
      [true, true],
      [candidate(6, 6800, "上半年", "F2"), candidate(12, 13600, "全年", "F3")],
      [],
    ],
  ])("%s", (_description, cells, merges, returned, candidates, expected) => {
    const fixture = readerFixture(
      [SEED_HEADER, ...cells.map(([checkpoint, target]) => seedRow(checkpoint, target))],
      merges
    );
    const record = recordDraft(fixture, blockDraft(NAME, 1), "absolute", 1);
    const results = cells.map((_cell, index) =>
      readSeedTarget(fixture.context, fixture.sink, record, index + 1, 2, 5, "万元")
    );
    expect(results).toEqual(returned);
    expect(record.candidates).toEqual(candidates);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });

  it("marks the record when a checkpoint or target cell was reported", () => {
    const fixture = readerFixture([SEED_HEADER, seedRow("下半年", 1), seedRow("全年", _)]);
    const first = recordDraft(fixture, blockDraft(NAME, 1), "absolute", 1);
    readSeedTarget(fixture.context, fixture.sink, first, 1, 2, 5, "");
    expect([first.targetIssue, first.block.lastCheckpoint]).toEqual([true, "invalid"]);
    const second = recordDraft(fixture, blockDraft(NAME, 2), "absolute", 2);
    readSeedTarget(fixture.context, fixture.sink, second, 2, 2, 5, "");
    expect([second.targetIssue, second.block.lastCheckpoint]).toEqual([
      true,
      { month: 12, label: "全年" },
    ]);
  });
});
