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
  it('shares counts between instances, refuses past the limit with Retry-After, and expires the window', async () => {
    const a = new RateLimiter({ limitPerMinute: 3, redis: connect(REDIS_URL), now: () => NOW });
    const b = new RateLimiter({ limitPerMinute: 3, redis: connect(REDIS_URL), now: () => NOW });
    expect(await a.check('203.0.113.0/24')).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    expect(await b.check('203.0.113.0/24')).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await a.check('203.0.113.0/24')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await b.check('203.0.113.0/24')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect(await a.check('198.51.100.0/24')).toMatchObject({ allowed: true, remaining: 2 });
    const key = `${PREFIX}rl:${WINDOW}:203.0.113.0/24`;
    expect(await admin.run((c) => c.get(key))).toBe('4');
    const ttl = await admin.run((c) => c.pttl(key));
    expect(ttl).toBeGreaterThan(44_000);
    expect(ttl).toBeLessThanOrEqual(46_000);
  });

  it('falls back to counting in process when Redis is unreachable, so the limit still applies', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const limiter = new RateLimiter({ limitPerMinute: 2, redis: connect('redis://127.0.0.1:1'), now: () => NOW });
    const results = [];
    // How long each check waits is a bench figure (npm run bench:resilience), not a bound here.
    for (let i = 0; i < 8; i++) results.push(await limiter.check('192.0.2.0/24'));
    expect(results.map((r) => r.allowed)).toEqual([true, true, false, false, false, false, false, false]);
    expect(results[2]).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect(warn).toHaveBeenCalledTimes(1); // the breaker opened once, after 5 failures
  });
});
