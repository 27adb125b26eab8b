import { cellText } from "../kernel/cellText";
import { CellValue } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { checkpointMonth } from "./checkpointMonth";
import {
  ACTUAL_WORDS,
  DERIVED_WORDS,
  IGNORED_WORDS,
  LAST_YEAR_WORDS,
  NamedRole,
  ROLE_WORDS,
  TARGET_WORDS,
} from "./headerVocabulary";
import { ColumnRole } from "./tableModel";

/** What a period column holds: a checkpoint target, a cumulative actual, or last year's figure. */
export type PeriodKind = "target" | "actual" | "lastYear";

/**
 * What one header cell says:
 * - `role`: the column's role by name (主要指标 → indicator, 责任单位 → leadUnit …), or `ignore`
 *   for columns the reader knows and skips (序号, 备注, and the derived columns: 完成率, 占比 …);
 * - `derived`: the column is worked out from others (完成率, 占比(%), 1-7月完成率): never an input;
 * - `group`: a group word (目标/考核任务 → target, 完成/累计完成 → actual, 上年同期 → lastYear)
 *   that may stand over period sub-headers in a two-row header;
 * - `month` (+ `kind` when the words say so, + `label`, the period as written): a period header
 *   (上半年, 1-7月, 7月累计完成, 前三季度投资计划, 1-7月上年同期);
 * - `unit`: a unit in brackets ("目标（万元）" → 万元).
 */
export interface HeaderClass {
  readonly text: string;
  readonly role?: ColumnRole | "ignore";
  readonly derived?: true;
  readonly group?: PeriodKind;
  readonly month?: number;
  readonly kind?: PeriodKind;
  readonly label?: string;
  readonly unit?: string;
}

/** Header names and the role they give. */
const ROLE_NAMES = new Map<string, ColumnRole | "ignore">([
  ...(Object.entries(ROLE_WORDS) as [NamedRole, readonly string[]][]).flatMap(([role, words]) =>
    words.map((word): [string, ColumnRole | "ignore"] => [word, role])
  ),
  ...IGNORED_WORDS.map((word): [string, "ignore"] => [word, "ignore"]),
]);
const TARGET_GROUP: ReadonlySet<string> = new Set(TARGET_WORDS);
const ACTUAL_GROUP: ReadonlySet<string> = new Set(ACTUAL_WORDS);
const LAST_YEAR_GROUP: ReadonlySet<string> = new Set(LAST_YEAR_WORDS);

/** Two-character names that may also be found inside a longer header ("指标名称及口径"). */
const SHORT_CONTAINED = new Set(["指标", "口径", "目标", "单位"]);
/** Names for the "contains" search, longest first. */
const CONTAINED_NAMES: readonly [string, ColumnRole | "ignore"][] = [
  ...ROLE_NAMES,
  ...ACTUAL_WORDS.map((word): [string, ColumnRole] => [word, "actual"]),
]
  .filter(([word]) => word.length >= 3 || SHORT_CONTAINED.has(word))
  .sort((a, b) => b[0].length - a[0].length);

/** The words after (or before) a period that say what its column holds, longest first. */
const KIND_WORDS: readonly (readonly [string, PeriodKind])[] = [
  ...TARGET_WORDS.map((word): [string, PeriodKind] => [word, "target"]),
  ...ACTUAL_WORDS.map((word): [string, PeriodKind] => [word, "actual"]),
  ...LAST_YEAR_WORDS.map((word): [string, PeriodKind] => [word, "lastYear"]),
].sort((a, b) => b[0].length - a[0].length);
const TARGET_ENDING = new RegExp(`(?:${TARGET_WORDS.join("|")})$`);

const BRACKETED = /\(([^()]*)\)|\[([^\]]*)\]|【([^】]*)】|<([^>]*)>/g;
const SPACES = /\s+/g;
const PERIOD_CHARACTERS = /[月季年半]|^[qh]\d/;
/** Filler words between a period and its kind: 1-7月份累计完成, 截至7月底完成. */
const PERIOD_FILLER = /(?:份|底|末|止|为止|以来)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/;
const UNIT_LABEL = /^(?:单位|计量单位)[:：]?/;
/** Percent signs and "±" that bulletins append to derived headers ("增长%", "±%"). */
const PERCENT_MARK = /[%％‰±]+$/;

/**
 * 表头识别: classifies one header cell, in simplified or traditional characters, with or without
 * spaces, line breaks and a bracketed unit, by the words of `headerVocabulary`. Exact names win
 * over names found inside a longer text (so 责任单位 is leadUnit, not unit); derived columns
 * (完成率, 占比(%), 1-7月完成率, 同比增长%) are recognised before periods, so they are never read as
 * targets or actuals; period headers (上半年, 1-7月, 7月累计完成, 上半年目标, 前三季度投资计划,
 * 1-7月完成投资, 1-7月上年同期) are read with `checkpointMonth`. Returns null for a blank or
 * unrecognised cell. Never throws.
 */
export function classifyHeader(value: CellValue | undefined, periods = 12): HeaderClass | null {
  const text = cellText(value);
  if (text === "" || typeof value === "number" || typeof value === "boolean") {
    return null;
  }
  const simple = toSimplified(text).replace(SPACES, "");
  const bracketed: string[] = [];
  const core = simple
    .replace(BRACKETED, (_whole, ...groups: unknown[]) => {
      const inner = groups.slice(0, 4).find((group) => typeof group === "string");
      bracketed.push(typeof inner === "string" ? inner : "");
      return "";
    })
    .toLowerCase();
  if (core === "") {
    return null;
  }
  let unit: string | undefined;
  let bracketMonth: { month: number; label: string } | undefined;
  for (const inner of bracketed) {
    const period = periodOf(inner.toLowerCase(), periods);
    if (period !== undefined && period.kind === undefined) {
      bracketMonth = { month: period.month, label: period.label };
    } else {
      const candidate = inner.replace(UNIT_LABEL, "");
      if (candidate !== "" && candidate.length <= 8 && unit === undefined) {
        unit = candidate;
      }
    }
  }
  const base = { text, ...(unit === undefined ? {} : { unit }) };

  const role = ROLE_NAMES.get(core);
  const group: PeriodKind | undefined = TARGET_GROUP.has(core)
    ? "target"
    : ACTUAL_GROUP.has(core)
      ? "actual"
      : LAST_YEAR_GROUP.has(core)
        ? "lastYear"
        : undefined;
  if (bracketMonth !== undefined && group !== undefined) {
    return { ...base, month: bracketMonth.month, kind: group, label: bracketMonth.label };
  }
  if (role !== undefined || group !== undefined) {
    return {
      ...base,
      role: role ?? (group === "target" ? "target" : group),
      ...(group === undefined ? {} : { group }),
      ...(role === "ignore" && isDerived(core) ? { derived: true as const } : {}),
    };
  }
  if (isDerived(core)) {
    return { ...base, role: "ignore", derived: true };
  }
  const period =
    core.length <= 20 && PERIOD_CHARACTERS.test(core) ? periodOf(core, periods) : undefined;
  if (period !== undefined) {
    return {
      ...base,
      month: period.month,
      label: period.label,
      ...(period.kind === undefined ? {} : { kind: period.kind }),
    };
  }
  const date = ISO_DATE.exec(core);
  if (date !== null && periods === 12) {
    const dateMonth = Number(date[2]);
    if (dateMonth >= 1 && dateMonth <= 12) {
      return { ...base, month: dateMonth };
    }
  }
  if (core.length <= 12) {
    for (const [name, containedRole] of CONTAINED_NAMES) {
      if (core.includes(name)) {
        return { ...base, role: containedRole };
      }
    }
  }
  return null;
}

/** A derived column's header (see `DERIVED_WORDS`). */
function isDerived(core: string): boolean {
  const bare = core.replace(PERCENT_MARK, "");
  if (bare === "" || DERIVED_WORDS.ratios.some((word) => bare.includes(word))) {
    return true; // "%" or "±%" alone, or a ratio: 完成率, 占年度投资计划
  }
  if (bare !== core && bare.includes("完成")) {
    return true; // 1-7月完成%
  }
  if (TARGET_ENDING.test(bare) || bare.startsWith("目标")) {
    return false; // 增幅目标, 目标增长率: targets
  }
  return DERIVED_WORDS.comparisons.some((word) => bare.includes(word));
}

/**
 * The period a header names and what it holds: "7月累计完成" → 7, actual; "前三季度投资计划" → 9,
 * target; "上年1-7月" → 7, lastYear; "上半年" → 6 (no kind). Undefined when no period is named.
 */
function periodOf(
  core: string,
  periods: number
): { month: number; label: string; kind?: PeriodKind } | undefined {
  if (!PERIOD_CHARACTERS.test(core)) {
    return undefined;
  }
  let rest = core;
  let kind: PeriodKind | undefined;
  // what the column holds, after the period (1-7月完成投资) or before it (上年1-7月, 计划1-7月)
  for (const [word, wordKind] of KIND_WORDS) {
    if (rest.length > word.length && rest.endsWith(word)) {
      rest = rest.slice(0, -word.length);
      kind = wordKind;
      break;
    }
  }
  if (kind === undefined || kind === "actual") {
    for (const [word, wordKind] of KIND_WORDS) {
      if (wordKind === "lastYear" && rest.length > word.length && rest.startsWith(word)) {
        rest = rest.slice(word.length);
        kind = "lastYear";
        break;
      }
    }
  }
  // a second kind word: 1-7月上年同期完成 (lastYear, then actual), 上半年目标任务
  for (const [word, wordKind] of KIND_WORDS) {
    if (rest.length > word.length && rest.endsWith(word)) {
      if (wordKind === "lastYear" || kind === undefined) {
        kind = wordKind;
      }
      rest = rest.slice(0, -word.length);
      break;
    }
  }
  rest = rest.replace(PERIOD_FILLER, "");
  if (rest === "") {
    return undefined;
  }
  const month = checkpointMonth(rest, periods);
  return month === undefined
    ? undefined
    : { month, label: rest, ...(kind === undefined ? {} : { kind }) };
}
