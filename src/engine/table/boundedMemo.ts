/** Entries a memo keeps at most (units and persons repeat; a memo must not grow with the table). */
export const MEMO_LIMIT = 1000;

/**
 * 有界缓存: `compute` remembered by key, for values a table repeats on every row (口径, 单位,
 * 倒排时间, 责任单位). Keeps the first `limit` keys and computes the rest each time, so a large table
 * costs no more memory than a small one. `compute` must be pure: the memo changes no answer.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit = MEMO_LIMIT): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) {
      return known as V;
    }
    const value = compute(key);
    if (memo.size < limit) {
      memo.set(key, value);
    }
    return value;
  };
}
