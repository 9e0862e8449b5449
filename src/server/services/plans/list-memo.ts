// Why: concurrent requests for one utility receive the same loaded plan list (cache/cached.ts shares a load in
// flight, and the in-process cache hands back what it holds), and ranking that list for the year is, after the
// render, the costliest step of an uncached city page. A ranking depends only on the list and the shopper's
// inputs, so it is worked out once per list and kept with it: a new data version is a new list, and the
// rankings go with the old one when nothing references it any more.

/** Rankings kept per list; older ones are dropped first (usage is free input, so the keys are unbounded). */
export const RESULTS_PER_LIST = 16;

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute()` once per `list` object and `key`; later calls with the same list and key get the same
 * value, which callers must treat as read-only. `key` must capture every input `compute` reads
 * besides the list.
 */
export function memoOnList<T>(list: readonly object[], key: string, compute: () => T): T {
  let memo = memos.get(list);
  if (!memo) memos.set(list, (memo = new Map()));
  if (memo.has(key)) {
    const value = memo.get(key) as T;
    // Re-inserted, so the least recently used key is the first one dropped.
    memo.delete(key);
    memo.set(key, value);
    return value;
  }
  const value = compute();
  memo.set(key, value);
  if (memo.size > RESULTS_PER_LIST) memo.delete(memo.keys().next().value!);
  return value;
}
