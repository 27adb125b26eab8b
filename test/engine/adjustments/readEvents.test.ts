import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { CellValue } from "../../../src/engine/kernel/grid";
import { readEvents } from "../../../src/engine/adjustments/readEvents";
import { sheet } from "../fixtures/sheet";

const _ = null;
const HEADER: CellValue[] = ["单位", "规则编号", "次数", "分值", "数量", "事由", "日期", "市考"];

describe("readEvents", () => {
  it("reads the template: blank 次数 = 1, range values, quantities, dates and 市考 words", () => {
    const { events, diagnostics, cells } = readEvents(
      sheet("加减分登记", [
        ["2016年加减分登记", _, _, _, _, _, _, _],
        HEADER,
        ["县财政局", "B04", 3, _, _, "市级单项表彰", 42597, "否"],
        ["县发改局", "B11", _, "0.15分", _, "积极参与", "2016年8月1日", _],
        ["县发改局", "B10", _, _, 300, "争取资金", _, "no"],
        ["县科技局", "b01", "2次", _, _, _, _, "√"],
        ["县科技局", "P03", 1, _, _, _, _, "Y"],
        ["合计", _, 6, _, _, _, _, _],
      ])
    );
    expect(diagnostics).toEqual([]);
    expect(events).toEqual([
      {
        unit: "县财政局",
        rule: "B04",
        count: 3,
        city: false,
        reason: "市级单项表彰",
        date: "2016-08-15",
        source: "加减分登记!A3",
      },
      {
        unit: "县发改局",
        rule: "B11",
        count: 1,
        value: 0.15,
        city: false,
        reason: "积极参与",
        date: "2016-08-01",
        source: "加减分登记!A4",
      },
      {
        unit: "县发改局",
        rule: "B10",
        count: 1,
        quantity: 300,
        city: false,
        reason: "争取资金",
        source: "加减分登记!A5",
      },
      { unit: "县科技局", rule: "b01", count: 2, city: true, source: "加减分登记!A6" },
      { unit: "县科技局", rule: "P03", count: 1, city: true, source: "加减分登记!A7" },
    ]);
    expect(cells[1]).toEqual({
      unit: "A4",
      rule: "B4",
      count: "C4",
      value: "D4",
      quantity: "E4",
      date: "G4",
    });
  });

  it("reads traditional headers and a unit merged over its rows", () => {
    const { events, diagnostics } = readEvents(
      sheet(
        "加減分登記",
        [
          ["單位", "規則編號", "次數", "市考"],
          ["縣財政局", "B01", 1, "是"],
          [_, "B02", 2, "否"],
        ],
        [{ top: 1, left: 0, bottom: 2, right: 0 }]
      )
    );
    expect(diagnostics).toEqual([]);
    expect(events.map((event) => [event.unit, event.rule, event.count, event.city])).toEqual([
      ["縣財政局", "B01", 1, true],
      ["縣財政局", "B02", 2, false],
    ]);
  });

  it.each([
    [["县财政局", "B01", "两次", _, _, _, _, _], "not_a_number", "C3"],
    [["县财政局", "B11", 1, "约0.1", _, _, _, _], "not_a_number", "D3"],
    [["县财政局", "B10", 1, _, "很多", _, _, _], "not_a_number", "E3"],
    [["县财政局", "B01", 1, _, _, _, _, "也许"], "invalid_value", "H3"],
    [[_, "B01", 1, _, _, _, _, _], "missing_value", "A3"],
    [["县财政局", _, 1, _, _, _, _, _], "missing_value", "B3"],
  ])("skips row %p with %s at %s and reads the rest", (row, code, cell) => {
    const { events, diagnostics } = readEvents(
      sheet("加减分登记", [
        HEADER,
        ["县科技局", "B01", 1, _, _, _, _, _],
        row as CellValue[],
        ["县住建局", "P07", 1, _, _, _, _, _],
      ])
    );
    expect(events.map((event) => event.unit)).toEqual(["县科技局", "县住建局"]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code, severity: "error", sheet: "加减分登记", cell });
  });

  it("names sheet and cell in the message", () => {
    const { diagnostics } = readEvents(sheet("加减分登记", [HEADER, ["县财政局", "B01", "两次"]]));
    expect(formatDiagnostic(diagnostics[0], "zh-CN")).toBe(
      "加减分登记!C2：次数“两次”不是数字，已跳过该行"
    );
    expect(formatDiagnostic(diagnostics[0], "en-US")).toBe(
      '加减分登记!C2: the count "两次" is not a number; the row was skipped'
    );
  });

  it("reports a sheet without a header", () => {
    const { events, diagnostics } = readEvents(sheet("加减分登记", [["无表头"]]));
    expect(events).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["no_header"]);
  });

  it("never throws on any grid, and every event has a unit, a rule and a finite count", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom(...(HEADER as string[]), "县财政局", "B01", "是", "否", "√", "合计"),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.constant(null),
      fc.boolean()
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), (values) => {
        const { events, cells } = readEvents(sheet("加减分登记", values));
        expect(cells).toHaveLength(events.length);
        for (const event of events) {
          expect(event.unit).not.toBe("");
          expect(event.rule).not.toBe("");
          expect(Number.isFinite(event.count)).toBe(true);
        }
      })
    );
  });
});
