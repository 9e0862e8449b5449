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
  /** How long local counts wait before they are added to Redis's (RATE_LIMIT_SYNC_MS). */
  syncMs?: number;
}

const WINDOW_MS = 60_000;
export const DEFAULT_RATE_LIMIT_SYNC_MS = 200;

/** One key's count in this window: the total Redis last gave back, and what is not sent yet. */
interface Count {
  shared: number;
  pending: number;
}

/**
 * Fixed one-minute windows per client key (callers pass an already anonymised key, such as a
 * truncated network), decided in process so that no request waits on Redis (issue 14).
 *
 * With Redis, each instance adds its new counts to the shared ones in the background, at most
 * `syncMs` after the first of them (`INCRBY` + `PEXPIRE` in one pipeline), and takes back the
 * total, which includes every other instance's. So on one instance the limit is exact, and
 * across instances a client gets at most the limit plus what it sends to the other instances
 * within one sync interval (docs/caching.md). When Redis cannot answer, counts stay pending and
 * the limit still holds per instance; they are sent when it answers again, in the same window.
 */
export class RateLimiter {
  private local = { window: -1, counts: new Map<string, Count>() };
  private readonly now: () => number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private syncing: Promise<void> | null = null;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.limitPerMinute >= 1)) throw new RangeError('limitPerMinute must be at least 1');
    this.now = options.now ?? Date.now;
  }

  /** Counts one request for `key` and says whether it is within the limit. */
  check(key: string): RateLimitResult {
    const now = this.now();
    const window = Math.floor(now / WINDOW_MS);
    const msLeft = (window + 1) * WINDOW_MS - now;
    const entry = this.entry(key, window);
    entry.pending++;
    if (this.options.redis) this.scheduleSync();
    const count = entry.shared + entry.pending;
    const limit = this.options.limitPerMinute;
    const allowed = count <= limit;
    return {
      allowed,
      remaining: Math.max(0, limit - count),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(msLeft / 1000)),
    };
  }

  /** Sends pending counts to Redis now and takes back the shared totals (also run on a timer). */
  sync(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // One sync at a time: a second caller waits for the running one, then sends what is left.
    const previous = this.syncing ?? Promise.resolve();
    const next = previous.then(() => this.sendPending());
    this.syncing = next.finally(() => {
      if (this.syncing === next) this.syncing = null;
    });
    return next;
  }

  private async sendPending(): Promise<void> {
    const redis = this.options.redis;
    const { window, counts } = this.local;
    const batch = [...counts].filter(([, c]) => c.pending > 0).map(([key, c]) => ({ key, c, sent: c.pending }));
    if (!redis || batch.length === 0) return;
    const msLeft = (window + 1) * WINDOW_MS - this.now();
    try {
      const totals = await redis.run(async (client) => {
        const pipeline = client.pipeline();
        for (const { key, sent } of batch) {
          // The window is part of the key, so a lost PEXPIRE leaves a stray key, never a wrong count.
          pipeline.incrby(`rl:${window}:${key}`, sent).pexpire(`rl:${window}:${key}`, msLeft + 1_000);
        }
        const replies = (await pipeline.exec()) ?? [];
        return batch.map((_, i) => {
          const [error, total] = replies[i * 2] ?? [new Error('no reply')];
          if (error) throw error;
          return Number(total);
        });
      });
      batch.forEach(({ c, sent }, i) => {
        c.pending -= sent;
        c.shared = totals[i]!;
      });
    } catch {
      // Redis is unavailable (its breaker logs that once): the counts stay pending, here.
    }
  }

  private scheduleSync(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.sync(), this.options.syncMs ?? DEFAULT_RATE_LIMIT_SYNC_MS);
    this.timer.unref();
  }

  private entry(key: string, window: number): Count {
    if (this.local.window !== window) this.local = { window, counts: new Map() };
    const counts = this.local.counts;
    let entry = counts.get(key);
    if (!entry) {
      if (counts.size >= (this.options.maxLocalKeys ?? 100_000)) {
        const oldest = counts.keys().next();
        if (!oldest.done) counts.delete(oldest.value);
      }
      entry = { shared: 0, pending: 0 };
      counts.set(key, entry);
    }
    return entry;
  }
}
