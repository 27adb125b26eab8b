/** "B12" → 1-based row 12, column 2; null when it is not an A1 address. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (match === null) {
    return null;
  }
  const column = match[1]
    .toUpperCase()
    .split("")
    .reduce((sum, letter) => sum * 26 + (letter.charCodeAt(0) - 64), 0);
  return { row: Number(match[2]), column };
}
