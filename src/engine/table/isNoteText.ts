import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { NOTE_WORDS } from "./headerVocabulary";

/** A note word followed by a colon: 单位：万元, 填报单位：县统计局, 制表: . */
const NOTE = new RegExp(`^(?:${NOTE_WORDS.join("|")})\\s*[:：]`);
/** A date or a "made on" line: 2016年7月15日, 2016年7月制, 2016-07-15. */
const DATE_LINE = /^(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:制|制表|印发)?|\d{4}-\d{1,2}-\d{1,2})$/;

/**
 * 说明文字: true for a note that stands beside a title or above a header — "单位：万元", "计量单位:亿元",
 * "填报单位：县统计局", "制表：", "2016年7月15日" — in simplified or traditional characters, with
 * full-width or ASCII colons. A note is neither a title nor a header.
 */
export function isNoteText(text: string): boolean {
  const simple = toSimplified(normalizeText(text)).replace(/\s+/g, "");
  return NOTE.test(simple) || DATE_LINE.test(simple);
}
