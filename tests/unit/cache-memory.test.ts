import { describe, expect, it } from 'vitest';
import { MemoryCache } from '~/server/cache/memory-cache';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('MemoryCache', () => {
  it('returns what was set until the TTL passes, then a miss', async () => {
    const time = clock();
    const cache = new MemoryCache({ now: time.now });
    await cache.set('k', { a: 1 }, 10);
    expect(await cache.get('k')).toEqual({ a: 1 });
    time.advance(9_999);
    expect(await cache.get('k')).toEqual({ a: 1 });
    time.advance(2);
    expect(await cache.get('k')).toBeUndefined();
  });

  it('gives each reader its own copy, and is not changed by mutating what was stored', async () => {
    const cache = new MemoryCache();
    const original = { plans: [{ id: 'p1', rate: 12.3 }] };
    await cache.set('k', original, 60);
    original.plans[0]!.rate = 99;
    const first = (await cache.get('k')) as typeof original;
    expect(first.plans[0]!.rate).toBe(12.3);
    first.plans.push({ id: 'p2', rate: 1 });
    const second = (await cache.get('k')) as typeof original;
    expect(second).toEqual({ plans: [{ id: 'p1', rate: 12.3 }] });
    expect(second).not.toBe(first);
  });

  it('deletes, and evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new MemoryCache({ maxEntries: 2 });
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.get('a');
    await cache.set('c', 3, 60);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
  });

  it('bounds the total JSON size', async () => {
    const cache = new MemoryCache({ maxSize: 100 });
    await cache.set('big', 'x'.repeat(200), 60);
    expect(await cache.get('big')).toBeUndefined();
    await cache.set('a', 'y'.repeat(60), 60);
    await cache.set('b', 'z'.repeat(30), 60);
    await cache.set('c', 'w'.repeat(30), 60);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBe('z'.repeat(30));
    expect(await cache.get('c')).toBe('w'.repeat(30));
  });

  it('stores nothing for undefined or a non-positive TTL, and keeps falsy JSON values', async () => {
    const cache = new MemoryCache();
    await cache.set('u', undefined, 60);
    await cache.set('z', { a: 1 }, 0);
    await cache.set('n', null, 60);
    await cache.set('f', false, 60);
    expect(await cache.get('u')).toBeUndefined();
    expect(await cache.get('z')).toBeUndefined();
    expect(await cache.get('n')).toBeNull();
    expect(await cache.get('f')).toBe(false);
  });

  it('reports itself healthy and empties on close', async () => {
    const cache = new MemoryCache();
    await cache.set('a', 1, 60);
    expect(cache.status()).toEqual({ backend: 'memory', healthy: true });
    await cache.close();
    expect(await cache.get('a')).toBeUndefined();
  });
});
