import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Cache, CacheStatus } from '~/server/cache/cache';
import { cached } from '~/server/cache/cached';
import type { TimingEntry } from '~/server/context/request-context';
import { serverTimingHeader } from '~/server/http/server-timing';
import { MemoryCache } from '~/server/cache/memory-cache';

const Plans = z.object({ plans: z.array(z.object({ id: z.string(), rate: z.number() })) });
type Plans = z.infer<typeof Plans>;
const sample: Plans = { plans: [{ id: 'p1', rate: 12.3 }] };

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A real MemoryCache whose reads take a while, to widen the window in which callers overlap. */
class SlowCache extends MemoryCache {
  gets = 0;
  sets = 0;
  override async get(key: string) {
    this.gets += 1;
    await tick();
    return super.get(key);
  }
  override async set(key: string, value: unknown, ttl: number) {
    this.sets += 1;
    return super.set(key, value, ttl);
  }
}

describe('cached', () => {
  it('calls load() once for 100 concurrent callers that miss, and gives them all the value', async () => {
    const cache = new SlowCache();
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = async () => {
      loads += 1;
      await gate;
      return sample;
    };
    const callers = Array.from({ length: 100 }, () =>
      cached({ key: 'plans:v1:x', ttlSeconds: 60, schema: Plans, load }, cache),
    );
    await tick();
    await tick();
    release();
    const results = await Promise.all(callers);
    expect(loads).toBe(1);
    expect(results).toHaveLength(100);
    for (const r of results) expect(r).toEqual(sample);
    expect(cache.sets).toBe(1);
    expect(await cache.get('plans:v1:x')).toEqual(sample);
  });

  it('serves a hit without calling load, and calls load again once the flight has settled', async () => {
    const cache = new MemoryCache();
    let loads = 0;
    const options = {
      key: 'plans:v1:y',
      ttlSeconds: 60,
      schema: Plans,
      load: async () => {
        loads += 1;
        return sample;
      },
    };
    await cached(options, cache);
    await tick();
    const hit = await cached(options, cache);
    expect(hit).toEqual(sample);
    expect(loads).toBe(1);
    await cache.delete(options.key);
    await cached(options, cache);
    expect(loads).toBe(2);
  });

  it('treats a value failing the schema as a miss and overwrites it', async () => {
    const cache = new MemoryCache();
    await cache.set('plans:v1:z', { plans: [{ id: 7, rate: 'cheap' }] }, 60);
    let loads = 0;
    const value = await cached(
      {
        key: 'plans:v1:z',
        ttlSeconds: 60,
        schema: Plans,
        load: async () => {
          loads += 1;
          return sample;
        },
      },
      cache,
    );
    expect(loads).toBe(1);
    expect(value).toEqual(sample);
    expect(await cache.get('plans:v1:z')).toEqual(sample);
  });

  it('returns the schema output on a hit (defaults applied)', async () => {
    const cache = new MemoryCache();
    await cache.set('k', { n: 1 }, 60);
    const schema = z.object({ n: z.number(), label: z.string().default('none') });
    const value = await cached({ key: 'k', ttlSeconds: 60, schema, load: async () => ({ n: 2, label: 'x' }) }, cache);
    expect(value).toEqual({ n: 1, label: 'none' });
  });

  it('propagates a load() error to every waiter and caches nothing', async () => {
    const cache = new SlowCache();
    let loads = 0;
    const failing = {
      key: 'plans:v1:err',
      ttlSeconds: 60,
      schema: Plans,
      load: async (): Promise<Plans> => {
        loads += 1;
        await tick();
        throw new Error('database down');
      },
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => cached(failing, cache)));
    expect(loads).toBe(1);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toMatchObject({ message: 'database down' });
    }
    expect(cache.sets).toBe(0);
    expect(await cache.get(failing.key)).toBeUndefined();
    // The failure is not remembered: the next call loads again and succeeds.
    const value = await cached({ ...failing, load: async () => sample }, cache);
    expect(value).toEqual(sample);
  });

  it('falls through to load() when the cache itself fails, without waiting for the write', async () => {
    let setCalls = 0;
    const broken: Cache = {
      get: () => Promise.reject(new Error('cache down')),
      set: () => {
        setCalls += 1;
        return new Promise<void>((_, reject) => setTimeout(() => reject(new Error('write failed')), 20));
      },
      delete: async () => undefined,
      status: (): CacheStatus => ({ backend: 'memory', healthy: false }),
      close: async () => undefined,
    };
    const value = await cached({ key: 'k', ttlSeconds: 60, schema: Plans, load: async () => sample }, broken);
    expect(value).toEqual(sample);
    expect(setCalls).toBe(1);
    // Let the write's rejection happen: vitest fails the run on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 40));
  });

  it('records a miss then a hit with the key kind in timing', async () => {
    const cache = new MemoryCache();
    const timing: TimingEntry[] = [];
    const options = { key: 'cities:v3:slug=dallas', ttlSeconds: 60, schema: Plans, load: async () => sample };
    await cached(options, cache, timing);
    await cached(options, cache, timing);
    expect(timing.map(({ kind, result }) => ({ kind, result }))).toEqual([
      { kind: 'cities', result: 'miss' },
      { kind: 'cities', result: 'hit' },
    ]);
    for (const entry of timing) expect(entry.durMs).toBeGreaterThanOrEqual(0);
  });
});

describe('serverTimingHeader', () => {
  it('formats entries with a sanitised description and one decimal', () => {
    expect(
      serverTimingHeader([
        { kind: 'plans', result: 'hit', durMs: 0.44 },
        { kind: 'Zip Codes"; evil', result: 'miss', durMs: 12.345 },
      ]),
    ).toBe('cache;desc="plans-hit";dur=0.4, cache;desc="zip-codes-evil-miss";dur=12.3');
  });

  it('is empty without entries and never prints a negative or NaN duration', () => {
    expect(serverTimingHeader([])).toBe('');
    expect(serverTimingHeader([{ kind: '', result: 'miss', durMs: Number.NaN }])).toBe('cache;desc="miss";dur=0.0');
    expect(serverTimingHeader([{ kind: 'a', result: 'hit', durMs: -3 }])).toBe('cache;desc="a-hit";dur=0.0');
  });
});
