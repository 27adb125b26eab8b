import { CellValue } from "../../../src/engine/kernel/grid";
import { RecordDraft } from "../../../src/engine/table/blockDraft";
import { finishRecord } from "../../../src/engine/table/finishRecord";
import { IndicatorRecord } from "../../../src/engine/table/tableModel";
import {
  LEDGER_HEADER,
  ReaderFixture,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const _ = null;

function draft(
  header: readonly CellValue[],
  name: string,
  measure: "absolute" | "growth" = "absolute"
): { fixture: ReaderFixture; record: RecordDraft } {
  const fixture = readerFixture([header]);
  const record = recordDraft(fixture, blockDraft(name, 4), measure, 4);
  record.rows.push(5);
  return { fixture, record };
}

describe("finishRecord", () => {
  it("builds the indicator record", () => {
    const { fixture, record } = draft(SEED_HEADER, "地方财政收入");
    record.unit = "万元";
    record.hasContent = true;
    record.rows.push(6, 7);
    record.candidates.push(
      { month: 12, target: 13600, label: "全年", cell: "F7", priority: 2 },
      { month: 6, target: 6800, label: "上半年", cell: "F5", priority: 2 }
    );
    record.actuals.push(
      { month: 7, value: 7700, cell: "G5" },
      { month: 6, value: 6120, cell: "G6" }
    );
    record.actualsSorted = false;
    record.block.people.push(["叶稳太", "市财政局", "县财政局:张正银", _, "县税务局", _]);
    const expected: IndicatorRecord = {
      key: "地方财政收入|绝对量",
      name: "地方财政收入",
      measure: "absolute",
      measureLabel: "绝对量",
      unit: "万元",
      direction: "higher",
      checkpoints: [
        { month: 6, target: 6800, label: "上半年", cell: "F5" },
        { month: 12, target: 13600, label: "全年", cell: "F7" },
      ],
      annualTarget: 13600,
      actuals: [
        { month: 6, value: 6120, cell: "G6" },
        { month: 7, value: 7700, cell: "G5" },
      ],
      leader: "叶稳太",
      leadUnit: "县财政局",
      units: ["县财政局", "县税务局"],
      persons: ["张正银"],
      person: "张正银",
      supervisors: ["市财政局"],
      row: 5,
      rows: [5, 6, 7],
      source: "表!A5",
    };
    expect(finishRecord(fixture.context, fixture.sink, record)).toEqual(expected);
    expect(fixture.diagnostics).toEqual([]);
  });

  it("gives nothing for a name without any data (a heading or a note)", () => {
    const { fixture, record } = draft(SEED_HEADER, "一、经济指标");
    expect(finishRecord(fixture.context, fixture.sink, record)).toBeNull();
    expect(fixture.diagnostics).toEqual([]);
  });

  it.each<[string, readonly CellValue[], string]>([
    ["the target column", SEED_HEADER, "F5"],
    [
      "the first period column of a ledger without a target column",
      ["指标名称", "上半年目标", "全年目标"],
      "B5",
    ],
    ["the name cell of a table without targets", ["指标名称", "口径", "7月累计完成"], "A5"],
  ])("reports a record without a target at %s of its first row", (_description, header, cell) => {
    const { fixture, record } = draft(header, "外贸进出口总额");
    record.hasContent = true;
    const finished = finishRecord(fixture.context, fixture.sink, record);
    expect([finished?.checkpoints, finished?.annualTarget]).toEqual([[], null]);
    expect(findings(fixture.diagnostics)).toEqual([
      [
        "missing_target",
        "warning",
        cell,
        "tableMissingTarget",
        { name: "外贸进出口总额", measure: "绝对量", measureEn: "absolute value" },
      ],
    ]);
  });

  it("does not report a missing target where a target cell was reported already", () => {
    const { fixture, record } = draft(SEED_HEADER, "财政收入");
    record.targetIssue = true;
    expect(finishRecord(fixture.context, fixture.sink, record)?.checkpoints).toEqual([]);
    expect(fixture.diagnostics).toEqual([]);
  });

  it("has no annual target when the last checkpoint is before year end", () => {
    const { fixture, record } = draft(SEED_HEADER, "甲");
    record.candidates.push({ month: 9, target: 9500, label: "前三季度", cell: "F5", priority: 2 });
    expect(finishRecord(fixture.context, fixture.sink, record)?.annualTarget).toBeNull();
  });

  it("reports checkpoint conflicts, then actuals more than ten times the annual target", () => {
    const { fixture, record } = draft(LEDGER_HEADER, "地方财政收入");
    record.candidates.push(
      { month: 12, target: 13600, label: "全年", cell: "D5", priority: 1 },
      { month: 12, target: 13500, label: "1-12月", cell: "F5", priority: 0 }
    );
    record.actuals.push(
      { month: 6, value: 136000, cell: "G5" },
      { month: 7, value: 136001, cell: "H5" }
    );
    finishRecord(fixture.context, fixture.sink, record);
    expect(findings(fixture.diagnostics).map(([code, , cell]) => `${code}@${cell}`)).toEqual([
      "checkpoint_conflict@F5",
      "suspect_magnitude@H5",
    ]);
    expect(findings(fixture.diagnostics)[1]).toEqual([
      "suspect_magnitude",
      "warning",
      "H5",
      "tableSuspectMagnitude",
      { name: "地方财政收入", actual: "136001", target: "13600" },
    ]);
  });

  it.each<[string, readonly CellValue[], "absolute" | "growth", string, string]>([
    ["the record's own unit", SEED_HEADER, "absolute", "亿元", "亿元"],
    ["% for a growth rate", SEED_HEADER, "growth", "", "%"],
    ["the target header's unit", LEDGER_HEADER, "absolute", "", "万元"],
    ["none", SEED_HEADER, "absolute", "", ""],
  ])("takes as unit %s", (_description, header, measure, unit, expected) => {
    const { fixture, record } = draft(header, "甲", measure);
    record.unit = unit;
    record.hasContent = true;
    expect(finishRecord(fixture.context, fixture.sink, record)?.unit).toBe(expected);
  });

  it.each<[string, boolean, "higher" | "lower" | undefined, "higher" | "lower"]>([
    ["pm10浓度", true, undefined, "lower"],
    ["pm10浓度", true, "higher", "higher"],
    ["化学需氧量削减比", true, undefined, "higher"],
  ])("gives %s (ceiling %s, cell %p) the direction %s", (name, ceiling, cell, direction) => {
    const { fixture, record } = draft(SEED_HEADER, name);
    record.hasContent = true;
    record.ceiling = ceiling;
    record.direction = cell;
    expect(finishRecord(fixture.context, fixture.sink, record)?.direction).toBe(direction);
  });
});
