import { checkMonth } from "../kernel/checkMonth";
import { AssessError, assert } from "../kernel/errors";
import { normalizeText } from "../kernel/normalizeText";

/** A number written with Arabic digits or Chinese numerals (七, 十二, 两). */
const NUMBER = "(\\d+|[〇零一二两三四五六七八九十]+)";

/** Traditional characters that occur in checkpoint words, mapped to simplified ones. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  兩: "两",
  計: "计",
  積: "积",
  終: "终",
  個: "个",
  為: "为",
  當: "当",
  來: "来",
  務: "务",
  標: "标",
  內: "内",
  於: "于",
};
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join("")}]`, "g");

/** Quotes and brackets around the word (「年度」, “全年”, 【上半年】, (1-7月)). */
const QUOTES = /["'“”‘’「」『』《》〈〉【】[\]()]/g;
/** White space of any kind (normalizeText leaves single spaces). */
const SPACES = /\s+/g;
/** Dashes and range words that normalizeText leaves alone because no number stands on both sides. */
const DASHES = /[-\u2010-\u2015\u2212\u2500\u2E3A\u2E3B\u30FC\uFE63~\u301C至到]+/g;

/** A year in front: 2016年, 2016年度, 本年, 本年度, 今年, 当年. */
const YEAR_PREFIX = /^(?:\d{4}年度?|本年度?|今年度?|当年度?)/;
/** "Up to": 截至7月, 截止到7月底, 至7月. */
const UNTIL_PREFIX = /^(?:截止到|截止至|截至|截止|截到|到|至)/;
/** Words after the checkpoint: 7月累计, 7月底, 7月份, 年末, 全年目标, 年内. */
const SUFFIX = /(?:累计完成|累计|累积|完成|目标|任务|为止|止|底|末|终|份|以来|内)$/;

/** Words for the whole year. */
const FULL_YEAR = new Set([
  "全年",
  "全年度",
  "年度",
  "年",
  "fy",
  "fullyear",
  "annual",
  "year",
  "yearend",
]);
/** Words for the first half year. */
const HALF_YEAR = new Set([
  "上半年",
  "上半年度",
  "半年",
  "半年度",
  "前半年",
  "年中",
  "h1",
  "1h",
  "halfyear",
]);

/** 1-7月, 7月, 前7个月, 1月-7月, 1-十二月. */
const MONTHS = new RegExp(`^前?(?:${NUMBER}(?:个?月)?-)?${NUMBER}个?月$`);
/** A bare month or range of months: 7, 1-7. */
const BARE_MONTHS = /^(?:(\d+)-)?(\d+)$/;
/** 一季度, 第一季度, 前三季度, 前两个季度, 1-3季度, 一季度-三季度, 三季. */
const QUARTERS = new RegExp(`^(?:第|前)?(?:${NUMBER}(?:个?季度?)?-第?)?${NUMBER}个?季度?$`);
/** Q1, q1-q3, 1q. */
const Q_QUARTERS = /^(?:q([1-4])-)?q([1-4])$|^([1-4])q$/;

/** Values of Chinese numeral characters. */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads 7, 07, 七, 十, 十二, 二十四; undefined for anything else (一二, 十十). */
function readNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    return Number.parseInt(text, 10);
  }
  const parts = text.split("十");
  if (parts.length === 1) {
    return text.length === 1 ? DIGITS[text] : undefined;
  }
  if (parts.length !== 2 || parts[0].length > 1 || parts[1].length > 1) {
    return undefined;
  }
  const tens = parts[0] === "" ? 1 : DIGITS[parts[0]];
  const units = parts[1] === "" ? 0 : DIGITS[parts[1]];
  if (tens === undefined || units === undefined || tens === 0) {
    return undefined;
  }
  return tens * 10 + units;
}

/** Strips the words around a checkpoint until none is left; reports whether a year was named. */
function stripWords(text: string): { core: string; namedYear: boolean } {
  let core = text;
  let namedYear = false;
  for (;;) {
    const before = core;
    core = core.replace(UNTIL_PREFIX, "");
    if (YEAR_PREFIX.test(core)) {
      namedYear = true;
      core = core.replace(YEAR_PREFIX, "");
    }
    core = core.replace(SUFFIX, "");
    if (core === before) {
      return { core, namedYear };
    }
  }
}

/**
 * 时间节点解析 (checkpoint parser): the cumulative month a checkpoint word stands for.
 *
 * 一季度/1季度/第一季度/Q1 → 3; 上半年/半年/二季度/前两季度 → 6; 前三季度/三季度/1-3季度 → 9;
 * 全年/年度/年底/四季度 → periods; 1-7月, 1—7月, 1～7月, １－７月, 1至7月, 7月, 7月份, 7月累计,
 * 7月底, 截至7月, 七月, 前7个月 → 7; a plain number 7 or "7" → 7. Traditional characters, quotes
 * (「年度」) and a leading year (2016年1-7月) are accepted. Quarter and half-year words scale with
 * `periods` (全年 = periods, 上半年 = periods / 2); month words stay months. A range must start at
 * month (or quarter) 1: the checkpoint is cumulative.
 *
 * @throws AssessError `value` / `unknownCheckpoint` for an unrecognised word, `number` /
 * `monthOutOfRange` for a month outside 1…periods, `number` / `checkpointNotWhole` when a quarter or
 * half year falls between periods, `number` / `periodsInvalid` for a bad period count.
 */
export function parseCheckpoint(text: string | number, periods = 12): number {
  assert(Number.isInteger(periods) && periods > 0, "number", "periodsInvalid", { periods });
  const original = String(text);
  const unknown = (): AssessError =>
    new AssessError("value", "unknownCheckpoint", { text: original });

  if (typeof text === "number") {
    if (!Number.isFinite(text)) {
      throw unknown();
    }
    checkMonth(text, periods);
    return text;
  }

  const cleaned = normalizeText(original)
    .toLowerCase()
    .replace(TRADITIONAL_CHARS, (char) => TRADITIONAL[char])
    .replace(QUOTES, "")
    .replace(SPACES, "");
  const { core, namedYear } = stripWords(cleaned);
  const word = core
    .replace(DASHES, "-")
    .replace(/^元月$/, "1月")
    .replace(/-元月$/, "-1月");

  /** A month, checked against the period count. */
  const month = (value: number): number => {
    checkMonth(value, periods);
    return value;
  };
  /** A fraction of the year (quarters, halves), which must fall on a whole period. */
  const partOfYear = (numerator: number, denominator: number): number => {
    const value = (numerator * periods) / denominator;
    assert(Number.isInteger(value), "number", "checkpointNotWhole", { text: original, periods });
    return value;
  };

  if (word === "" || word === "度") {
    if (namedYear) {
      return periods;
    }
    throw unknown();
  }
  if (FULL_YEAR.has(word)) {
    return periods;
  }
  if (HALF_YEAR.has(word)) {
    return partOfYear(1, 2);
  }

  const months = MONTHS.exec(word) ?? BARE_MONTHS.exec(word);
  if (months !== null) {
    const first = months[1] === undefined ? 1 : readNumber(months[1]);
    const last = readNumber(months[2]);
    if (first !== 1 || last === undefined) {
      throw unknown();
    }
    return month(last);
  }

  const quarters = QUARTERS.exec(word);
  const q = Q_QUARTERS.exec(word);
  if (quarters !== null || q !== null) {
    const [from, to] = quarters !== null ? [quarters[1], quarters[2]] : [q?.[1], q?.[2] ?? q?.[3]];
    const first = from === undefined ? 1 : readNumber(from);
    const last = to === undefined ? undefined : readNumber(to);
    if (first !== 1 || last === undefined || last < 1 || last > 4) {
      throw unknown();
    }
    return partOfYear(last, 4);
  }

  throw unknown();
}
