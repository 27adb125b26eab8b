import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { UNIT_WORDS } from "./headerVocabulary";

/** A bracketed part at the end of a name: 地方财政收入（万元）, 能耗下降率[%]. */
const TRAILING_BRACKET = /^(.*\S)\s*[(（[【]\s*([^()（）[\]【】]+?)\s*[)）\]】]$/;
/** "单位：万元" inside the brackets. */
const UNIT_LABEL = /^(?:计量)?单位[:：]?/;
const UNITS: ReadonlySet<string> = new Set(UNIT_WORDS);

/**
 * 名称中的单位: an indicator name that writes its unit in brackets at the end — "地方财政收入（万元）",
 * "万元GDP能耗下降率(%)", "财政收入（单位：亿元）" — split into the name and the unit (as the
 * vocabulary writes it: 万元, %). Brackets that hold anything else (招商引资（引进市外资金）,
 * PM10 in 可吸入颗粒物(PM10)浓度) stay in the name; a name without such brackets has unit "".
 */
export function splitNameUnit(name: string): { readonly name: string; readonly unit: string } {
  const match = TRAILING_BRACKET.exec(name);
  if (match === null) {
    return { name, unit: "" };
  }
  const inner = toSimplified(normalizeText(match[2]))
    .replace(/\s+/g, "")
    .replace(UNIT_LABEL, "")
    .toLowerCase();
  const unit = inner === "％" ? "%" : inner;
  return UNITS.has(unit) ? { name: match[1], unit } : { name, unit: "" };
}
