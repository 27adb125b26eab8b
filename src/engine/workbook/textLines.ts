/** Pixels of one column-width unit: the widest digit of the 11pt body font (Calibri/Carlito 11: 7). */
const unitPixels = 7;
/** Pixels a cell loses to its left and right padding. */
const paddingPixels = 4;

/**
 * Whether a character is drawn full width: CJK ideographs and punctuation, kana, hangul and the
 * full-width forms (U+2E80 and above, but not the specials).
 */
function isWide(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x2e80 && code < 0xfff0 && !(code >= 0xff61 && code <= 0xffdc);
}

/**
 * 换行行数: how many lines a text takes in a wrapped cell `width` characters wide at `fontPoints` —
 * a CJK glyph as wide as the font is high (11pt: 14.7 px, 2.1 width units), any other character
 * as wide as a digit scaled to the font, wrapping at the first character that no longer fits (CJK
 * text breaks anywhere), and at each line feed. An empty text takes one line.
 */
export function textLines(text: string, width: number, fontPoints = 11): number {
  const available = Math.max(unitPixels, width * unitPixels + 5 - paddingPixels);
  const wide = (fontPoints * 4) / 3;
  const narrow = (unitPixels * fontPoints) / 11;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let paragraphLines = 1;
    for (const character of paragraph) {
      const pixels = isWide(character) ? wide : narrow;
      if (used > 0 && used + pixels > available) {
        paragraphLines += 1;
        used = 0;
      }
      used += pixels;
    }
    lines += paragraphLines;
  }
  return lines;
}
