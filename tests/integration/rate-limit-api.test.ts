import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let direct: RunningServer;

beforeAll(async () => {
  // Real data, so that ZIP answers are cached and the Node server itself sends the hits.
  db = await seededDatabase(['jan29']);
  await db.handle.close();
  [server, direct] = await Promise.all([
    // Redis-backed limiter behind a trusted proxy (the loopback test client plays the proxy): the
    // count lives in the real Redis, shared by every instance, keyed on the forwarded client.
    startServer({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      RATE_LIMIT_PER_MINUTE: '5',
      TRUSTED_PROXIES: '127.0.0.1,::1',
    }),
    // No proxy trusted (the default): clients reach the server directly.
    startServer({ DATABASE_URL: db.url, RATE_LIMIT_PER_MINUTE: '5' }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([server?.stop(), direct?.stop()]);
  await db?.drop();
});

describe('JSON API rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds its limit, and pages are not limited', async () => {
    // A unique documentation network per run, so earlier runs' counts in Redis do not interfere.
    const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const headers = { 'X-Forwarded-For': client };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(`${server.url}/api/zip/00000`, { headers })).status);
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    const limited = await fetch(`${server.url}/api/zip/00000`, { headers });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await fetch(`${server.url}/texas`, { headers })).status).not.toBe(429);
    const other = await fetch(`${server.url}/api/zip/00000`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(other.status).not.toBe(429);
  });

  it('limits answers the Node server serves from the page cache before Astro, too', async () => {
    // Issue 14: a cached API answer is sent by the Node server itself once the limit allows it.
    // An IPv6 documentation network of its own per run: counts in the shared Redis never meet.
    const network = Math.floor(Math.random() * 0xffff).toString(16);
    const headers = { 'X-Forwarded-For': `2001:db8:${network}::7` };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${server.url}/api/zip/75201`, { headers });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('does not let a client rotate X-Forwarded-For past the limit when no proxy is trusted', async () => {
    // Issue 13: before, the first X-Forwarded-For value was the key, so each spoofed value was a fresh client.
    const statuses: number[] = [];
    for (let i = 1; i <= 7; i++)
      statuses.push(
        (await fetch(`${direct.url}/api/zip/00000`, { headers: { 'X-Forwarded-For': `198.51.100.${i}` } })).status,
      );
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
