import { actualAt } from "../../../src/engine/summary/actualAt";
import { IndicatorRecord } from "../../../src/engine/table/tableModel";
import { readTable } from "../../../src/engine/table/readTable";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

const record: IndicatorRecord = {
  ...readTable([zhenbaGrid()]).table!.indicators[0],
  actuals: [
    { month: 5, value: 5200.5, cell: "C2" },
    { month: 6, value: null, cell: "D2" },
    { month: 7, value: Number.NaN, cell: "E2" },
    { month: 8, value: Number.POSITIVE_INFINITY, cell: "F2" },
    { month: 9, value: 0, cell: "G2" },
  ],
};

describe("actualAt", () => {
  it.each([
    [5, 5200.5],
    [6, null],
    [7, null],
    [8, null],
    [9, 0],
    [10, null],
  ])("month %d → %p", (month, expected) => {
    expect(actualAt(record, month)).toBe(expected);
  });
});
