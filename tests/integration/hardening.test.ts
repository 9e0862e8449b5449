import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { attrValues } from '../helpers/html';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';
import { startProxy } from '../helpers/tcp-proxy';

// Issue 13's defects, each shown fixed through the built server.
let db: Awaited<ReturnType<typeof seededDatabase>>;
let dir: string;
let server: RunningServer;
let planId: string;

beforeAll(async () => {
  db = await seededDatabase(['jan29']);
  // A sign-up link a hostile export could carry, set after import (the importer would refuse it).
  const rows = (await db.handle.db.execute(
    (await import('drizzle-orm')).sql`UPDATE electricity_plans SET enroll_url = 'javascript:alert(1)',
      efl_url = 'data:text/html,<b>x</b>' WHERE id = (SELECT id FROM electricity_plans WHERE is_active
      ORDER BY external_id LIMIT 1) RETURNING id`,
  )) as unknown as { id: string }[];
  planId = rows[0]!.id;
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-hardening-'));
  await buildFallback(db.handle.db, dir);
  await db.handle.close();
  // SERVER_TIMING shows the page cache's hits and misses, which the flooding test reads.
  server = await startServer({
    DATABASE_URL: db.url,
    FALLBACK_DIR: dir,
    PAGE_CACHE_MB: '1',
    NODE_ENV: 'production',
    DATABASE_SSL: 'disable', // the local test server has no TLS
    SERVER_TIMING: 'true',
  });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${p}`, { redirect: 'manual', headers });

describe('the page cache cannot be flooded', () => {
  it('1,000 distinct junk query strings neither evict a hot page nor grow the cache', async () => {
    // 1 MB holds a few pages: if each junk URL were its own entry, the hot page would be evicted.
    const hot = await (await get('/texas')).text();
    for (let i = 0; i < 1000; i++) {
      const res = await get(`/texas?junk=${i}&utm_source=${i}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const again = await get('/texas');
    expect(again.headers.get('server-timing')).toContain('cache;desc="page-hit"');
    expect(await again.text()).toBe(hot);
  });

  it('a conditional request that misses still fills the cache, and is answered as a hit would be', async () => {
    const first = await get('/providers', { 'if-none-match': '"not-this-one"' });
    expect(first.headers.get('server-timing')).toContain('page-miss');
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag')!;
    const second = await get('/providers', { 'if-none-match': tag });
    expect(second.headers.get('server-timing')).toContain('page-hit');
    expect(second.status).toBe(304);
  });

  it('limits the renders one client network can force, but not the pages the cache answers', async () => {
    const capped = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir, RENDER_LIMIT_PER_MINUTE: '5' });
    try {
      const status = async (p: string) => {
        const res = await fetch(`${capped.url}${p}`, { redirect: 'manual' });
        await res.arrayBuffer();
        return res;
      };
      // Hits cost no render: the same page again and again is never limited.
      for (let i = 0; i < 10; i++) expect((await status('/providers')).status).toBe(200);
      const misses = [];
      for (const usage of [901, 902, 903, 904, 905, 906]) misses.push(await status(`/texas/dallas?usage=${usage}`));
      expect(misses.map((r) => r.status)).toEqual([200, 200, 200, 200, 429, 429]);
      expect(Number(misses[5]!.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await capped.stop();
    }
  });

  it('never echoes unknown parameters: a city page moves them away with a 301', async () => {
    const res = await get('/texas/dallas?usage=900&utm_source=evil&x=%3Cscript%3E');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/texas/dallas?usage=900');
  });
});

describe('small ones', () => {
  it('states the privacy policy, with its retention, on a page every footer links to', async () => {
    const home = await (await get('/')).text();
    expect(home).toContain('href="/privacy"');
    const privacy = await (await get('/privacy')).text();
    expect(privacy).toContain('data-retention-days>90 days<');
    expect(privacy).toContain('never your address');
  });

  it('collapses leading slashes, so //host can never become a redirect target', async () => {
    const res = await get('//Evil.example/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/evil.example');
  });

  it('sends no Server-Timing in production unless SERVER_TIMING asks for it', async () => {
    expect((await get('/texas/dallas')).headers.get('server-timing')).toContain('page-');
    const quiet = await startServer({
      DATABASE_URL: db.url,
      FALLBACK_DIR: dir,
      NODE_ENV: 'production',
      DATABASE_SSL: 'disable',
    });
    try {
      expect((await fetch(`${quiet.url}/texas/dallas`)).headers.get('server-timing')).toBeNull();
    } finally {
      await quiet.stop();
    }
  });

  it('never renders a javascript: or data: link from the export, live or from the saved files', async () => {
    const live = await (await get(`/plans/${planId}`)).text();
    expect(live).not.toMatch(/href="(javascript|data):/i);
    expect(live).not.toContain('Sign up with');
    const city = await (await get('/api/plans?city=dallas')).text();
    expect(city).not.toContain('javascript:');
    const { savedUtilityPlans } = await import('~/server/fallback/saved-data');
    const saved = (
      await Promise.all(
        ['ONCOR', 'CENTERPOINT', 'AEP_CENTRAL', 'AEP_NORTH', 'TNMP', 'LPL'].map((c) => savedUtilityPlans(c, dir)),
      )
    ).flat();
    const plan = saved.find((p) => p.id === planId)!;
    expect(plan.documents).toMatchObject({ enroll: null, efl: null });
    expect(attrValues(live, 'href').filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
  });
});

describe('health leaks nothing', () => {
  it('in production shows statuses and ages, no error text or pool figures, while the database and Redis are down', async () => {
    const down = await startServer({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/none',
      DATABASE_SSL: 'disable',
      REDIS_URL: 'redis://127.0.0.1:2',
      FALLBACK_DIR: dir,
    });
    try {
      const res = await fetch(`${down.url}/api/health`);
      expect(res.status).toBe(503);
      const text = await res.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'down', database: { reachable: false }, cache: { healthy: false } });
      // Addresses, ports and schemes of the configured servers; a bare ':1' would match the clock.
      for (const secret of [
        'ECONN',
        '127.0.0.1',
        '1/none',
        'postgres:',
        'redis:',
        'secret',
        'error',
        'pool',
        'circuit',
      ])
        expect(text, secret).not.toContain(secret);
      // The detail is kept for the operator, in the log.
      expect(down.output()).toMatch(/\[health\] .*ECONNREFUSED/);
    } finally {
      await down.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets a slow request in flight finish, then exits within its deadline', async () => {
    const slowDb = await seededDatabase(['jan29']);
    await slowDb.handle.close();
    const proxy = await startProxy(Number(new URL(slowDb.url).port || 5432));
    const viaProxy = new URL(slowDb.url);
    viaProxy.port = String(proxy.port);
    const slow = await startServer({
      DATABASE_URL: viaProxy.toString(),
      FALLBACK_DIR: dir,
      // The deadline leaves room for the slow page below on a loaded CI machine: at 8 s, a page of
      // a dozen 0.3 s round trips once outlasted it there, and the server rightly cut it off.
      SHUTDOWN_TIMEOUT_MS: '30000',
      CACHE_ENABLED: 'false',
      DATABASE_HEALTH_INTERVAL_MS: '0',
    });
    try {
      proxy.slow(300); // every answer from PostgreSQL now takes 0.3 s: a page takes seconds
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      // Whatever the server does on its own after starting is over once nothing has gone to the
      // database for half a second: from then on, traffic through the proxy is this page's.
      for (let last = -1; proxy.forwarded() !== last;) {
        last = proxy.forwarded();
        await sleep(500);
      }
      const before = proxy.forwarded();
      const inFlight = fetch(`${slow.url}/texas/houston?usage=1111`);
      // Stop once the page is being rendered (its first query has gone out), not after a guess.
      for (let i = 0; i < 400 && proxy.forwarded() === before; i++) await sleep(25);
      expect(proxy.forwarded()).toBeGreaterThan(before);
      const exited = slow.stop();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('</html>');
      expect(await exited).toBe(0);
      expect(slow.output()).toMatch(/\[stop\] drained after \d+ ms/);
    } finally {
      await slow.stop();
      await proxy.close();
      await slowDb.drop();
    }
  }, 120_000);

  it('exits within its deadline when the database is unreachable, and at once on a second signal', async () => {
    const dead = await startServer({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      FALLBACK_DIR: dir,
      SHUTDOWN_TIMEOUT_MS: '2000',
    });
    expect((await fetch(`${dead.url}/texas/dallas`)).status).toBe(200); // saved data, with the notice
    expect(await dead.stop()).toBe(0);
    expect(dead.output()).toMatch(/\[stop\] (drained|deadline reached)/);

    // A second signal while a slow request still runs: out at once, not after the deadline.
    const proxy = await startProxy(Number(new URL(db.url).port || 5432));
    const viaProxy = new URL(db.url);
    viaProxy.port = String(proxy.port);
    const twice = await startServer({
      DATABASE_URL: viaProxy.toString(),
      FALLBACK_DIR: dir,
      CACHE_ENABLED: 'false',
      SHUTDOWN_TIMEOUT_MS: '60000',
    });
    try {
      proxy.slow(500);
      const inFlight = fetch(`${twice.url}/texas/houston?usage=1234`).catch(() => null);
      await new Promise((r) => setTimeout(r, 300));
      const code = new Promise<number | null>((resolve) => twice.child.once('exit', (c) => resolve(c)));
      twice.child.kill('SIGTERM');
      for (let i = 0; i < 100 && !twice.output().includes('SIGTERM received'); i++)
        await new Promise((r) => setTimeout(r, 20));
      twice.child.kill('SIGTERM');
      expect(await code).toBe(130);
      expect(twice.output()).toContain('second SIGTERM: exiting now');
      await inFlight;
    } finally {
      await proxy.close();
    }
  }, 120_000);
});
