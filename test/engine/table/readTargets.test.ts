import { CellValue } from "../../../src/engine/kernel/grid";
import { TargetCandidate } from "../../../src/engine/table/blockDraft";
import { readTargets } from "../../../src/engine/table/readTargets";
import {
  Finding,
  LEDGER_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const _ = null;
const candidate = (
  month: number,
  target: number,
  label: string,
  cell: string,
  priority: number
): TargetCandidate => ({ month, target, label, cell, priority });
const notANumber = (cell: string, text: string): Finding => [
  "not_a_number",
  "error",
  cell,
  "tableNotANumber",
  { text },
];

describe("readTargets in a ledger (目标（万元）, 上半年目标, 1-12月目标)", () => {
  it.each<[string, string, CellValue[], TargetCandidate[], boolean, Finding[]]>([
    [
      "the target column is the annual target; period columns give their months",
      "",
      [13600, 6800, 13500],
      [
        candidate(12, 13600, "全年", "D2", 1),
        candidate(6, 6800, "上半年", "E2", 2),
        candidate(12, 13500, "1-12月", "F2", 0),
      ],
      false,
      [],
    ],
    ["blank cells give nothing", "", [_, " ", "—"], [], false, []],
    [
      "text figures: the header's unit, ceilings, separators",
      "",
      ["13600万元", "≤72", " 2,400 "],
      [
        candidate(12, 13600, "全年", "D2", 1),
        candidate(6, 72, "上半年", "E2", 2),
        candidate(12, 2400, "1-12月", "F2", 0),
      ],
      true,
      [],
    ],
    [
      "cells that are no figure are reported, the others read",
      "",
      ["约30", 0, "#N/A"],
      [candidate(6, 0, "上半年", "E2", 2)],
      false,
      [notANumber("D2", "约30"), notANumber("F2", "#N/A")],
    ],
    [
      "a percentage where the row's unit is an amount",
      "万元",
      ["12%", "6%", 1],
      [candidate(12, 1, "1-12月", "F2", 0)],
      false,
      [notANumber("D2", ""), notANumber("E2", "")],
    ],
  ])("%s", (_description, unit, figures, candidates, ceiling, expected) => {
    const fixture = readerFixture([LEDGER_HEADER, ["甲", "绝对量", unit, ...figures]]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    record.unit = unit;
    readTargets(fixture.context, fixture.sink, record, 1);
    expect(record.candidates).toEqual(candidates);
    expect(record.ceiling).toBe(ceiling);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });
});

describe("readTargets in a seed table with a period column", () => {
  const header = ["主要指标", "倒排时间", "考核任务", "上半年目标"];

  it("reads the row's checkpoint target, then the period column", () => {
    const fixture = readerFixture([header, ["甲", "全年", 13600, 6800]]);
    expect(fixture.header.layout).toBe("seed");
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    readTargets(fixture.context, fixture.sink, record, 1);
    expect(record.candidates).toEqual([
      candidate(12, 13600, "全年", "C2", 2),
      candidate(6, 6800, "上半年", "D2", 2),
    ]);
    expect(fixture.diagnostics).toEqual([]);
  });

  it("reads none of the row's targets when its checkpoint is none", () => {
    const fixture = readerFixture([header, ["甲", "下半年", 13600, 6800]]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    readTargets(fixture.context, fixture.sink, record, 1);
    expect(record.candidates).toEqual([]);
    expect(findings(fixture.diagnostics)).toEqual([
      ["unknown_checkpoint", "error", "B2", "tableUnknownCheckpoint", { text: "下半年" }],
    ]);
  });
});

describe("readTargets in a table with only a checkpoint column", () => {
  it("reads no target", () => {
    const fixture = readerFixture([
      ["指标名称", "倒排时间", "7月累计完成"],
      ["甲", "全年", 5],
    ]);
    const record = recordDraft(fixture, blockDraft("甲", 1), "absolute", 1);
    readTargets(fixture.context, fixture.sink, record, 1);
    expect(record.candidates).toEqual([]);
    expect(fixture.diagnostics).toEqual([]);
  });
});
