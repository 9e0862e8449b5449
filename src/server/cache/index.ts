import { getConfig } from '~/server/core/config';
import { onShutdown } from '~/server/core/lifecycle';
import type { Cache } from './cache';
import { MemoryCache } from './memory-cache';
import { NoCache } from './no-cache';
import { RateLimiter } from './rate-limit';
import { RedisCache } from './redis-cache';
import { RedisConnection } from './redis-connection';

export type { Cache, CacheStatus } from './cache';
export { cached, type CachedOptions } from './cached';
export { cacheKey, TTL, type CacheKeyPart } from './keys';
export { MemoryCache } from './memory-cache';
export type { RateLimiter, RateLimitResult } from './rate-limit';

interface CacheRuntime {
  cache: Cache;
  limiter: RateLimiter;
  unregister: () => void;
}

let runtime: CacheRuntime | undefined;

function start(): CacheRuntime {
  if (runtime) return runtime;
  const { cache: settings, rateLimitPerMinute, rateLimitSyncMs } = getConfig();
  // One connection (and so one breaker) serves both the cache and the rate limiter.
  const redis = settings.redisUrl
    ? new RedisConnection({
        url: settings.redisUrl,
        timeoutMs: settings.timeoutMs,
        breakerFailures: settings.breakerFailures,
        breakerResetMs: settings.breakerResetMs,
      })
    : undefined;
  const cache = !settings.enabled ? new NoCache() : redis ? new RedisCache(redis) : new MemoryCache();
  const limiter = new RateLimiter({ limitPerMinute: rateLimitPerMinute, redis, syncMs: rateLimitSyncMs });
  runtime = { cache, limiter, unregister: onShutdown(closeCache) };
  return runtime;
}

/** The process-wide cache: Redis when REDIS_URL is set, else the in-process LRU; none when CACHE_ENABLED=false. */
export function getCache(): Cache {
  return start().cache;
}

/** The process-wide rate limiter (per minute from RATE_LIMIT_PER_MINUTE), on the same Redis as the cache. */
export function getRateLimiter(): RateLimiter {
  return start().limiter;
}

/** Closes the cache's connection; runs on shutdown, and a later getCache() opens a new one. */
export async function closeCache(): Promise<void> {
  const current = runtime;
  runtime = undefined;
  if (!current) return;
  current.unregister();
  await current.limiter.sync(); // counts not yet shared reach Redis before its connection closes
  await current.cache.close();
}
