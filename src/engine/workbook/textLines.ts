/** Pixels of one column-width unit: the widest digit of the 11pt body font (Calibri/Carlito 11: 7). */
const unitPixels = 7;
/** Pixels a cell loses to its left and right padding. */
const paddingPixels = 4;

/**
 * Whether a character (its code point) is drawn full width: CJK ideographs and punctuation, kana,
 * hangul and the full-width forms (U+2E80 and above, but not the specials).
 */
function isWide(code: number): boolean {
  return code >= 0x2e80 && code < 0xfff0 && !(code >= 0xff61 && code <= 0xffdc);
}

/** The line feed that ends a paragraph. */
const LINE_FEED = 10;

/**
 * 换行行数: how many lines a text takes in a wrapped cell `width` characters wide at `fontPoints` —
 * a CJK glyph as wide as the font is high (11pt: 14.7 px, 2.1 width units), any other character
 * as wide as a digit scaled to the font, wrapping at the first character that no longer fits (CJK
 * text breaks anywhere), and at each line feed. An empty text takes one line. A text without line
 * feeds that would fit even if every character were full width takes one line without measuring
 * (most cells of a summary sheet: a row's height is asked of each of its text cells).
 */
export function textLines(text: string, width: number, fontPoints = 11): number {
  const available = Math.max(unitPixels, width * unitPixels + 5 - paddingPixels);
  const wide = (fontPoints * 4) / 3;
  const narrow = (unitPixels * fontPoints) / 11;
  // A character is at most `wide` (narrow < wide at any size); the margin covers the rounding of
  // the sum below.
  if (text.length * wide < available - 1e-6 && !text.includes("\n")) {
    return 1;
  }
  let lines = 0;
  let used = 0;
  let paragraphLines = 1;
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index) as number;
    if (code > 0xffff) {
      index++; // the second half of a surrogate pair
    }
    if (code === LINE_FEED) {
      lines += paragraphLines;
      used = 0;
      paragraphLines = 1;
      continue;
    }
    const pixels = isWide(code) ? wide : narrow;
    if (used > 0 && used + pixels > available) {
      paragraphLines += 1;
      used = 0;
    }
    used += pixels;
  }
  return lines + paragraphLines;
}
