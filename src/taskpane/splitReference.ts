/**
 * 拆分单元格引用: "分解表!B5" or "'6月 通报'!B5" → the sheet and the address, as `selectCell` wants
 * them; null when the text is not a sheet-qualified reference.
 */
export function splitReference(
  reference: string
): { readonly sheet: string; readonly address: string } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(reference.trim());
  if (match === null) {
    return null;
  }
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, address: match[3].replace(/\$/g, "").toUpperCase() };
}
