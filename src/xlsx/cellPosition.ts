/** Excel's last row and column. */
export const lastRow = 1048576;

export const lastColumn = 16384;

/** "XFD1048576" → [row 1048575, column 16383] (0-based); null when it is no cell address. */
export function cellPosition(reference: string): [number, number] | null {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index) | 32; // lower case
    if (code < 97 || code > 122) {
      break;
    }
    column = column * 26 + (code - 96);
    if (column > lastColumn) {
      return null;
    }
  }
  if (index === 0 || index === reference.length) {
    return null;
  }
  let row = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 48 || code > 57) {
      return null;
    }
    row = row * 10 + (code - 48);
    if (row > lastRow) {
      return null;
    }
  }
  return row === 0 ? null : [row - 1, column - 1];
}
