import { CellValue } from "../../../src/engine/kernel/grid";
import { SeenNames, recordFor } from "../../../src/engine/table/recordFor";
import {
  Finding,
  LEDGER_HEADER,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
} from "./tableReaderFixture";

const _ = null;

const duplicate = (cell: string, name: string, growth: boolean, firstRow: number): Finding => [
  "duplicate_indicator",
  "warning",
  cell,
  "tableDuplicateIndicator",
  growth
    ? { name, measure: "增幅", measureEn: "growth rate", firstRow }
    : { name, measure: "绝对量", measureEn: "absolute value", firstRow },
];

describe("recordFor", () => {
  it("starts a record per measure of a block and gives it back for the block's later rows", () => {
    const fixture = readerFixture([SEED_HEADER]);
    const seen: SeenNames = new Map();
    const block = blockDraft("地方财政收入", 1);
    const absolute = recordFor(fixture.context, fixture.sink, seen, block, "absolute", 1);
    const growth = recordFor(fixture.context, fixture.sink, seen, block, "growth", 2);
    expect(recordFor(fixture.context, fixture.sink, seen, block, "absolute", 3)).toBe(absolute);
    expect(block.records).toEqual([absolute, growth]);
    expect(absolute).toMatchObject({
      block,
      measure: "absolute",
      firstRow: 1,
      candidates: [],
      actuals: [],
      actualsSorted: true,
      unit: "",
      unitKey: "",
      unitChangeReported: false,
      direction: undefined,
      ceiling: false,
      targetIssue: false,
      hasContent: false,
      lastRow: -1,
      rows: [],
    });
    expect(growth?.firstRow).toBe(2);
    expect(seen).toEqual(new Map([["地方财政收入", (2 << 2) | 1 | 2]]));
    expect(fixture.diagnostics).toEqual([]);
  });

  it("skips the measure of a later block with the same name, reporting its first row once", () => {
    const fixture = readerFixture([SEED_HEADER]);
    const seen: SeenNames = new Map();
    const first = blockDraft("固定资产投资", 2);
    recordFor(fixture.context, fixture.sink, seen, first, "absolute", 2);
    const again = blockDraft("固定资产投資", 23, "固定资产投资");
    expect(recordFor(fixture.context, fixture.sink, seen, again, "absolute", 23)).toBeNull();
    expect(recordFor(fixture.context, fixture.sink, seen, again, "absolute", 24)).toBeNull();
    const growth = recordFor(fixture.context, fixture.sink, seen, again, "growth", 25);
    expect(growth?.measure).toBe("growth");
    expect(again.skipped).toEqual(["absolute"]);
    expect(findings(fixture.diagnostics)).toEqual([duplicate("A24", "固定资产投資", false, 3)]);
  });

  it.each<[string, "seed" | "ledger", CellValue[], boolean]>([
    ["a ledger row with figures of its own", "ledger", ["", "绝对量", "万元", 5], true],
    ["a ledger row with an actual of its own", "ledger", ["", "绝对量", _, _, _, _, _, 5], true],
    [
      "a ledger row without figures (people spread over rows)",
      "ledger",
      ["", "绝对量", "万元", _, _, _, _, _, "县统计局"],
      false,
    ],
    ["a seed row (one row per checkpoint)", "seed", ["", "绝对量", "全年", _, _, 5], false],
  ])(
    "a block's second row of the same measure: %s → duplicate %s",
    (_description, layout, cells, reported) => {
      const fixture = readerFixture([
        layout === "ledger" ? LEDGER_HEADER : SEED_HEADER,
        ["甲"],
        cells,
      ]);
      expect(fixture.header.layout).toBe(layout);
      const seen: SeenNames = new Map();
      const block = blockDraft("甲", 1);
      const record = recordFor(fixture.context, fixture.sink, seen, block, "absolute", 1);
      if (record === null) {
        throw new Error("no record");
      }
      record.lastRow = 1;
      record.hasContent = true;
      expect(recordFor(fixture.context, fixture.sink, seen, block, "absolute", 1)).toBe(record);
      expect(recordFor(fixture.context, fixture.sink, seen, block, "absolute", 2)).toBe(
        reported ? null : record
      );
      expect(findings(fixture.diagnostics)).toEqual(
        reported ? [duplicate("A3", "甲", false, 2)] : []
      );
    }
  );

  it("does not take a ledger's second row for a repeat while the first had no data", () => {
    const fixture = readerFixture([LEDGER_HEADER, ["甲"], ["", "绝对量", "万元", 5]]);
    const block = blockDraft("甲", 1);
    const record = recordFor(fixture.context, fixture.sink, new Map(), block, "absolute", 1);
    if (record === null) {
      throw new Error("no record");
    }
    record.lastRow = 1;
    expect(recordFor(fixture.context, fixture.sink, new Map(), block, "absolute", 2)).toBe(record);
    expect(fixture.diagnostics).toEqual([]);
  });
});
