import { SeenNames } from "../../../src/engine/table/recordFor";
import { readRow } from "../../../src/engine/table/readRow";
import {
  LEDGER_HEADER,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
} from "./tableReaderFixture";

const _ = null;
const codes = (fixture: ReturnType<typeof readerFixture>): string[] =>
  findings(fixture.diagnostics).map(([code, , cell]) => `${code}@${cell}`);

describe("readRow", () => {
  it("reads measure, unit, people, direction, targets and actuals, reporting in that order", () => {
    const fixture = readerFixture([
      LEDGER_HEADER,
      ["甲", "合计数", "万元", "约30", _, _, _, "约40", "县财政局", _, "张正银", _, _, "不详"],
    ]);
    const block = blockDraft("甲", 1);
    readRow(fixture.context, fixture.sink, new Map(), block, 1, true);
    expect(codes(fixture)).toEqual([
      "unknown_measure@B2",
      "unknown_direction@N2",
      "not_a_number@D2",
      "unreadable_actual@H2",
    ]);
    expect(block.records).toHaveLength(1);
    expect(block.records[0]).toMatchObject({
      measure: "absolute",
      unit: "万元",
      rows: [2],
      lastRow: 1,
      hasContent: true,
      targetIssue: true,
      candidates: [],
      actuals: [{ month: 7, value: null, cell: "H2" }],
    });
    expect(block.people).toEqual([[_, _, "县财政局", _, _, "张正银"]]);
  });

  it("reads a seed block's rows into one record per measure", () => {
    const fixture = readerFixture([
      SEED_HEADER,
      ["甲", "绝对量", "上半年", _, "万元", 6800, "叶稳太", "县财政局"],
      [_, "绝对量", "全年", _, "亿元", 13600],
      [_, "增幅", "全年", _, "%", 8],
    ]);
    const block = blockDraft("甲", 1);
    const seen: SeenNames = new Map();
    for (const row of [1, 2, 3]) {
      readRow(fixture.context, fixture.sink, seen, block, row, true);
    }
    expect(codes(fixture)).toEqual(["unit_changed@E3"]);
    expect(
      block.records.map((record) => [
        record.measure,
        record.unit,
        record.rows,
        record.candidates.map((candidate) => `${candidate.month}:${candidate.target}`),
      ])
    ).toEqual([
      ["absolute", "万元", [2, 3], ["6:6800", "12:13600"]],
      ["growth", "%", [4], ["12:8"]],
    ]);
  });

  it("does not read a row that repeats an indicator", () => {
    const fixture = readerFixture([
      LEDGER_HEADER,
      ["甲", "绝对量", "万元", 100, _, _, 40, 50],
      [_, "绝对量", "亿元", 200, _, _, 45, 55, "县统计局"],
    ]);
    const block = blockDraft("甲", 1);
    const seen: SeenNames = new Map();
    readRow(fixture.context, fixture.sink, seen, block, 1, true);
    readRow(fixture.context, fixture.sink, seen, block, 2, true);
    expect(codes(fixture)).toEqual(["duplicate_indicator@A3"]);
    expect(block.records[0]).toMatchObject({
      unit: "万元",
      rows: [2],
      candidates: [{ month: 12, target: 100, label: "全年", cell: "D2", priority: 1 }],
    });
    expect(block.people).toEqual([]);
  });

  it("starts a record on a name alone without counting it as data", () => {
    const fixture = readerFixture([SEED_HEADER, ["一、经济指标"]]);
    const block = blockDraft("一、经济指标", 1);
    readRow(fixture.context, fixture.sink, new Map(), block, 1, false);
    expect(block.records[0]).toMatchObject({ rows: [2], hasContent: false });
    expect(fixture.diagnostics).toEqual([]);
  });
});
