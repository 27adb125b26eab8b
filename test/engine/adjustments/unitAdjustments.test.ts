import fc from "fast-check";
import { Dec } from "../../../src/engine/kernel/decimal";
import { grade } from "../../../src/engine/grades/grade";
import { UnitAdjustment, unitAdjustments } from "../../../src/engine/adjustments/unitAdjustments";
import { AdjustmentEvent, AdjustmentRule } from "../../../src/engine/kernel/types";

// Seed 003 rules (data/panshan-2018-adjustment-rules.tsv), the ones these tests need, written inline.
const rules: AdjustmentRule[] = [
  { code: "B01", side: "bonus", kind: "per_event", points: 1, description: "省级综合性表彰" },
  { code: "B02", side: "bonus", kind: "per_event", points: 0.75, description: "市级综合性表彰" },
  {
    code: "B04",
    side: "bonus",
    kind: "per_event",
    points: 0.15,
    cap: 0.4,
    description: "市级单项表彰",
  },
  {
    code: "B06",
    side: "bonus",
    kind: "per_event",
    points: 0.25,
    cap: 0.6,
    description: "市领导批示表扬",
  },
  {
    code: "B08",
    side: "bonus",
    kind: "per_event",
    points: 0.1,
    cap: 0.2,
    description: "县级单项表彰",
  },
  {
    code: "B09",
    side: "bonus",
    kind: "per_event",
    points: 0.2,
    cap: 0.4,
    description: "县领导批示表扬",
  },
  { code: "B10", side: "bonus", kind: "proportional", points: 2, description: "争取资金项目" },
  {
    code: "B11",
    side: "bonus",
    kind: "range",
    points: 0.1,
    pointsMax: 0.2,
    description: "积极参与",
  },
  { code: "P01", side: "deduction", kind: "per_event", points: -2, description: "中央省通报批评" },
  { code: "P03", side: "deduction", kind: "per_event", points: -1.5, description: "市通报批评" },
  { code: "P07", side: "deduction", kind: "per_event", points: -0.2, description: "慢作为" },
];

const event = (
  unit: string,
  rule: string,
  extra: Partial<AdjustmentEvent> = {}
): AdjustmentEvent => ({
  unit,
  rule,
  count: 1,
  city: false,
  ...extra,
});

const finance = "县财政局";
const development = "县发改局";
const education = "县教育局";

const events: AdjustmentEvent[] = [
  /* 0 */ event(finance, "B04", { count: 3 }),
  /* 1 */ event(finance, "B06"),
  /* 2 */ event(finance, "B06", { count: 2 }),
  /* 3 */ event(finance, "B10", { quantity: 5000 }),
  /* 4 */ event(development, "B10", { quantity: 2000 }),
  /* 5 */ event(development, "B01", { count: 2 }),
  /* 6 */ event(development, "B02"),
  /* 7 */ event(development, "P07", { count: 3 }),
  /* 8 */ event(development, "B02", { count: 2, city: true }),
  /* 9 */ event(finance, "P03", { city: true }),
  /* 10 */ event(finance, "B11", { value: 0.15 }),
  /* 11 */ event(finance, "B11", { value: 0.3 }),
  /* 12 */ event(education, "X99"),
  /* 13 */ event(education, "B10"),
  /* 14 */ event(education, "B04", { count: -1 }),
  /* 15 */ event(education, "B11"),
  /* 16 */ event(finance, "P01"),
];

type Row = [string, number, string, string, string];
const rows = (unit: UnitAdjustment): Row[] =>
  unit.byRule.map((rule) => [
    rule.code,
    rule.count,
    rule.raw.toString(),
    rule.capped.toString(),
    rule.city.toString(),
  ]);
const totals = (unit: UnitAdjustment): string[] =>
  [unit.countyBonus, unit.bonus, unit.deduction, unit.net, unit.cityBonus, unit.cityDeduction].map(
    (value) => value.toString()
  );

describe("unitAdjustments (加减分汇总)", () => {
  const result = unitAdjustments(events, rules);

  it("lists the units in first-seen order, including one whose events were all rejected", () => {
    expect(result.units.map((unit) => unit.unit)).toEqual([finance, development, education]);
  });

  it.each<[string, Row[]]>([
    [
      finance,
      [
        ["B04", 3, "0.45", "0.4", "0"], // 0.15 × 3 capped at 0.4
        ["B06", 3, "0.75", "0.6", "0"], // 0.25 × 3 capped at 0.6
        ["B10", 1, "2", "2", "0"], // the largest quantity gets 2
        ["B11", 1, "0.15", "0.15", "0"], // range 0.1–0.2; the 0.3 event is rejected
        ["P01", 1, "-2", "-2", "0"],
        ["P03", 1, "0", "0", "-3"], // city −1.5 doubled
      ],
    ],
    [
      development,
      [
        ["B01", 2, "2", "2", "0"],
        ["B02", 3, "0.75", "0.75", "3"], // one county event; two city events 1.5 doubled
        ["B10", 1, "0.8", "0.8", "0"], // 2 × 2000 / 5000
        ["P07", 3, "-0.6", "-0.6", "0"],
      ],
    ],
    [education, []],
  ])("%s by rule", (unit, expected) => {
    expect(rows(result.units.find((candidate) => candidate.unit === unit)!)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // countyBonus, bonus, deduction, net, cityBonus, cityDeduction
    [finance, ["3", "3", "-5", "-2", "0", "-1.5"]], // county 0.4 + 0.6 + 2 + 0.15 = 3.15 → 3
    [development, ["3", "6", "-0.6", "5.4", "1.5", "0"]], // county 2 + 0.75 + 0.8 = 3.55 → 3; + city 3
    [education, ["0", "0", "0", "0", "0", "0"]],
  ])("%s totals", (unit, expected) => {
    expect(totals(result.units.find((candidate) => candidate.unit === unit)!)).toEqual(expected);
  });

  it("reports the events it could not count, with their index", () => {
    expect(result.problems).toEqual([
      {
        index: 11,
        key: "valueOutsideRange",
        params: { value: 0.3, code: "B11", min: 0.1, max: 0.2 },
      },
      { index: 12, key: "unknownRule", params: { code: "X99" } },
      { index: 13, key: "quantityMissing", params: { code: "B10" } },
      { index: 14, key: "negativeCount", params: { text: "-1" } },
      { index: 15, key: "rangeValueMissing", params: { code: "B11", min: 0.1, max: 0.2 } },
    ]);
  });

  it("bonusCap null and cityMultiplier 1", () => {
    const plain = unitAdjustments(events, rules, { bonusCap: null, cityMultiplier: 1 });
    const unit = plain.units.find((candidate) => candidate.unit === development)!;
    expect(totals(unit)).toEqual(["3.55", "5.05", "-0.6", "4.45", "1.5", "0"]);
    expect(rows(unit)[1]).toEqual(["B02", 3, "0.75", "0.75", "1.5"]);
  });

  it("a bonus cap of 1", () => {
    const capped = unitAdjustments(events, rules, { bonusCap: 1 });
    expect(totals(capped.units[0])).toEqual(["1", "1", "-5", "-4", "0", "-1.5"]);
  });

  it("seed 002: the city bonus before doubling (市考我县合计得3分及以上) feeds the grade", () => {
    const city = unitAdjustments(
      [
        event(finance, "B01", { count: 2, city: true }),
        event(finance, "B02", { count: 2, city: true }),
      ],
      rules
    );
    expect(totals(city.units[0])).toEqual(["0", "7", "0", "7", "3.5", "0"]);
    expect(grade(50, { cityBonus: city.units[0].cityBonus })).toBe("excellent");
    expect(grade(95, { cityDeduction: result.units[0].cityDeduction })).toBe("fair"); // 县财政局 cost 1.5
  });

  it("city points are not limited by the county rule cap nor the bonus cap", () => {
    const city = unitAdjustments(
      [event(finance, "B04", { count: 5, city: true }), event(finance, "B01", { count: 4 })],
      rules
    );
    expect(rows(city.units[0])).toEqual([
      ["B01", 4, "4", "4", "0"],
      ["B04", 5, "0", "0", "1.5"],
    ]);
    expect(totals(city.units[0])).toEqual(["3", "4.5", "0", "4.5", "0.75", "0"]);
  });

  it("rule codes match whatever the case and spaces; deduction signs follow the side", () => {
    const loose = unitAdjustments(
      [event(finance, " b04 ", { count: 2 }), event(finance, "p01")],
      [
        ...rules.slice(0, 8),
        { code: "P01", side: "deduction", kind: "per_event", points: 2, description: "正数写法" },
      ]
    );
    expect(rows(loose.units[0])).toEqual([
      ["B04", 2, "0.3", "0.3", "0"],
      ["P01", 1, "-2", "-2", "0"],
    ]);
    expect(loose.problems).toEqual([]);
  });

  it("proportional points use each unit's summed quantity; county and city are pooled apart", () => {
    const pooled = unitAdjustments(
      [
        event("甲", "B10", { quantity: 100 }),
        event("乙", "B10", { quantity: 150 }),
        event("甲", "B10", { quantity: 200 }),
        event("乙", "B10", { quantity: 10, city: true }),
      ],
      rules
    );
    expect(pooled.units.map(rows)).toEqual([
      [["B10", 2, "2", "2", "0"]], // 300 is the largest
      [["B10", 2, "1", "1", "4"]], // 2 × 150 / 300; city pool: 乙 alone → 2 × 2
    ]);
  });

  it("a negative quantity and a count that is not a number are problems", () => {
    const bad = unitAdjustments(
      [event("甲", "B10", { quantity: -5 }), event("甲", "B04", { count: Number.NaN })],
      rules
    );
    expect(bad.problems.map((problem) => problem.key)).toEqual(["negativeQuantity", "notANumber"]);
    expect(bad.units[0].byRule).toEqual([]);
  });

  it("property: county bonus never exceeds the bonus cap and each rule's capped never exceeds its cap", () => {
    const eventArbitrary = fc.record({
      unit: fc.constantFrom("甲", "乙", "丙"),
      rule: fc.constantFrom(...rules.map((rule) => rule.code), "Z01"),
      count: fc.integer({ min: 0, max: 8 }),
      value: fc.option(fc.constantFrom(0.05, 0.1, 0.15, 0.2, 0.25), { nil: undefined }),
      quantity: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      city: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(eventArbitrary, { maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (generated, capTenths) => {
          const bonusCap = new Dec(capTenths).div(10);
          const outcome = unitAdjustments(generated, rules, { bonusCap });
          for (const unit of outcome.units) {
            expect(unit.countyBonus.lte(bonusCap)).toBe(true);
            expect(unit.deduction.lte(0)).toBe(true);
            expect(unit.bonus.eq(unit.countyBonus.plus(unit.cityBonus.mul(2)))).toBe(true);
            expect(unit.net.eq(unit.bonus.plus(unit.deduction))).toBe(true);
            for (const byRule of unit.byRule) {
              const rule = rules.find((candidate) => candidate.code === byRule.code)!;
              if (rule.cap !== undefined) {
                expect(byRule.capped.abs().lte(rule.cap)).toBe(true);
              }
              expect(byRule.capped.abs().lte(byRule.raw.abs())).toBe(true);
            }
          }
          const countedEvents = outcome.units.reduce(
            (sum, unit) => sum + unit.byRule.reduce((inner, byRule) => inner + byRule.count, 0),
            0
          );
          const expectedCount = generated
            .filter((_, index) => !outcome.problems.some((problem) => problem.index === index))
            .reduce((sum, item) => sum + item.count, 0);
          expect(countedEvents).toBe(expectedCount);
        }
      )
    );
  });
});
