import fc from "fast-check";
import { CellValue, GridSheet, MergedArea } from "../../../src/engine/kernel/grid";
import { readTable } from "../../../src/engine/table/readTable";

/**
 * Nothing dropped without a word: over random ledgers with the merges and rows of published tables
 * — name cells merged down their block and across 口径 and 单位, people cells merged over blocks, a
 * header cell merged down into the data, growth rows under a merged name, totals, headings merged
 * across, a unit note beside the title, figures with units, unreadable figures and formulas — every
 * generated indicator is read into a record holding its rows, or a finding names its row.
 */

const HEADER: readonly CellValue[] = [
  "指标名称",
  "口径",
  "单位",
  "全年目标",
  "上半年目标",
  "7月累计完成",
  "责任单位",
  "责任人",
];
const WIDTH = HEADER.length;
const NAMES = [
  "地方财政收入",
  "税收收入",
  "全社会固定资产投资",
  "專利申請量",
  "旅游总收入",
  "招商引资",
];

/** A figure of a target or actual cell: mostly plain, sometimes written with a unit, or bad. */
const figure = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>("25亿元", "1,234.5万元", "6800", "≤72") },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>("约30", "#N/A", "=SUM(B2:B5)", "9".repeat(320), null),
  }
);

interface IndicatorSpec {
  readonly unitInName: boolean;
  readonly measureWritten: boolean;
  readonly unit: CellValue;
  readonly annual: CellValue;
  readonly half: CellValue;
  /** Never blank, so the row has a figure of its own. */
  readonly actual: CellValue;
  /** A second row: the growth rate, worded 增长x% or with 增幅 in the measure cell. */
  readonly growth: null | { readonly worded: boolean; readonly rate: number };
  readonly mergeName: boolean;
  /** The name merged across 口径 (1) or 口径 and 单位 (2) too. */
  readonly across: 0 | 1 | 2;
  readonly lead: string;
  readonly mergePeople: boolean;
}

const indicator: fc.Arbitrary<IndicatorSpec> = fc.record({
  unitInName: fc.boolean(),
  measureWritten: fc.boolean(),
  unit: fc.constantFrom<CellValue>("万元", "亿元", null),
  annual: figure,
  half: figure,
  actual: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom<CellValue>("约16", "=C3")),
  growth: fc.option(fc.record({ worded: fc.boolean(), rate: fc.integer({ min: -5, max: 30 }) })),
  mergeName: fc.boolean(),
  across: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  lead: fc.constantFrom("县财政局", "县发改局", "县科技局"),
  mergePeople: fc.boolean(),
});

/** Rows between the indicators: none, a total, a heading merged across, a blank row. */
const between = fc.constantFrom("none", "total", "heading", "blank");

interface Generated {
  readonly sheet: GridSheet;
  /** Per indicator, its name and its 1-based rows. */
  readonly indicators: readonly { readonly name: string; readonly rows: readonly number[] }[];
}

const table: fc.Arbitrary<Generated> = fc
  .record({
    titleNote: fc.boolean(),
    headerSpill: fc.boolean(),
    specs: fc.array(fc.tuple(indicator, between), { minLength: 1, maxLength: 6 }),
  })
  .map(({ titleNote, headerSpill, specs }): Generated => {
    const values: CellValue[][] = [];
    const merges: MergedArea[] = [];
    const title: CellValue[] = [
      "2016年某县市考指标台账",
      ...Array<CellValue>(WIDTH - 1).fill(null),
    ];
    if (titleNote) {
      title[WIDTH - 1] = "单位：万元";
    }
    values.push(title, [...HEADER]);
    merges.push({ top: 0, left: 0, bottom: 0, right: WIDTH - 2 });
    if (headerSpill) {
      merges.push({ top: 1, left: 6, bottom: 2, right: 6 }); // 责任单位 merged into the first row
    }
    const indicators: { name: string; rows: number[] }[] = [];
    specs.forEach(([spec, after], position) => {
      const name = `${NAMES[position % NAMES.length]}${position}${spec.unitInName ? "（万元）" : ""}`;
      const first = values.length;
      values.push([
        name,
        spec.measureWritten ? "绝对量" : null,
        spec.unit,
        spec.annual,
        spec.half,
        spec.actual,
        spec.lead,
        "张三",
      ]);
      if (spec.growth !== null) {
        const { worded, rate } = spec.growth;
        values.push([
          spec.mergeName ? null : name,
          worded ? null : "增幅",
          worded ? null : "%",
          worded ? `增长${rate}%` : rate,
          null,
          worded ? `${rate + 1}%` : rate + 1,
          spec.mergePeople ? null : spec.lead,
          spec.mergePeople ? null : "张三",
        ]);
      }
      const last = values.length - 1;
      if (spec.mergeName && (last > first || spec.across > 0)) {
        merges.push({ top: first, left: 0, bottom: last, right: spec.across });
      }
      if (spec.mergePeople && last > first) {
        merges.push({ top: first, left: 6, bottom: last, right: 6 });
        merges.push({ top: first, left: 7, bottom: last, right: 7 });
      }
      indicators.push({
        name,
        rows: Array.from({ length: last - first + 1 }, (_, index) => first + index + 1),
      });
      if (after === "total") {
        values.push(["合计", null, null, 100, 50, 60, null, null]);
      } else if (after === "heading") {
        merges.push({ top: values.length, left: 0, bottom: values.length, right: WIDTH - 1 });
        values.push(["二、其他指标", ...Array<CellValue>(WIDTH - 1).fill(null)]);
      } else if (after === "blank") {
        values.push(Array<CellValue>(WIDTH).fill(null));
      }
    });
    return { sheet: { name: "台账", values, merges }, indicators };
  });

describe("readTable on random published-table layouts", () => {
  it("reads every indicator into a record of its rows, or names its row in a finding", () => {
    fc.assert(
      fc.property(table, ({ sheet, indicators }) => {
        const result = readTable([sheet]);
        expect(result.table?.sheet).toBe("台账");
        const read = new Set(result.table?.indicators.flatMap((record) => record.rows) ?? []);
        const named = new Set(
          result.diagnostics
            .filter((found) => found.sheet === "台账")
            .map((found) => Number(/\d+$/.exec(found.cell)?.[0]))
        );
        const lost = indicators.flatMap(({ name, rows }) =>
          rows.filter((row) => !read.has(row) && !named.has(row)).map((row) => `${name}@${row}`)
        );
        expect(lost).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });
});
