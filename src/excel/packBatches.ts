/**
 * 分批: groups items, in order, into batches whose estimated bytes stay within the budget, so each
 * batch can go to Excel in one request under its 5 MB limit. An item larger than the budget goes
 * alone. Empty input gives no batches.
 */
export function packBatches<T extends { readonly bytes: number }>(
  items: readonly T[],
  budget: number
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.bytes;
  }
  if (current.length > 0) {
    batches.push(current);
  }
  return batches;
}
