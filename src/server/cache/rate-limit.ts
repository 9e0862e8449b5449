import type { RedisConnection } from './redis-connection';

/** The answer for one request; `retryAfterSeconds` is 0 when allowed. */
export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/** Limit, optional shared Redis connection, and an injectable clock (milliseconds) for tests. */
export interface RateLimiterOptions {
  limitPerMinute: number;
  redis?: RedisConnection;
  now?: () => number;
  /** Bound on distinct keys counted in process per window; the oldest is forgotten beyond it. */
  maxLocalKeys?: number;
}

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows per client key (callers pass an already anonymised key, such as a
 * truncated network). With Redis, counts are shared by every instance (`INCR`, plus `PEXPIRE` on
 * the window's first hit, through the connection's breaker); when Redis cannot answer, or without
 * Redis, an in-process count applies, so limits still hold per instance.
 */
export class RateLimiter {
  private local = { window: -1, counts: new Map<string, number>() };
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.limitPerMinute >= 1)) throw new RangeError('limitPerMinute must be at least 1');
    this.now = options.now ?? Date.now;
  }

  /** Counts one request for `key` and says whether it is within the limit. */
  async check(key: string): Promise<RateLimitResult> {
    const now = this.now();
    const window = Math.floor(now / WINDOW_MS);
    const msLeft = (window + 1) * WINDOW_MS - now;
    const count = await this.increment(key, window, msLeft);
    const limit = this.options.limitPerMinute;
    const allowed = count <= limit;
    return {
      allowed,
      remaining: Math.max(0, limit - count),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(msLeft / 1000)),
    };
  }

  private async increment(key: string, window: number, msLeft: number): Promise<number> {
    const redis = this.options.redis;
    if (redis) {
      const redisKey = `rl:${window}:${key}`;
      try {
        return await redis.run(async (client) => {
          const count = await client.incr(redisKey);
          // The window is part of the key, so a lost PEXPIRE leaves a stray key, never a wrong count.
          if (count === 1) await client.pexpire(redisKey, msLeft + 1_000);
          return count;
        });
      } catch {
        // Redis is unavailable (the breaker logs it once): count in process instead.
      }
    }
    return this.incrementLocally(key, window);
  }

  private incrementLocally(key: string, window: number): number {
    if (this.local.window !== window) this.local = { window, counts: new Map() };
    const counts = this.local.counts;
    const count = (counts.get(key) ?? 0) + 1;
    if (count === 1 && counts.size >= (this.options.maxLocalKeys ?? 100_000)) {
      const oldest = counts.keys().next();
      if (!oldest.done) counts.delete(oldest.value);
    }
    counts.set(key, count);
    return count;
  }
}
