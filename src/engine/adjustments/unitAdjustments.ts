import { Dec, Figure, dec } from "../kernel/decimal";
import { MessageKey } from "../kernel/messages";
import { proportionalPoints } from "./proportionalPoints";
import { AdjustmentEvent, AdjustmentRule } from "../kernel/types";

/** One rule's points for one unit. */
export interface RuleAdjustment {
  /** The rule's code as written in the rules table (B04, P01 …). */
  readonly code: string;
  readonly side: "bonus" | "deduction";
  /** 次数: the events counted for this rule, county and city together. */
  readonly count: number;
  /** County (县考) points before the rule's cap; negative for deductions. */
  readonly raw: Dec;
  /** County points after the rule's cap (累计不超过). */
  readonly capped: Dec;
  /** City (市考) points × the city multiplier (双倍加分/双倍减分); the county's caps do not apply. */
  readonly city: Dec;
}

/** 单位加减分汇总: one unit's bonus and deduction with all caps applied. */
export interface UnitAdjustment {
  readonly unit: string;
  /** Per rule, in the order of the rules table; only rules with counted events. */
  readonly byRule: readonly RuleAdjustment[];
  /** County bonus: Σ capped bonus, then capped at the bonus cap. */
  readonly countyBonus: Dec;
  /** 加分: county bonus + multiplied city bonus. */
  readonly bonus: Dec;
  /** 减分 (negative): Σ capped county deductions + multiplied city deductions. */
  readonly deduction: Dec;
  /** 加减分合计: bonus + deduction. */
  readonly net: Dec;
  /** 市考加分: the city's bonus points before doubling (seed 002: ≥ 3 → 优秀). */
  readonly cityBonus: Dec;
  /** 市考减分 (negative): the city's deduction points before doubling (seed 002: ≥ 1 → at most 一般). */
  readonly cityDeduction: Dec;
}

/** An event that could not be counted: its index in the events list and a catalogue message. */
export interface AdjustmentProblem {
  readonly index: number;
  readonly key: MessageKey;
  readonly params: Record<string, string | number>;
}

/** Options of {@link unitAdjustments}. */
export interface UnitAdjustmentsOptions {
  /** Cap of all county bonus together (seed 003: 3); null = none. Default 3. */
  readonly bonusCap?: Figure | null;
  /** Multiplier of city-assessment points (seeds 001/002: 双倍). Default 2. */
  readonly cityMultiplier?: Figure;
}

/** The result of {@link unitAdjustments}. */
export interface UnitAdjustmentsResult {
  readonly units: UnitAdjustment[];
  readonly problems: AdjustmentProblem[];
}

interface CountedEvent {
  readonly index: number;
  readonly unit: string;
  readonly rule: AdjustmentRule;
  readonly city: boolean;
  readonly count: Dec;
  /** Signed points of the event (count included); for proportional rules set in a second pass. */
  points: Dec | null;
  readonly quantity: Dec | null;
}

interface RuleTally {
  count: Dec;
  raw: Dec;
  cityRaw: Dec;
}

/**
 * 加减分汇总 (seed 003 六(一)2-3, seeds 001/002 双倍加减分): applies the rules to the registered events
 * and totals them per unit (units in first-seen order, including units whose events were all
 * rejected). Points per event: per_event → rule points × count; range → the picked value × count,
 * the value within the rule's range; proportional → {@link proportionalPoints} over the units'
 * summed quantities for that rule (county and city events pooled separately). The rule's side
 * gives the sign (deductions negative). County points are capped per rule, then the county bonus as
 * a whole at `bonusCap`; city points are multiplied and not capped. Events that cannot be counted
 * (unknown rule, value outside the range, missing quantity, negative count …) are reported as
 * problems and skipped; the rest goes on.
 */
export function unitAdjustments(
  events: readonly AdjustmentEvent[],
  rules: readonly AdjustmentRule[],
  options: UnitAdjustmentsOptions = {}
): UnitAdjustmentsResult {
  const bonusCap =
    options.bonusCap === undefined
      ? new Dec(3)
      : options.bonusCap === null
        ? null
        : dec(options.bonusCap).abs();
  const multiplier = dec(options.cityMultiplier ?? 2);

  const rulesByCode = new Map<string, AdjustmentRule>();
  for (const rule of rules) {
    const key = normalizeCode(rule.code);
    if (!rulesByCode.has(key)) {
      rulesByCode.set(key, rule);
    }
  }

  const problems: AdjustmentProblem[] = [];
  const unitOrder: string[] = [];
  const seenUnits = new Set<string>();
  const counted: CountedEvent[] = [];

  events.forEach((event, index) => {
    if (!seenUnits.has(event.unit)) {
      seenUnits.add(event.unit);
      unitOrder.push(event.unit);
    }
    const problem = (key: MessageKey, params: Record<string, string | number>): void => {
      problems.push({ index, key, params });
    };
    const rule = rulesByCode.get(normalizeCode(event.rule));
    if (rule === undefined) {
      problem("unknownRule", { code: String(event.rule) });
      return;
    }
    const rawCount = event.count === null || event.count === undefined ? 1 : event.count;
    if (!Number.isFinite(rawCount)) {
      problem("notANumber", { name: "次数", text: String(rawCount) });
      return;
    }
    const count = dec(rawCount);
    if (count.lt(0)) {
      problem("negativeCount", { text: String(rawCount) });
      return;
    }
    const sign = rule.side === "deduction" ? -1 : 1;
    let points: Dec | null = null;
    let quantity: Dec | null = null;
    if (rule.kind === "per_event") {
      points = dec(rule.points).abs().mul(count).mul(sign);
    } else if (rule.kind === "range") {
      const ends = [dec(rule.points).abs(), dec(rule.pointsMax ?? rule.points).abs()];
      const low = Dec.min(...ends);
      const high = Dec.max(...ends);
      const limits = { code: rule.code, min: rule.points, max: rule.pointsMax ?? rule.points };
      if (event.value === null || event.value === undefined) {
        problem("rangeValueMissing", limits);
        return;
      }
      if (!Number.isFinite(event.value)) {
        problem("notANumber", { name: "分值", text: String(event.value) });
        return;
      }
      const value = dec(event.value).abs();
      if (value.lt(low) || value.gt(high)) {
        problem("valueOutsideRange", { value: event.value, ...limits });
        return;
      }
      points = value.mul(count).mul(sign);
    } else {
      if (event.quantity === null || event.quantity === undefined) {
        problem("quantityMissing", { code: rule.code });
        return;
      }
      if (!Number.isFinite(event.quantity)) {
        problem("notANumber", { name: "数量", text: String(event.quantity) });
        return;
      }
      if (event.quantity < 0) {
        problem("negativeQuantity", { text: String(event.quantity) });
        return;
      }
      quantity = dec(event.quantity);
    }
    counted.push({
      index,
      unit: event.unit,
      rule,
      city: event.city === true,
      count,
      points,
      quantity,
    });
  });

  assignProportionalPoints(counted);

  // Tally per unit and rule.
  const ruleOrder = new Map<AdjustmentRule, number>();
  rules.forEach((rule, position) => {
    if (!ruleOrder.has(rule)) {
      ruleOrder.set(rule, position);
    }
  });
  const tallies = new Map<string, Map<AdjustmentRule, RuleTally>>();
  for (const event of counted) {
    let unitTallies = tallies.get(event.unit);
    if (unitTallies === undefined) {
      unitTallies = new Map();
      tallies.set(event.unit, unitTallies);
    }
    let tally = unitTallies.get(event.rule);
    if (tally === undefined) {
      tally = { count: new Dec(0), raw: new Dec(0), cityRaw: new Dec(0) };
      unitTallies.set(event.rule, tally);
    }
    const points = event.points ?? new Dec(0);
    tally.count = tally.count.plus(event.count);
    if (event.city) {
      tally.cityRaw = tally.cityRaw.plus(points);
    } else {
      tally.raw = tally.raw.plus(points);
    }
  }

  const units = unitOrder.map((unit): UnitAdjustment => {
    const unitTallies = [...(tallies.get(unit) ?? new Map<AdjustmentRule, RuleTally>()).entries()];
    unitTallies.sort(([a], [b]) => (ruleOrder.get(a) ?? 0) - (ruleOrder.get(b) ?? 0));
    let countyBonus = new Dec(0);
    let countyDeduction = new Dec(0);
    let cityBonus = new Dec(0);
    let cityDeduction = new Dec(0);
    const byRule = unitTallies.map(([rule, tally]): RuleAdjustment => {
      const capped = applyCap(tally.raw, rule.cap);
      if (rule.side === "deduction") {
        countyDeduction = countyDeduction.plus(capped);
        cityDeduction = cityDeduction.plus(tally.cityRaw);
      } else {
        countyBonus = countyBonus.plus(capped);
        cityBonus = cityBonus.plus(tally.cityRaw);
      }
      return {
        code: rule.code,
        side: rule.side,
        count: tally.count.toNumber(),
        raw: tally.raw,
        capped,
        city: tally.cityRaw.mul(multiplier),
      };
    });
    if (bonusCap !== null) {
      countyBonus = Dec.min(countyBonus, bonusCap);
    }
    const bonus = countyBonus.plus(cityBonus.mul(multiplier));
    const deduction = countyDeduction.plus(cityDeduction.mul(multiplier));
    return {
      unit,
      byRule,
      countyBonus,
      bonus,
      deduction,
      net: bonus.plus(deduction),
      cityBonus,
      cityDeduction,
    };
  });

  return { units, problems };
}

/** Rule codes match whatever the case and surrounding spaces (" b04" finds B04). */
function normalizeCode(code: string): string {
  return String(code).trim().toUpperCase();
}

/** Limits points to the rule's cap in absolute value, keeping the sign. */
function applyCap(points: Dec, cap: number | undefined): Dec {
  if (cap === null || cap === undefined) {
    return points;
  }
  const limit = dec(cap).abs();
  if (points.abs().lte(limit)) {
    return points;
  }
  return points.isNegative() ? limit.neg() : limit;
}

/** Sets the points of proportional events: per rule and origin, each unit's summed quantity vs the largest. */
function assignProportionalPoints(counted: CountedEvent[]): void {
  const pools = new Map<
    string,
    { rule: AdjustmentRule; quantities: Map<string, Dec>; events: CountedEvent[] }
  >();
  for (const event of counted) {
    if (event.rule.kind !== "proportional" || event.quantity === null) {
      continue;
    }
    const key = `${event.city ? "city" : "county"}\u0000${normalizeCode(event.rule.code)}`;
    let pool = pools.get(key);
    if (pool === undefined) {
      pool = { rule: event.rule, quantities: new Map(), events: [] };
      pools.set(key, pool);
    }
    pool.quantities.set(
      event.unit,
      (pool.quantities.get(event.unit) ?? new Dec(0)).plus(event.quantity)
    );
    pool.events.push(event);
  }
  for (const pool of pools.values()) {
    const unitNames = [...pool.quantities.keys()];
    const sign = pool.rule.side === "deduction" ? -1 : 1;
    const unitPoints = proportionalPoints(
      unitNames.map((unit) => pool.quantities.get(unit) ?? null),
      dec(pool.rule.points).abs().mul(sign)
    );
    const pointsByUnit = new Map(
      unitNames.map((unit, position) => [unit, unitPoints[position] ?? new Dec(0)])
    );
    // A unit's points go to its first event of the pool; its other events add nothing more.
    const credited = new Set<string>();
    for (const event of pool.events) {
      event.points = credited.has(event.unit)
        ? new Dec(0)
        : (pointsByUnit.get(event.unit) ?? new Dec(0));
      credited.add(event.unit);
    }
  }
}
