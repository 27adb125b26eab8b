import { formatDiagnostic } from "../../src/engine/kernel/diagnostic";
import { AssessError } from "../../src/engine/kernel/errors";
import { describeError } from "../../src/taskpane/describeError";
import { computeYearEnd, generateYearEnd, YearEndStep } from "../../src/taskpane/yearEndCase";
import { FakeExcel } from "../excel/fake";
import { adapterOn, syncsOf } from "../excel/officeFixtures";
import { panshanGrids, withSheet } from "../engine/yearEnd/yearEndFixture";
import { MemoryPort } from "./memoryPort";

/** A fake Excel holding the year-end sample's sheets, as a clerk's workbook. */
function fakeWithSample(grids = panshanGrids()): FakeExcel {
  const fake = new FakeExcel({ sheets: [] });
  for (const grid of grids) {
    fake.addSheet(grid.name, grid.values);
  }
  return fake;
}

/** Row `row` (1-based) of the year-end sheet, columns A…X. */
function rowOf(fake: FakeExcel, row: number): unknown[] {
  return fake.valuesOf("年度考核汇总", `A${row}:X${row}`)[0];
}

/** The year-end sheet's row of a unit. */
function unitRow(fake: FakeExcel, unit: string): unknown[] {
  const rows = fake.valuesOf("年度考核汇总", "A4:X15");
  const found = rows.find((values) => values[1] === unit);
  if (found === undefined) {
    throw new Error(`no row of ${unit}`);
  }
  return found;
}

describe("the year-end assessment through the Office.js adapter (Excel fake)", () => {
  it("reads the clerk's sheets, writes 年度考核汇总 with seed 003's figures in 3 syncs", async () => {
    const fake = fakeWithSample();
    const workbook = adapterOn(fake);
    const steps: YearEndStep[] = [];
    let outcome: Awaited<ReturnType<typeof generateYearEnd>> | undefined;
    expect(
      await syncsOf(fake, async () => {
        outcome = await generateYearEnd(workbook, (step) => steps.push(step));
      })
    ).toBe(3); // the sheets' names, then their contents (a first read), then one write
    expect(steps).toEqual(["read", "compute", "write"]);
    expect(outcome?.report).toEqual({ written: ["年度考核汇总"], renamed: [], replaced: [] });
    expect(outcome?.summary.diagnostics).toEqual([]);

    expect(rowOf(fake, 1)[0]).toBe("盘山县2018年度考核汇总（专项考评成绩及等次）");
    expect(rowOf(fake, 3).slice(0, 6)).toEqual([
      "序号",
      "单位",
      "省专项",
      "市专项",
      "自身工作",
      "实际权重",
    ]);
    // seed 003's chain: 年度 93.2, 个性 93.76, 指标考核 92.608, 综合评价 88.3, + 0.4 → 91.72.
    expect(unitRow(fake, "县发改局").slice(1, 23)).toEqual([
      "县发改局",
      95,
      90,
      92,
      "60/30/10",
      93.2,
      96,
      93.76,
      88,
      92.608,
      90,
      85,
      86,
      88.3,
      0.4,
      0,
      0,
      0,
      0.4,
      91.72,
      2,
      "优秀",
    ]);
    // 75/0/25 without city tasks; the 70% floor; a veto over 3 city points; a 1.5 city deduction.
    expect(unitRow(fake, "县农业局").slice(3, 7)).toEqual(["", 84, "75/0/25", 87]);
    expect(unitRow(fake, "县商务局")[2]).toBe(0);
    expect(unitRow(fake, "县环保局").slice(20, 24)).toEqual([
      0,
      12,
      "较差",
      "一票否决：发生较大环境污染事件，计0分，评为较差；市考加分3.0不予直接评优",
    ]);
    expect(unitRow(fake, "县住建局").slice(18, 24)).toEqual([
      -1.5,
      -3,
      90.74,
      3,
      "一般",
      "市考减分1.5，不得评为良好以上等次，评为一般",
    ]);
    expect(fake.names.map((item) => [item.name, item.comment, item.visible])).toEqual([
      ["assess.run.2018_yearend.yearend", "2018-yearend", false],
    ]);
  });

  it("a re-run replaces its own sheet; a month's summary and the clerk's sheets stay", async () => {
    const fake = fakeWithSample();
    const workbook = adapterOn(fake);
    await workbook.writeSummary("2018-12", [
      { ...(await computeYearEnd(workbook)).sheets[0], kind: "bulletin", name: "12月进度通报" },
    ]);
    await generateYearEnd(workbook);
    const again = await generateYearEnd(workbook);
    expect(again.report).toEqual({
      written: ["年度考核汇总"],
      renamed: [],
      replaced: ["年度考核汇总"],
    });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      "分解表",
      "年度评分",
      "加减分登记",
      "报送登记",
      "设置",
      "12月进度通报",
      "年度考核汇总",
    ]);
    // The owned sheets are not read back as the clerk's.
    expect(again.summary.diagnostics).toEqual([]);
  });

  it("a clerk's own 年度考核汇总 is never touched: the sheet goes to 年度考核汇总(2)", async () => {
    const fake = fakeWithSample();
    fake.addSheet("年度考核汇总", [["我自己的汇总"]]);
    const outcome = await generateYearEnd(adapterOn(fake));
    expect(outcome.report.renamed).toEqual([{ wanted: "年度考核汇总", used: "年度考核汇总(2)" }]);
    expect(fake.valuesOf("年度考核汇总", "A1:A1")).toEqual([["我自己的汇总"]]);
  });

  it("an input error is named at its cell, and that unit gets no total", async () => {
    const grids = withSheet("年度评分", (values) => {
      values[values.findIndex((row) => row[0] === "县财政局")][8] = 120;
    });
    const fake = fakeWithSample(grids);
    const outcome = await generateYearEnd(adapterOn(fake));
    expect(outcome.summary.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "年度评分!I5：县财政局的互评120超过满分100，未计算总分（请核对，不会自动改为满分）",
    ]);
    expect(unitRow(fake, "县财政局").slice(20, 24)).toEqual([
      "",
      "",
      "",
      "输入有误，未计算总分（见诊断）",
    ]);
  });
});

describe("computeYearEnd", () => {
  it("fails with the engine's reason, in the clerk's language, without a scores sheet", async () => {
    const port = new MemoryPort(panshanGrids().filter((grid) => grid.name !== "年度评分"));
    const error = await computeYearEnd(port).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AssessError);
    expect(describeError(error, "zh-CN")).toMatch(/^工作簿中找不到年度评分表/);
    expect(describeError(error, "en-US")).toMatch(/^No year-end scores sheet/);
    expect(port.written.size).toBe(0);
  });

  it("names the sheet when the scores sheet has no header", async () => {
    const port = new MemoryPort([{ name: "年度评分", values: [["姓名"]], merges: [] }]);
    const error = await computeYearEnd(port).catch((caught: unknown) => caught);
    expect(describeError(error, "zh-CN")).toBe(
      "年度评分：前20行中找不到年度评分表的表头（需要“单位”列及各项成绩列）"
    );
  });

  it("lets a failure of the workbook reach the pane", async () => {
    const port = new MemoryPort(panshanGrids());
    port.failNext("writeSummary", new Error("protected"));
    await expect(generateYearEnd(port)).rejects.toThrow("protected");
  });
});
