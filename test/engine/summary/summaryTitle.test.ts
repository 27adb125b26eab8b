import { readTable } from "../../../src/engine/table/readTable";
import { summaryTitle } from "../../../src/engine/summary/summaryTitle";
import { reports } from "../fixtures/seedWorkbook";
import { parseZhenba, zhenbaGrid } from "../fixtures/zhenbaGrid";

const seed = zhenbaGrid();
const seedTable = readTable([seed]).table!;
const untitled = zhenbaGrid(parseZhenba(), "Sheet1");
const plain = {
  ...untitled,
  values: untitled.values.map((row, index) =>
    index === 0 ? ["市对县考核主要指标任务分解表", ...row.slice(1)] : row
  ),
};
const plainTable = readTable([plain]).table!;

describe("summaryTitle", () => {
  it.each([
    ["seed 000's title", [seed], seedTable, null, null, "镇巴县", null],
    ["the settings win", [seed], seedTable, "盘山县", 2018, "盘山县", 2018],
    ["a year in a sheet name", [plain, reports()], plainTable, null, null, null, 2016],
    ["nothing to go by", [plain], plainTable, null, null, null, null],
  ] as const)("%s", (_case, sheets, table, county, year, expectedCounty, expectedYear) => {
    expect(summaryTitle(table, sheets, { county, year })).toEqual({
      county: expectedCounty,
      year: expectedYear,
    });
  });
});
