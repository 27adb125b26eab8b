import { MergedArea } from "../engine";

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based column of column letters: "A" → 0, "AA" → 26. */
function columnIndexOf(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) {
    index = index * 26 + (letter.charCodeAt(0) - 64);
  }
  return index - 1;
}

/** The A1 address of a block, 0-based: (3, 0, 2, 3) → "A4:C5"; one cell → "A4". */
export function rangeAddress(top: number, left: number, rows: number, columns: number): string {
  const first = `${columnLetters(left)}${top + 1}`;
  if (rows === 1 && columns === 1) {
    return first;
  }
  return `${first}:${columnLetters(left + columns - 1)}${top + rows}`;
}

/** Splits "Sheet1!A1:B2, 'a,b'!C3" at the commas that stand outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of address) {
    if (character === "'") {
      quoted = !quoted;
    }
    if (character === "," && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * 区域地址解析: the blocks of an Excel address list as 0-based inclusive areas, the sheet names
 * dropped: "'7月 表'!A1:C1, '7月 表'!B5:B6" → [{0,0,0,2}, {4,1,5,1}]. Parts that are not cell
 * blocks are skipped.
 */
export function parseAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf("!");
    const reference = bang >= 0 ? part.slice(bang + 1) : part;
    const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(reference);
    if (match === null) {
      continue;
    }
    const top = Number(match[2]) - 1;
    const left = columnIndexOf(match[1]);
    const bottom = match[4] === undefined ? top : Number(match[4]) - 1;
    const right = match[3] === undefined ? left : columnIndexOf(match[3]);
    areas.push({
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    });
  }
  return areas;
}
