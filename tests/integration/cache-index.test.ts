import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runShutdownHooks } from '~/server/core/lifecycle';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const saved = process.env.REDIS_URL;

/** A fresh copy of the cache module (and of the memoised config) with the given REDIS_URL. */
async function freshCacheModule(redisUrl: string | undefined) {
  vi.resetModules();
  if (redisUrl === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = redisUrl;
  return import('~/server/cache/index');
}

afterEach(async () => {
  await runShutdownHooks();
  if (saved === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = saved;
});

describe('getCache', () => {
  it('is the in-process LRU without REDIS_URL, one instance per process', async () => {
    const { getCache, getRateLimiter } = await freshCacheModule(undefined);
    expect(getCache().status().backend).toBe('memory');
    expect(getCache()).toBe(getCache());
    expect(getRateLimiter()).toBe(getRateLimiter());
  });

  it('is Redis with REDIS_URL, and is closed by the shutdown hooks', async () => {
    const { getCache, closeCache } = await freshCacheModule(REDIS_URL);
    const cache = getCache();
    const key = `test-index-${randomBytes(6).toString('hex')}`;
    await cache.set(key, { ok: true }, 30);
    expect(await cache.get(key)).toEqual({ ok: true });
    expect(cache.status()).toMatchObject({ backend: 'redis', healthy: true });
    await cache.delete(key);
    expect(await runShutdownHooks()).toEqual([]);
    expect(cache.status().healthy).toBe(false);
    expect(getCache()).not.toBe(cache);
    await closeCache();
  });
});
