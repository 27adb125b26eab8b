/** One indicator as the checksum takes it. */
export interface ChecksumItem {
  readonly name: string;
  readonly measureLabel: string;
  readonly unit: string;
}

/** FNV-1a, 32 bits: offset basis and prime. */
const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * 校验码: a checksum of a form's indicator list — FNV-1a (32 bits) over the UTF-16 code units of
 * every indicator's name, measure (口径) and unit, in order, with separators between fields and
 * items so that moving text from one field to another changes it. Written as 8 lower-case hex
 * digits. Plain arithmetic (no crypto module): it runs in a browser as in Node. It detects an
 * edited list, it does not secure one.
 */
export function indicatorChecksum(items: readonly ChecksumItem[]): string {
  let hash = OFFSET_BASIS;
  const add = (text: string): void => {
    for (let position = 0; position < text.length; position++) {
      hash ^= text.charCodeAt(position);
      hash = Math.imul(hash, PRIME) >>> 0;
    }
  };
  add(String(items.length));
  for (const item of items) {
    add("\u001e");
    add(item.name);
    add("\u001f");
    add(item.measureLabel);
    add("\u001f");
    add(item.unit);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
