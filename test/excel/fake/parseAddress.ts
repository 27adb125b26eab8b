/**
 * A1 references as Excel writes and reads them ("B2:D5", whole columns "A:C", whole rows "3:5",
 * "$" for absolute, sheet names quoted when they need it) on a grid of 1,048,576 rows by 16,384
 * columns.
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function columnName(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) {
    index = index * 26 + (letter.charCodeAt(0) - 64);
  }
  return index - 1;
}

/** "A1:C3" of a rect; whole rows "3:3" and whole columns "A:C" as Excel writes them. */
export function addressOf(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (rect.columns === MAX_COLUMNS && rect.rows === MAX_ROWS) {
    return `${d}1:${d}${MAX_ROWS}`;
  }
  if (rect.columns === MAX_COLUMNS) {
    return `${d}${rect.top + 1}:${d}${rect.top + rect.rows}`;
  }
  if (rect.rows === MAX_ROWS) {
    return `${d}${columnName(rect.left)}:${d}${columnName(rect.left + rect.columns - 1)}`;
  }
  const first = `${d}${columnName(rect.left)}${d}${rect.top + 1}`;
  if (rect.rows === 1 && rect.columns === 1) {
    return first;
  }
  return `${first}:${d}${columnName(rect.left + rect.columns - 1)}${d}${rect.top + rect.rows}`;
}

/** Parses "A1", "B2:D5", "A:C", "3:5" (with or without $) into a rect; null if invalid. */
export function parseAddress(address: string): Rect | null {
  const text = address.replace(/\$/g, "").trim().toUpperCase();
  let match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(text);
  if (match !== null) {
    const r1 = Number(match[2]) - 1;
    const c1 = columnNumber(match[1]);
    const r2 = match[4] === undefined ? r1 : Number(match[4]) - 1;
    const c2 = match[3] === undefined ? c1 : columnNumber(match[3]);
    const rect = {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      columns: Math.abs(c2 - c1) + 1,
    };
    return rect.top < 0 ||
      rect.left < 0 ||
      rect.top + rect.rows > MAX_ROWS ||
      rect.left + rect.columns > MAX_COLUMNS
      ? null
      : rect;
  }
  match = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
  if (match !== null) {
    const c1 = columnNumber(match[1]);
    const c2 = columnNumber(match[2]);
    return { top: 0, left: Math.min(c1, c2), rows: MAX_ROWS, columns: Math.abs(c2 - c1) + 1 };
  }
  match = /^(\d+):(\d+)$/.exec(text);
  if (match !== null) {
    const r1 = Number(match[1]) - 1;
    const r2 = Number(match[2]) - 1;
    if (r1 < 0 || r2 < 0) {
      return null;
    }
    return { top: Math.min(r1, r2), left: 0, rows: Math.abs(r2 - r1) + 1, columns: MAX_COLUMNS };
  }
  return null;
}

/** A sheet name as Excel writes it in a reference: quoted unless plain letters/digits/_ (not first a digit). */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RC]\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.columns &&
    b.left < a.left + a.columns
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.columns <= outer.left + outer.columns
  );
}
