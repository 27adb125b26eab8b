/** Full-width ASCII forms U+FF01…U+FF5E (０-９, Ａ-Ｚ, （）, ％, ．, ，, －, ～ …). */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** The offset from a full-width form to its ASCII character. */
const FULL_WIDTH_OFFSET = 0xfee0;
/**
 * Invisible characters that only get in the way: control characters pasted in from other systems
 * (U+0000–U+001F other than white space, U+007F; an .xlsx cannot even hold them), zero-width
 * spaces and joiners, the byte-order mark.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
/** Any run of white space, including the ideographic space U+3000 and the no-break space. */
const WHITE_SPACE = /[\s\u3000\u00A0]+/g;
/**
 * A dash between two numbers (Arabic digits or Chinese numerals), with optional spaces around it:
 * -, ‐, ‑, ‒, –, —, ―, −, ─, ⸺, ⸻, ー, ﹣, ~, 〜, 至, 到, single or repeated (1——7月).
 */
const DASH_BETWEEN_NUMBERS =
  /([0-9〇零一二两兩三四五六七八九十]) ?(?:[-\u2010-\u2015\u2212\u2500\u2E3A\u2E3B\u30FC\uFE63~\u301C至到]+) ?(?=[0-9〇零一二两兩三四五六七八九十])/g;

/**
 * 文本规整: the cleanup every parser applies to a cell's text before reading it. Full-width forms
 * become ASCII (`１－７月` → `1-7月`, `（万元）` → `(万元)`, `８５％` → `85%`, `，` → `,`), every dash
 * or range word between two numbers becomes `-` (`1—7月`, `1～7月`, `1至7月` → `1-7月`), invisible
 * characters (control characters, zero-width spaces, the byte-order mark) are dropped, and white space is trimmed and collapsed to single spaces.
 *
 * Chinese characters (simplified or traditional) are left as they are; this is not a full NFKC.
 */
export function normalizeText(text: string): string {
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(INVISIBLE, "")
    .replace(WHITE_SPACE, " ")
    .trim()
    .replace(DASH_BETWEEN_NUMBERS, "$1-");
}
