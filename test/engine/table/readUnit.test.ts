import { Measure } from "../../../src/engine/kernel/types";
import { readUnit } from "../../../src/engine/table/readUnit";
import {
  Finding,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

const changed = (cell: string, from: string, to: string): Finding => [
  "unit_changed",
  "warning",
  cell,
  "tableUnitChanged",
  { name: "固定资产投资", from, to },
];

describe("readUnit", () => {
  it.each<[string, Measure, string[], string, string, Finding[]]>([
    ["the first unit stands", "absolute", ["万元"], "万元", "万元", []],
    ["blank units change nothing", "absolute", ["", "万元", ""], "万元", "万元", []],
    ["萬元 is 万元", "absolute", ["万元", "萬元"], "万元", "万元", []],
    ["case does not count", "absolute", ["μg/m3", "μg/M3"], "μg/m3", "μg/m3", []],
    [
      "a change is reported at the row's unit cell",
      "absolute",
      ["万元", "亿元"],
      "万元",
      "万元",
      [changed("E3", "万元", "亿元")],
    ],
    [
      "once per record",
      "absolute",
      ["万元", "亿元", "元", "亿元"],
      "万元",
      "万元",
      [changed("E3", "万元", "亿元")],
    ],
    ["a growth rate's unit is %", "growth", ["万元", "亿元"], "%", "%", []],
  ])("%s", (_description, measure, units, unit, unitKey, expected) => {
    const fixture = readerFixture([SEED_HEADER]);
    const record = recordDraft(fixture, blockDraft("固定资产投资", 1), measure, 1);
    units.forEach((text, index) =>
      readUnit(fixture.context, fixture.sink, record, index + 1, text)
    );
    expect([record.unit, record.unitKey]).toEqual([unit, unitKey]);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });

  it("reports no change when the unit came from elsewhere than a unit column", () => {
    const fixture = readerFixture([["指标名称", "目标"]]);
    const record = recordDraft(fixture, blockDraft("固定资产投资", 1), "absolute", 1);
    readUnit(fixture.context, fixture.sink, record, 1, "万元");
    readUnit(fixture.context, fixture.sink, record, 2, "亿元");
    expect(record.unit).toBe("万元");
    expect(fixture.diagnostics).toEqual([]);
  });
});
