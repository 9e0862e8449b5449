import { describe, expect, it } from 'vitest';
import { RateLimiter } from '~/server/cache/rate-limit';

describe('RateLimiter (in process)', () => {
  it('allows N per minute, then refuses until the window ends', async () => {
    let now = Date.UTC(2026, 0, 29, 12, 0, 15); // 45 s before the next window
    const limiter = new RateLimiter({ limitPerMinute: 3, now: () => now });
    const allowed = [
      await limiter.check('10.0.0.0/24'),
      await limiter.check('10.0.0.0/24'),
      await limiter.check('10.0.0.0/24'),
    ];
    expect(allowed).toEqual([
      { allowed: true, remaining: 2, retryAfterSeconds: 0 },
      { allowed: true, remaining: 1, retryAfterSeconds: 0 },
      { allowed: true, remaining: 0, retryAfterSeconds: 0 },
    ]);
    expect(await limiter.check('10.0.0.0/24')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    now += 44_500;
    expect(await limiter.check('10.0.0.0/24')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    now += 500; // the next window
    expect(await limiter.check('10.0.0.0/24')).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
  });

  it('counts each key separately', async () => {
    const now = Date.UTC(2026, 0, 29, 12, 0, 0);
    const limiter = new RateLimiter({ limitPerMinute: 1, now: () => now });
    expect((await limiter.check('a')).allowed).toBe(true);
    expect((await limiter.check('a')).allowed).toBe(false);
    expect((await limiter.check('b')).allowed).toBe(true);
  });

  it('forgets the oldest key beyond maxLocalKeys instead of growing without bound', async () => {
    const now = Date.UTC(2026, 0, 29, 12, 0, 0);
    const limiter = new RateLimiter({ limitPerMinute: 1, now: () => now, maxLocalKeys: 2 });
    await limiter.check('a');
    await limiter.check('b');
    await limiter.check('c'); // pushes out 'a'
    expect((await limiter.check('b')).allowed).toBe(false);
    expect((await limiter.check('a')).allowed).toBe(true);
  });

  it('refuses a limit below 1', () => {
    expect(() => new RateLimiter({ limitPerMinute: 0 })).toThrow(RangeError);
  });
});
