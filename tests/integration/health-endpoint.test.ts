import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { runMigrations } from '~/server/db/migrate';
import { createTempDatabase } from '../helpers/postgres';
import { realTdsps } from '../helpers/seed-rows';
import { startServer, type RunningServer } from '../helpers/server';

describe('the server on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTempDatabase>>;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTempDatabase();
    await runMigrations(parseConfig({ DATABASE_URL: db.url }).database);
    const sql = postgres(db.url, { max: 1 });
    const tdsps = realTdsps();
    for (const t of tdsps) await sql`insert into tdsp_territories (duns, name) values (${t.duns}, ${t.name})`;
    await sql.end();
    server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: path.join(tmpdir(), 'cmp-unused-fallback') });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('reports ok with latency and pool statistics', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: { reachable: true, driver: 'postgres' } });
    expect(body.database.latencyMs).toBeGreaterThan(0);
    expect(body.database.pool).toMatchObject({ max: 10 });
    expect(body.database.pool.total).toBeGreaterThanOrEqual(1);
    expect(body.database.pool.total).toBe(body.database.pool.idle + body.database.pool.active);
    expect(body.data.counts.tdsps).toBe(realTdsps().length);
  });

  it('renders the home page from the database through the service layer', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`data-stat="Utilities \\(TDSPs\\)">${realTdsps().length}<`));
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown paths with a real 404', async () => {
    const res = await fetch(`${server.url}/no-such-page`);
    expect(res.status).toBe(404);
  });
});

describe('the server when PostgreSQL is unreachable and nothing is saved', () => {
  let server: RunningServer;
  let empty: string;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused; and no saved
    // data exists either, so pages have nothing to fall back on.
    empty = mkdtempSync(path.join(tmpdir(), 'cmp-no-saved-'));
    server = await startServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres', FALLBACK_DIR: empty });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(empty, { recursive: true, force: true });
  });

  it('reports down with 503 and keeps serving', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body).toMatchObject({ status: 'down', database: { reachable: false, driver: 'postgres' } });
    }
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(503);
    expect(await home.text()).toContain('temporarily unavailable');
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).toContain('is unreachable');
  });
});

describe('the server on embedded PGlite with no database configured', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cmp-pglite-'));
    // Only where data goes is redirected; the plan source is the default (recordings, then live).
    server = await startServer({ PGLITE_DIR: path.join(dir, 'db'), FALLBACK_DIR: path.join(dir, 'data') }, 300_000);
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates, replays every recorded export before serving, and serves real plans', async () => {
    expect(server.output()).toContain('importing real plan data first');
    expect(server.output()).toContain('[replay] 18/18 2026-01-29');
    expect(server.output()).toMatch(/live export (unavailable|refused|of)/);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const body = await health.json();
    expect(body).toMatchObject({ database: { driver: 'pglite', pool: null } });
    // Recorded exports are months old: the site says so, unless today's live export came on top.
    if (/live export of \S+ imported/.test(server.output())) expect(body.status).toBe('ok');
    else {
      expect(body.status).toBe('degraded');
      expect(body.data.freshness).toMatchObject({ exportDate: '2026-01-29', stale: true });
    }
    expect(body.data.counts.tdsps).toBe(6);
    expect(body.data.counts.activePlans).toBeGreaterThan(500);
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('data-stat="Utilities (TDSPs)">6<');
    expect(existsSync(path.join(dir, 'data', 'current.json'))).toBe(true);
  });

  it('draws price history over more than one recorded date on plan pages from the first start', async () => {
    const city = await (await fetch(`${server.url}/texas/houston`)).text();
    const planPaths = [...new Set([...city.matchAll(/href="(\/plans\/[0-9a-f]{24})"/g)].map((m) => m[1]!))];
    expect(planPaths.length).toBeGreaterThanOrEqual(10);
    const spans = await Promise.all(
      planPaths.map(async (p) => {
        const html = await (await fetch(`${server.url}${p}`)).text();
        return Number(/on (\d+) snapshot dates from/.exec(html)?.[1] ?? 1);
      }),
    );
    // Plans that run all month were seen in most of the 18 exports; a newcomer might be seen once.
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(10);
    expect(spans.filter((n) => n > 1).length).toBeGreaterThan(planPaths.length / 2);
  });

  it('releases the directory lock on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
    expect(existsSync(path.join(dir, 'db.lock'))).toBe(false);
  });
});
