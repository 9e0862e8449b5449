// Why: a few pure functions on the hot path (a link's check, a dollar amount's formatting, a
// request target's parse) see the same few hundred inputs again and again. Their answers are kept
// per input, bounded: a flood of distinct inputs empties the map now and then, which costs no
// more than not keeping it.

/** `compute` remembered per key, for at most `max` keys at a time; `compute` must be pure. */
export function boundedMemo<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as V;
    const value = compute(key);
    if (kept.size >= max) kept.clear();
    kept.set(key, value);
    return value;
  };
}
