import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { eventsInMonth } from "../../../src/engine/adjustments/eventsInMonth";
import { sheet } from "../fixtures/sheet";

const _ = null;
const register = sheet("加减分登记", [
  ["单位", "规则编号", "次数", "日期"],
  ["县财政局", "B04", 1, "2016-07-02"],
  ["县财政局", "B01", 1, "2016-08-01"],
  ["县科技局", "B01", 1, "2017-01-05"],
  ["县科技局", "B02", 1, _],
  ["县住建局", "B01", "两次", _],
]);

describe("eventsInMonth", () => {
  it("has nothing without a register", () => {
    expect(eventsInMonth(undefined, 7, 2016)).toEqual({ events: [], cells: [], diagnostics: [] });
  });

  it.each([
    // month, year, rules counted, dates left out
    [7, 2016, ["B04", "B02"], ["D3", "D4"]],
    [8, 2016, ["B04", "B01", "B02"], ["D4"]],
    [12, 2016, ["B04", "B01", "B02"], ["D4"]],
    [12, null, ["B04", "B01", "B01", "B02"], []],
    [6, null, ["B01", "B02"], ["D2", "D3"]],
  ])("month %d of %p counts %p and leaves out the events dated %p", (month, year, rules, after) => {
    const found = eventsInMonth(register, month, year);
    expect(found.events.map((event) => event.rule)).toEqual(rules);
    expect(found.cells).toHaveLength(found.events.length);
    expect(
      found.diagnostics.filter((item) => item.code === "event_after_month").map((item) => item.cell)
    ).toEqual(after);
  });

  it("reports the register's bad rows first, then the later events with their dates", () => {
    const found = eventsInMonth(register, 7, 2016);
    expect(found.diagnostics.map((item) => [item.code, item.cell])).toEqual([
      ["not_a_number", "C6"],
      ["event_after_month", "D3"],
      ["event_after_month", "D4"],
    ]);
    expect(formatDiagnostic(found.diagnostics[1], "zh-CN")).toBe(
      "加减分登记!D3：日期2016-08-01晚于7月，不计入7月汇总"
    );
  });
});
