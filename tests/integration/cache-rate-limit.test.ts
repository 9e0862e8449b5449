import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '~/server/cache/rate-limit';
import { RedisConnection } from '~/server/cache/redis-connection';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `cmp:test-${randomBytes(6).toString('hex')}:`;
// 15 s into a minute: 45 s left in the window, whatever the wall clock says.
const NOW = Date.UTC(2026, 0, 29, 12, 0, 15);
const WINDOW = Math.floor(NOW / 60_000);

const connections: RedisConnection[] = [];
function connect(url: string, keyPrefix = PREFIX) {
  const connection = new RedisConnection({
    url,
    timeoutMs: 500,
    breakerFailures: 5,
    breakerResetMs: 60_000,
    keyPrefix,
  });
  connections.push(connection);
  return connection;
}
const admin = connect(REDIS_URL, '');

afterAll(async () => {
  const keys = await admin.run((c) => c.keys(`${PREFIX}*`));
  if (keys.length > 0) await admin.run((c) => c.unlink(...keys));
  await Promise.all(connections.map((c) => c.close()));
});

describe('RateLimiter on Redis', () => {
  it('decides in process and shares counts through Redis at each sync, refusing past the limit', async () => {
    // Issue 14: no request waits on Redis. Counts meet in Redis at each sync (every
    // RATE_LIMIT_SYNC_MS), so an instance sees the others' requests from its next sync on.
    const a = new RateLimiter({ limitPerMinute: 3, redis: connect(REDIS_URL), now: () => NOW, syncMs: 60_000 });
    const b = new RateLimiter({ limitPerMinute: 3, redis: connect(REDIS_URL), now: () => NOW, syncMs: 60_000 });
    const client = '203.0.113.0/24';
    expect(a.check(client)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    expect(a.check(client)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    await a.sync();
    // b has not synced yet: within one interval it counts only its own (the stated tolerance).
    expect(b.check(client)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    await b.sync(); // Redis now holds 3, and b knows it
    expect(b.check(client)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    await b.sync();
    await a.sync(); // nothing pending on a: it learns the total at its next request's sync
    expect(a.check(client)).toMatchObject({ allowed: true, remaining: 0 });
    await a.sync();
    expect(a.check(client)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect(a.check('198.51.100.0/24')).toMatchObject({ allowed: true, remaining: 2 });
    await Promise.all([a.sync(), b.sync()]);
    const key = `${PREFIX}rl:${WINDOW}:${client}`;
    // Every request counted exactly once: 2 + 1 + 1 from b's refusal + 1 + 1 refused on a.
    expect(await admin.run((c) => c.get(key))).toBe('6');
    const ttl = await admin.run((c) => c.pttl(key));
    expect(ttl).toBeGreaterThan(44_000);
    expect(ttl).toBeLessThanOrEqual(46_000);
  });

  it('syncs on its own within syncMs of a request', async () => {
    const limiter = new RateLimiter({ limitPerMinute: 10, redis: connect(REDIS_URL), now: () => NOW, syncMs: 20 });
    limiter.check('192.0.2.128/25');
    limiter.check('192.0.2.128/25');
    const key = `${PREFIX}rl:${WINDOW}:192.0.2.128/25`;
    let value: string | null = null;
    for (let i = 0; i < 100 && value !== '2'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      value = await admin.run((c) => c.get(key));
    }
    expect(value).toBe('2');
  });

  it('keeps counting in process while Redis is unreachable, so the limit still applies', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const limiter = new RateLimiter({
      limitPerMinute: 2,
      redis: connect('redis://127.0.0.1:1'),
      now: () => NOW,
      syncMs: 60_000,
    });
    const results = [];
    for (let i = 0; i < 8; i++) {
      results.push(limiter.check('192.0.2.0/24'));
      await limiter.sync(); // fails: the counts stay pending here
    }
    expect(results.map((r) => r.allowed)).toEqual([true, true, false, false, false, false, false, false]);
    expect(results[2]).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect(warn).toHaveBeenCalledTimes(1); // the breaker opened once, after 5 failures
  });
});
