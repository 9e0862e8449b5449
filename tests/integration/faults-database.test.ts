import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';
import { startProxy } from '../helpers/tcp-proxy';

let db: Awaited<ReturnType<typeof seededDatabase>>;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let server: RunningServer;
let dir: string;
let planId: string;
const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' });

beforeAll(async () => {
  const seeded = await seededDatabase(['jan29']);
  db = seeded;
  const handle = seeded.handle;
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-faults-db-'));
  await buildFallback(handle.db, dir);
  const rows = (await handle.db.execute(
    (await import('drizzle-orm')).sql`SELECT id FROM electricity_plans WHERE external_id = '11677'`,
  )) as unknown as { id: string }[];
  planId = rows[0]!.id;
  await handle.close();
  proxy = await startProxy(Number(new URL(db.url).port || 5432));
  const viaProxy = new URL(db.url);
  viaProxy.port = String(proxy.port);
  server = await startServer({
    DATABASE_URL: viaProxy.toString(),
    FALLBACK_DIR: dir,
    DB_BREAKER_FAILURES: '2',
    DB_BREAKER_RESET_MS: '1000',
    DATABASE_CONNECT_TIMEOUT_S: '2',
  });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('PostgreSQL unreachable, then back', () => {
  it('serves live data while the database is up', async () => {
    const res = await get('/texas/dallas');
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('data-saved-notice');
  });

  it('keeps serving a page it already holds live: no sync can commit while the database is out', async () => {
    // Issue 14 changed this: the page cache no longer reads the data version per request, so a
    // page cached at the last known version is answered as it was, and saved data takes the misses.
    proxy.down();
    const res = await get('/texas/dallas');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/s-maxage=300\b/);
    expect(await res.text()).not.toContain('data-saved-notice');
  });

  it('serves Spanish pages from the saved files with the Spanish names and EFLs the live pages show (issue 16)', async () => {
    const cards = (html: string) =>
      html
        .split('<article')
        .slice(1)
        .map((card) => [/data-plan-name>([^<]*)</.exec(card)?.[1], /data-efl="es"/.test(card)]);
    // Saved first, on a page nothing has cached (a cached live page would be served as it was).
    const url = '/es/texas/dallas?usage=1300';
    proxy.down();
    const res = await get(url);
    const saved = await res.text();
    expect(res.status).toBe(200);
    expect(saved).toContain('lang="es"');
    expect(saved).toContain('Mostramos datos de planes guardados del 29 ene 2026');
    // Then live: saved answers are never cached, so once the database is back the page renders.
    proxy.up();
    let live = saved;
    for (let i = 0; i < 60 && live.includes('data-saved-notice'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      live = await (await get(url)).text();
    }
    expect(live).not.toContain('data-saved-notice');
    expect(cards(saved)).toEqual(cards(live));
    expect(cards(saved).filter(([, efl]) => efl).length).toBeGreaterThan(0);
  });

  it('serves city, filter, ZIP and plan pages from the saved files, with the notice', async () => {
    proxy.down();
    for (const p of ['/texas/dallas/12-month', '/texas/austin?utility=AEP_NORTH', `/plans/${planId}`, '/', '/texas']) {
      const res = await get(p);
      const html = await res.text();
      expect(res.status, p).toBe(200);
      expect(html, p).toContain('data-saved-notice');
      expect(html, p).toContain('Showing saved plan data from 29 Jan 2026');
      expect(res.headers.get('cache-control'), p).toMatch(/s-maxage=30\b/);
    }
    const zip = await get('/zip/75201');
    expect(zip.status).toBe(302);
    expect((await get('/zip/77414')).status).toBe(200);
    expect((await get('/zip/78701')).status).toBe(200);
    const plan = await (await get(`/plans/${planId}`)).text();
    expect(plan).toContain('data-history-unavailable');
    const api = await get('/api/plans?city=dallas&usage=1500');
    expect(api.status).toBe(200);
    expect((await api.json()).source.label).toContain('(saved copy)');
  });

  it('answers 503 only where the saved files cannot, and health says the database is down', async () => {
    expect((await get('/providers')).status).toBe(503);
    expect((await get('/sitemap.xml')).status).toBe(503);
    const health = await get('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'down', database: { reachable: false } });
    expect(server.child.exitCode).toBeNull();
  });

  it('returns to live data without a restart once the database is back', async () => {
    proxy.up();
    let live = false;
    for (let i = 0; i < 40 && !live; i++) {
      await new Promise((r) => setTimeout(r, 250));
      // A page the saved files answered during the outage (never cached), now live again.
      const res = await get('/texas/dallas/12-month');
      live = res.status === 200 && !(await res.text()).includes('data-saved-notice');
    }
    expect(live).toBe(true);
    expect((await get('/api/health')).status).toBe(200);
    expect((await get('/providers')).status).toBe(200);
  });
});

describe('PostgreSQL down at start-up', () => {
  it('starts anyway and serves the saved data', async () => {
    const cold = await startServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres', FALLBACK_DIR: dir });
    try {
      expect(cold.output()).toContain('is unreachable');
      const res = await fetch(`${cold.url}/texas/houston`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('data-saved-notice');
      expect((await fetch(`${cold.url}/api/health`)).status).toBe(503);
    } finally {
      await cold.stop();
    }
  });
});
