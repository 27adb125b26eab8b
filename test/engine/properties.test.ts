import { formatDiagnostic } from "../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { buildMonthlySummary } from "../../src/engine/summary/buildMonthlySummary";
import { Dec, dec } from "../../src/engine/kernel/decimal";
import { defaultRules } from "../../src/engine/adjustments/defaultRules";
import { paceBonusCode, paceDeductionCode } from "../../src/engine/adjustments/pacePoints";
import { lateCode } from "../../src/engine/reports/latePoints";
import { CellValue, GridSheet } from "../../src/engine/kernel/grid";
import { ReadTableResult, readTable } from "../../src/engine/table/readTable";
import { unitAdjustments } from "../../src/engine/adjustments/unitAdjustments";
import { AdjustmentEvent } from "../../src/engine/kernel/types";
import {
  UNITS,
  UNREADABLE_FIGURES,
  figure,
  settings,
  workbook,
} from "./fixtures/workbookArbitrary";
import { loadBadFixtures } from "./fixtures/badFixtures";

/**
 * Invariants over random workbooks a clerk could make (test/engine/fixtures/workbookArbitrary.ts)
 * and over the bad-input corpus mutated at random. Complements readTable.test.ts (random grids
 * with default options), buildMonthlySummary.test.ts (random grids with random, also invalid,
 * settings) and unitAdjustments.test.ts (a subset of the rules, multiplier 2).
 */

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

/** Every number anywhere in a value, with its path (SheetSpec rows included). */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") {
    return [[path, value]];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => numbers(item, `${path}[${index}]`));
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  }
  return [];
}

/** What must hold of any result of readTable, whatever the input. */
function wellFormed(
  result: ReadTableResult,
  sheets: readonly GridSheet[],
  periods: number,
  wanted?: string
): void {
  const names = new Set<string>(["", ...sheets.map((sheet) => sheet.name)]);
  if (wanted !== undefined) {
    names.add(wanted);
  }
  for (const diagnostic of result.diagnostics) {
    expect(names.has(diagnostic.sheet)).toBe(true);
    expect(diagnostic.cell === "" || A1.test(diagnostic.cell)).toBe(true);
    expect(formatDiagnostic(diagnostic, "zh-CN")).not.toMatch(/\{\w+\}/); // every parameter filled in
    expect(formatDiagnostic(diagnostic, "en-US")).not.toMatch(/\{\w+\}/);
  }
  for (const record of result.table?.indicators ?? []) {
    const months = record.checkpoints.map((checkpoint) => checkpoint.month);
    expect(
      months.every(
        (month, index) =>
          month >= 1 && month <= periods && (index === 0 || month > months[index - 1])
      )
    ).toBe(true);
    expect(
      record.checkpoints.every(
        (checkpoint) => Number.isFinite(checkpoint.target) && A1.test(checkpoint.cell)
      )
    ).toBe(true);
    expect(record.annualTarget).toBe(
      record.checkpoints.find((checkpoint) => checkpoint.month === periods)?.target ?? null
    );
    const actualMonths = record.actuals.map((actual) => actual.month);
    expect(
      actualMonths.every(
        (month, index) =>
          month >= 1 && month <= periods && (index === 0 || month > actualMonths[index - 1])
      )
    ).toBe(true);
    expect(
      record.actuals.every((actual) => actual.value === null || Number.isFinite(actual.value))
    ).toBe(true);
    expect(record.name).not.toBe("");
    expect(record.name).not.toMatch(/^#(?:N\/A|REF!|VALUE!|DIV\/0!)$/);
  }
  if (result.table !== null && result.table.indicators.length === 0) {
    expect(result.diagnostics.some((diagnostic) => diagnostic.code === "no_indicators")).toBe(true);
  }
}

describe("readTable properties", () => {
  it("never throws on clerk-like workbooks under random options, and every finding names a real place", () => {
    fc.assert(
      fc.property(
        workbook,
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom<string | undefined>(undefined, "分解表", "月度完成", "不存在"),
        (sheets, periods, sheet) => {
          const result = readTable(sheets, { periods, ...(sheet === undefined ? {} : { sheet }) });
          wellFormed(result, sheets, periods, sheet);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("never throws on the bad corpus with random cells replaced, merged and hidden", () => {
    const corpus = loadBadFixtures().filter(
      (fixture) => fixture.sheets.length > 0 && fixture.sheets[0].values.length < 1000
    );
    const cell = fc.oneof(
      figure,
      fc.string({ maxLength: 5 }),
      fc.constantFrom<CellValue>("合计", "指标名称", "上半年", "13月", "下半年")
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.array(fc.tuple(fc.nat(30), fc.nat(10), cell), { maxLength: 6 }),
        fc.array(
          fc.record({ top: fc.nat(12), left: fc.nat(8), bottom: fc.nat(12), right: fc.nat(8) }),
          { maxLength: 2 }
        ),
        (fixture, edits, merges) => {
          const sheets = fixture.sheets.map((sheet, index): GridSheet => {
            const values = sheet.values.map((row) => [...row]);
            if (index === 0) {
              for (const [row, column, value] of edits) {
                if (values.length > 0) {
                  const target = values[row % values.length];
                  target[column] = value;
                }
              }
            }
            return {
              ...sheet,
              values,
              merges: index === 0 ? [...sheet.merges, ...merges] : sheet.merges,
              hiddenRows: [1, 3],
            };
          });
          const periods = fixture.options?.periods ?? 12;
          wellFormed(readTable(sheets, fixture.options), sheets, periods, fixture.options?.sheet);
        }
      ),
      { numRuns: 300 }
    );
  });

  /** A clean ledger of n indicators: targets at 上半年 and 全年, actuals for June and July. */
  const ledger = (targets: readonly [number, number, number, number][]): GridSheet => ({
    name: "台账",
    values: [
      ["指标", "口径", "单位", "上半年目标", "全年目标", "6月累计完成", "7月累计完成", "责任单位"],
      ...targets.map(([half, annual, june, july], index): CellValue[] => [
        `指标${index + 1}`,
        "绝对量",
        "万元",
        half,
        annual,
        june,
        july,
        UNITS[index % UNITS.length],
      ]),
    ],
    merges: [],
  });

  it("a bad cell is reported at its address and never changes any other figure", () => {
    const row = fc
      .tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }))
      .chain(([half, annual]) =>
        fc.tuple(
          fc.constant(half),
          fc.constant(annual),
          fc.integer({ min: 0, max: annual }),
          fc.integer({ min: 0, max: annual })
        )
      );
    const bad = fc.constantFrom(...UNREADABLE_FIGURES);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.integer({ min: 3, max: 6 }),
        bad,
        (targets, pick, column, value) => {
          const clean = readTable([ledger(targets)]);
          expect(clean.diagnostics).toEqual([]);
          const grid = ledger(targets);
          const rowIndex = 1 + (pick % targets.length);
          const values = grid.values.map((cells) => [...cells]);
          values[rowIndex][column] = value;
          const broken = readTable([{ ...grid, values }]);
          const address = `${String.fromCharCode(65 + column)}${rowIndex + 1}`;
          expect(
            broken.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.cell}`)
          ).toEqual([`${column <= 4 ? "not_a_number" : "unreadable_actual"}@${address}`]);
          const before = clean.table?.indicators ?? [];
          const after = broken.table?.indicators ?? [];
          expect(after.map((record) => record.key)).toEqual(before.map((record) => record.key));
          after.forEach((record, index) => {
            if (index !== rowIndex - 1) {
              expect(record).toEqual(before[index]);
              return;
            }
            // only the bad cell's own figure is gone
            expect(record.checkpoints).toEqual(
              before[index].checkpoints.filter((checkpoint) => checkpoint.cell !== address)
            );
            expect(record.actuals).toEqual(
              before[index].actuals.map((actual) =>
                actual.cell === address ? { ...actual, value: null } : actual
              )
            );
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("buildMonthlySummary properties", () => {
  it("never throws and never yields NaN or Infinity anywhere (sheets included) on clerk-like workbooks", () => {
    fc.assert(
      fc.property(workbook, settings, (sheets, chosen) => {
        const summary = buildMonthlySummary(sheets, chosen);
        expect(numbers(summary).filter(([, value]) => !Number.isFinite(value))).toEqual([]);
        for (const spec of summary.sheets) {
          expect(spec.rows.every((row) => row.length === spec.columns.length)).toBe(true);
          expect(spec.rowFills).toHaveLength(spec.rows.length);
        }
        if (summary.indicators.length > 0) {
          expect(summary.sheets).toHaveLength(6);
        }
      }),
      { numRuns: 150 }
    );
  });

  it("never exceeds a rule's cap nor the bonus cap, from a 加减分登记 against seed 003's rules", () => {
    const rules = defaultRules();
    const monthlyCodes = [paceBonusCode, paceDeductionCode, lateCode];
    const yes = new Set(["是", "Y", "√"]);
    fc.assert(
      fc.property(workbook, settings, (sheets, chosen) => {
        const summary = buildMonthlySummary(sheets, chosen);
        const register = sheets.find((sheet) => sheet.name === "加减分登记");
        const cityRules = new Set(
          (register?.values.slice(1) ?? [])
            .filter((row) => yes.has(String(row[6])))
            .map((row) => `${String(row[0])}|${String(row[1]).trim().toUpperCase()}`)
        );
        const multiplier = dec(chosen.cityMultiplier ?? 2);
        // The summary's figures are JavaScript numbers (exact decimals rounded to 17 digits once, at
        // the edge): a proportional event's 0.0411067193675889330… and its city part
        // 0.411067193675889330… round apart, so compare within that rounding.
        const rounding = dec("1e-15");
        for (const adjustment of summary.adjustments) {
          const countyBonus = dec(adjustment.bonus).minus(
            dec(adjustment.cityBonus).times(multiplier)
          );
          expect(countyBonus.gte(rounding.negated())).toBe(true);
          if (chosen.bonusCap !== null) {
            expect(countyBonus.lte(dec(chosen.bonusCap ?? 3).plus(rounding))).toBe(true);
          }
          expect(adjustment.deduction).toBeLessThanOrEqual(0);
          expect(adjustment.cityDeduction).toBeLessThanOrEqual(0);
          expect(dec(adjustment.net).eq(dec(adjustment.bonus).plus(adjustment.deduction))).toBe(
            true
          );
          for (const byRule of adjustment.byRule) {
            if (monthlyCodes.includes(byRule.code)) {
              // The summary's own rules: 0.5 a time by default, counted like any per-event rule.
              expect(dec(byRule.points).abs().eq(dec(byRule.count).times("0.5"))).toBe(true);
              continue;
            }
            const rule = rules.find((candidate) => candidate.code === byRule.code);
            expect(rule).toBeDefined();
            if (rule?.cap !== undefined && !cityRules.has(`${adjustment.unit}|${rule.code}`)) {
              expect(dec(byRule.points).abs().lte(rule.cap)).toBe(true);
            }
          }
        }
      }),
      {
        numRuns: 150,
        // Found by the property: proportional city points with a multiplier of 0.1.
        examples: [
          [
            [
              {
                name: "分解表",
                values: [
                  ["主要指标", "口径", "倒排时间", "单位", "考核任务", "责任单位", "责任人"],
                  ["地方财政收入", "绝对量", "上半年", "万元", 0, "县财政局", "张正银"],
                  ["地方财政收入", "绝对量", "全年", "万元", 0, "县财政局", "张正银"],
                ],
                merges: [],
                hiddenRows: [],
              },
              {
                name: "加减分登记",
                values: [
                  ["单位", "规则编号", "次数", "分值", "数量", "事由", "市考"],
                  ["县财政局", "B10", 0, null, 253, "表彰", "是"],
                  ["县发改局", "B10", null, 0.1, 52, "表彰", "是"],
                ],
                merges: [],
              },
            ],
            { month: 1, cityMultiplier: 0.1 },
          ] as never,
        ],
      }
    );
  });
});

describe("unitAdjustments against defaultRules()", () => {
  it("caps every rule and the county bonus, whatever the multiplier; city points stay uncapped", () => {
    const rules = defaultRules();
    const event: fc.Arbitrary<AdjustmentEvent> = fc.record(
      {
        unit: fc.constantFrom(...UNITS),
        rule: fc.constantFrom(...rules.map((rule) => rule.code)),
        count: fc.integer({ min: 0, max: 9 }),
        value: fc.constantFrom(0.1, 0.15, 0.2, 0.3),
        quantity: fc.integer({ min: 0, max: 2000 }),
        city: fc.boolean(),
      },
      { requiredKeys: ["unit", "rule", "count", "city"] }
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.option(
          fc.integer({ min: 0, max: 60 }).map((tenths) => new Dec(tenths).div(10)),
          { nil: null }
        ),
        fc.integer({ min: 0, max: 4 }),
        (events, bonusCap, multiplier) => {
          const outcome = unitAdjustments(events, rules, { bonusCap, cityMultiplier: multiplier });
          for (const unit of outcome.units) {
            if (bonusCap !== null) {
              expect(unit.countyBonus.lte(bonusCap)).toBe(true);
            }
            // Proportional rules (B10: 2 × q / max) give non-terminating quotients, so sums taken
            // in another order may differ in the 40th digit: compare at 20 decimal places.
            const same = (a: Dec, b: Dec): boolean =>
              a.toDecimalPlaces(20).eq(b.toDecimalPlaces(20));
            expect(same(unit.bonus, unit.countyBonus.plus(unit.cityBonus.times(multiplier)))).toBe(
              true
            );
            let cityBonus = new Dec(0);
            for (const byRule of unit.byRule) {
              const rule = rules.find((candidate) => candidate.code === byRule.code);
              if (rule?.cap !== undefined) {
                expect(byRule.capped.abs().lte(rule.cap)).toBe(true);
              }
              expect(byRule.capped.abs().lte(byRule.raw.abs())).toBe(true);
              expect(byRule.capped.isNegative() || byRule.capped.isZero()).toBe(
                byRule.side === "deduction" || byRule.capped.isZero()
              );
              if (byRule.side === "bonus") {
                cityBonus = cityBonus.plus(byRule.city);
              }
            }
            // the city part is the sum of the rules' multiplied city points: no cap took any of it
            expect(same(cityBonus, unit.cityBonus.times(multiplier))).toBe(true);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
