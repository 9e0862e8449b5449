// Rankings kept with the plan list they were worked out from (services/plans/list-memo.ts).
import { describe, expect, it } from 'vitest';
import { memoOnList, RESULTS_PER_LIST } from '~/server/services/plans/list-memo';

describe('memoOnList', () => {
  it('computes once per list and key, and again for another key or another list', () => {
    const list = [{ id: 'a' }];
    let runs = 0;
    const compute = () => ({ run: ++runs });
    const first = memoOnList(list, 'k', compute);
    expect(memoOnList(list, 'k', compute)).toBe(first);
    expect(memoOnList(list, 'other', compute)).toEqual({ run: 2 });
    // An equal list is not the same list: a new data version loads a new one.
    expect(memoOnList([{ id: 'a' }], 'k', compute)).toEqual({ run: 3 });
    expect(runs).toBe(3);
  });

  it(`keeps at most ${RESULTS_PER_LIST} results per list, dropping the least recently used`, () => {
    const list = [{ id: 'a' }];
    const runs = new Map<string, number>();
    const get = (key: string) =>
      memoOnList(list, key, () => {
        runs.set(key, (runs.get(key) ?? 0) + 1);
        return key;
      });
    for (let i = 0; i < RESULTS_PER_LIST; i++) get(`k${i}`);
    get('k0'); // used again: now the most recent
    get('new'); // one too many: k1, the least recently used, goes
    get('k0');
    expect(runs.get('k0')).toBe(1);
    get('k1');
    expect(runs.get('k1')).toBe(2);
  });
});
