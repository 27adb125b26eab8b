import { parseMeasure } from "../../../src/engine/table/parseMeasure";
import { splitResponsible } from "../../../src/engine/table/splitResponsible";
import { tableContext } from "../../../src/engine/table/tableContext";
import { HeaderMatch } from "../../../src/engine/table/tableModel";
import { sheet } from "../fixtures/sheet";
import { LEDGER_HEADER, SEED_HEADER, readerFixture } from "./tableReaderFixture";

describe("tableContext of a ledger", () => {
  const { context } = readerFixture([LEDGER_HEADER, ["地方财政收入"]]);

  it("takes the first column of each role, period columns apart", () => {
    expect(context.column).toEqual({
      indicator: 0,
      measure: 1,
      unit: 2,
      target: 3,
      leadUnit: 8,
      cooperatingUnits: 9,
      person: 10,
      leader: 11,
      supervisor: 12,
      direction: 13,
    });
    expect(context.indicatorColumn).toBe(0);
    expect(context.indicatorHeader).toBe("指标名称");
  });

  it("labels the checkpoint-target columns without their target word", () => {
    expect(context.targetColumns).toEqual([
      { column: 4, month: 6, label: "上半年", priority: 2, letters: "E" },
      { column: 5, month: 12, label: "1-12月", priority: 0, letters: "F" },
    ]);
    expect(context.actualColumns).toEqual([
      { column: 6, month: 6, letters: "G" },
      { column: 7, month: 7, letters: "H" },
    ]);
  });

  it("lists the content and figure columns and the header texts", () => {
    expect(context.contentColumns).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(context.figureColumns).toEqual([3, 4, 5, 6, 7]);
    expect(context.headerTexts.slice(0, 4)).toEqual([
      [0, "指标名称"],
      [1, "口径"],
      [2, "单位"],
      [3, "目标(万元)"], // as findHeader reads it: full-width brackets made ASCII
    ]);
    expect(context.unitHint).toBe("万元");
  });

  it("works out the letters of the mapped columns only", () => {
    expect(context.letters.slice(0, 14)).toEqual([..."ABCDEFGHIJKLMN"]);
    expect(context.letters[14]).toBeUndefined();
  });
});

describe("tableContext of a seed table", () => {
  const { context } = readerFixture([SEED_HEADER, ["地方财政收入"]]);

  it("has checkpoint and target columns and no period columns", () => {
    expect([context.column.checkpoint, context.column.target]).toEqual([2, 5]);
    expect(context.targetColumns).toEqual([]);
    expect(context.actualColumns).toEqual([]);
    expect(context.unitHint).toBe("");
  });

  it.each([
    ["上半年", 6],
    ["前三季度", 9],
    ["1—8月", 8],
    ["全年", 12],
    ["下半年", undefined],
    ["约30", undefined],
  ])("reads the checkpoint %s as month %p, every time", (text, month) => {
    expect(context.checkpointMonthOf(text)).toBe(month);
    expect(context.checkpointMonthOf(text)).toBe(month);
  });

  it.each([
    ["万元", "万元"],
    ["萬元", "万元"],
    ["μg/M3", "μg/m3"],
  ])("keys the unit %s as %s", (unit, key) => {
    expect(context.unitKey(unit)).toBe(key);
  });

  it.each(["绝对量", "增幅", "增 速", "合计数", "", null])(
    "reads the measure %p as parseMeasure does",
    (value) => {
      expect(context.measureOf(value)).toBe(parseMeasure(value));
    }
  );

  it("splits responsible cells as splitResponsible does, blank cells into nothing", () => {
    const cell = "县统计局:刘明江;县经贸局:冯启彬";
    expect(context.split(cell)).toEqual(splitResponsible(cell));
    expect(context.split(cell)).toBe(context.split(cell));
    expect(context.split(null)).toEqual([]);
    expect(context.split(undefined)).toEqual([]);
  });

  it("gives the same people for the same cells, once worked out", () => {
    const cells = ["叶稳太", null, "县财政局:张正银", null, null, null] as const;
    const people = context.peopleOf(cells);
    expect(people).toEqual({
      leader: "叶稳太",
      units: ["县财政局"],
      persons: ["张正银"],
      person: "张正银",
      supervisors: [],
    });
    expect(context.peopleOf([...cells])).toBe(people);
  });
});

describe("tableContext of a hand-made header", () => {
  const header: HeaderMatch = {
    headerRows: [1, 1],
    layout: "ledger",
    dataStart: 1,
    columns: [
      { role: "target", column: 1, header: "目标" },
      { role: "indicator", column: 27, header: "指标" },
      { role: "target", column: 28, header: "目标（亿元）", unit: "亿元" },
      { role: "actual", column: 30, header: "累计完成" },
    ],
  };
  const context = tableContext(sheet("Sheet 1", [["目标"]]), header, 4);

  it("reads the indicator column where the header has it, with letters past Z", () => {
    expect(context.sheetName).toBe("Sheet 1");
    expect(context.periods).toBe(4);
    expect(context.indicatorColumn).toBe(27);
    expect([context.letters[27], context.letters[28], context.letters[30]]).toEqual([
      "AB",
      "AC",
      "AE",
    ]);
  });

  it("takes the first target column, the unit of any target header, no monthless actual", () => {
    expect(context.column.target).toBe(1);
    expect(context.unitHint).toBe("亿元");
    expect(context.actualColumns).toEqual([]);
    expect(context.figureColumns).toEqual([1, 28, 30]);
  });

  it("falls back to the first column when the header names no indicator", () => {
    const noIndicator = tableContext(sheet("表", []), { ...header, columns: [] }, 12);
    expect(noIndicator.indicatorColumn).toBe(0);
    expect(noIndicator.indicatorHeader).toBe("");
    expect(noIndicator.letters[0]).toBe("A");
  });
});
