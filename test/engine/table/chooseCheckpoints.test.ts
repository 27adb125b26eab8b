import { TargetCandidate } from "../../../src/engine/table/blockDraft";
import { chooseCheckpoints } from "../../../src/engine/table/chooseCheckpoints";
import { CheckpointRecord } from "../../../src/engine/table/tableModel";
import {
  Finding,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const candidate = (
  month: number,
  target: number,
  label: string,
  cell: string,
  priority: number
): TargetCandidate => ({ month, target, label, cell, priority });
const checkpoint = (
  month: number,
  target: number,
  label: string,
  cell: string
): CheckpointRecord => ({ month, target, label, cell });
const conflict = (loser: TargetCandidate, winner: TargetCandidate): Finding => [
  "checkpoint_conflict",
  "warning",
  loser.cell,
  "tableCheckpointConflict",
  {
    name: "全社会固定资产投资",
    measure: "绝对量",
    measureEn: "absolute value",
    label: loser.label,
    value: loser.target,
    otherRef: `表!${winner.cell}`,
    otherLabel: winner.label,
    otherValue: winner.target,
  },
];

const range = candidate(12, 73.23, "1-12月", "F27", 0);
const annual = candidate(12, 73.8, "全年", "F29", 2);

describe("chooseCheckpoints", () => {
  it.each<[string, TargetCandidate[], CheckpointRecord[], Finding[]]>([
    ["no candidates", [], [], []],
    [
      "one per month, in month order",
      [
        candidate(12, 13600, "全年", "F4", 2),
        candidate(6, 6800, "上半年", "F2", 2),
        candidate(9, 9500, "前三季度", "F3", 2),
      ],
      [
        checkpoint(6, 6800, "上半年", "F2"),
        checkpoint(9, 9500, "前三季度", "F3"),
        checkpoint(12, 13600, "全年", "F4"),
      ],
      [],
    ],
    [
      "全年 over 1-12月, the disagreement reported at the cell not used",
      [range, annual],
      [checkpoint(12, 73.8, "全年", "F29")],
      [conflict(range, annual)],
    ],
    [
      "the same read the other way round",
      [annual, range],
      [checkpoint(12, 73.8, "全年", "F29")],
      [conflict(range, annual)],
    ],
    [
      "of equal priorities the first read wins",
      [candidate(12, 100, "全年", "D2", 1), candidate(12, 110, "全年目标", "F2", 1)],
      [checkpoint(12, 100, "全年", "D2")],
      [conflict(candidate(12, 110, "全年目标", "F2", 1), candidate(12, 100, "全年", "D2", 1))],
    ],
    [
      "equal targets do not disagree (compared exactly)",
      [candidate(12, 73.8, "1-12月", "F27", 0), candidate(12, 73.8, "全年", "F29", 2)],
      [checkpoint(12, 73.8, "全年", "F29")],
      [],
    ],
    [
      "one cell read twice does not disagree with itself",
      [candidate(6, 1, "上半年", "F2", 2), candidate(6, 2, "上半年", "F2", 2)],
      [checkpoint(6, 1, "上半年", "F2")],
      [],
    ],
  ])("%s", (_description, candidates, expected, expectedFindings) => {
    const fixture = readerFixture([SEED_HEADER]);
    const record = recordDraft(fixture, blockDraft("全社会固定资产投资", 1), "absolute", 1);
    record.candidates.push(...candidates);
    expect(chooseCheckpoints(fixture.context, fixture.sink, record)).toEqual(expected);
    expect(findings(fixture.diagnostics)).toEqual(expectedFindings);
  });
});
