import { describe, expect, it } from 'vitest';
import { boundedMemo } from '~/lib/bounded-memo';

describe('boundedMemo', () => {
  it('computes once per key, null and undefined answers included', () => {
    const calls: string[] = [];
    const memo = boundedMemo((key: string) => {
      calls.push(key);
      return key === 'none' ? null : key === 'gone' ? undefined : key.length;
    }, 10);
    expect([memo('abc'), memo('none'), memo('gone'), memo('abc'), memo('none'), memo('gone')]).toEqual([
      3,
      null,
      undefined,
      3,
      null,
      undefined,
    ]);
    expect(calls).toEqual(['abc', 'none', 'gone']);
  });

  it('keeps at most `max` keys: when full it starts over, and answers stay the same', () => {
    let calls = 0;
    const memo = boundedMemo((n: number) => (calls++, n * 2), 3);
    for (const n of [1, 2, 3]) memo(n);
    expect(calls).toBe(3);
    expect(memo(4)).toBe(8); // the fourth key empties the map first
    expect(calls).toBe(4);
    expect(memo(1)).toBe(2); // computed again: it was dropped
    expect(calls).toBe(5);
    expect(memo(4)).toBe(8); // kept
    expect(calls).toBe(5);
  });
});
