import { eventProblemCell } from "../../../src/engine/adjustments/eventProblemCell";
import { EventCells } from "../../../src/engine/adjustments/readEvents";
import { MessageKey } from "../../../src/engine/kernel/messages";

const cells: EventCells = {
  unit: "A5",
  rule: "B5",
  count: "C5",
  value: "D5",
  quantity: "E5",
  date: "G5",
};
const noValueColumn: EventCells = { ...cells, value: "" };

describe("eventProblemCell", () => {
  it.each<[MessageKey, Record<string, string | number>, EventCells | undefined, string]>([
    ["unknownRule", { code: "B99" }, cells, "B5"],
    ["negativeCount", { text: "-1" }, cells, "C5"],
    ["notANumber", { name: "次数", text: "两次" }, cells, "C5"],
    ["valueOutsideRange", { value: 0.5, code: "B12", min: 0.1, max: 0.2 }, cells, "D5"],
    ["rangeValueMissing", { code: "B12", min: 0.1, max: 0.2 }, cells, "D5"],
    ["notANumber", { name: "分值", text: "NaN" }, cells, "D5"],
    ["quantityMissing", { code: "B10" }, cells, "E5"],
    ["negativeQuantity", { text: "-300" }, cells, "E5"],
    ["notANumber", { name: "数量", text: "Infinity" }, cells, "E5"],
    ["rangeValueMissing", { code: "B12", min: 0.1, max: 0.2 }, noValueColumn, "B5"],
    ["unknownRule", { code: "B99" }, undefined, ""],
  ])("%s %p → %p", (key, params, at, expected) => {
    expect(eventProblemCell(key, params, at)).toBe(expected);
  });
});
