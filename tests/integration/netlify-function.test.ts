import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_DIR, NETLIFY_OUT, run } from '../helpers/netlify-build';
import { activePlanIds, seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';
import { startProxy } from '../helpers/tcp-proxy';

// The Netlify target, proven: `npm run build:netlify` against a real PostgreSQL, then the built
// function's handler called in process with real Requests, beside the Node server on the same data.
const ORIGIN = 'https://example.org';
const LOCAL = 'http://localhost:4321';
type Handler = (request: Request, context: { ip: string }) => Promise<Response>;

let db: Awaited<ReturnType<typeof seededDatabase>>;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let node: RunningServer;
let handler: Handler;
let planIds: string[];

beforeAll(async () => {
  db = await seededDatabase(['jan29']);
  await db.handle.close();
  // Two real plans for the plan and compare pages.
  planIds = await activePlanIds(db.url);
  const build = await run(['npm', 'run', 'build:netlify'], {
    DATABASE_URL: db.url,
    SITE_URL: ORIGIN,
    FALLBACK_DIR: NETLIFY_OUT.savedDir,
    ASTRO_OUT_DIR: NETLIFY_OUT.outDir,
  });
  expect(build.code, build.output).toBe(0);
  expect(build.output).toMatch(/saved files: \d+ files, [\d.]+ MB/);
  proxy = await startProxy(Number(new URL(db.url).port || 5432));
  const proxied = new URL(db.url);
  proxied.port = String(proxy.port);
  // What Netlify gives the function: the database, the platform flag, and the bundled saved files.
  Object.assign(process.env, {
    DATABASE_URL: proxied.toString(),
    NETLIFY: 'true',
    FALLBACK_DIR: path.join(FUNCTION_DIR, NETLIFY_OUT.savedDir),
    DB_BREAKER_FAILURES: '2',
    DB_BREAKER_RESET_MS: '100000',
    DATABASE_CONNECT_TIMEOUT_S: '2',
    DATABASE_HEALTH_INTERVAL_MS: '0',
  });
  handler = ((await import(pathToFileURL(path.join(FUNCTION_DIR, 'ssr.mjs')).href)) as { default: Handler }).default;
  node = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: path.join(FUNCTION_DIR, NETLIFY_OUT.savedDir) });
}, 300_000);
afterAll(async () => {
  await node?.stop();
  await proxy?.close();
  await db?.drop();
});

const fromFunction = (p: string) => handler(new Request(`${ORIGIN}${p}`), { ip: '203.0.113.9' });
const fromNode = (p: string) => fetch(`${node.url}${p}`, { redirect: 'manual' });
const local = (text: string) => text.replaceAll(ORIGIN, LOCAL);

describe('the built Netlify function', () => {
  const paths = () => [
    '/',
    '/texas',
    '/texas/dallas',
    '/texas/dallas/12-month/fixed-rate',
    '/zip/75201',
    '/zip/77414',
    '/zip/78704',
    '/zip/00000',
    `/plans/${planIds[0]}`,
    `/compare?plans=${planIds.join(',')}`,
    '/providers',
    '/providers/think-energy',
    '/sitemap.xml',
    '/sitemaps/cities.xml',
    '/robots.txt',
    '/api/plans?city=dallas',
    '/api/zip/75201',
    '/no-such-page',
  ];

  it('answers every page type as the Node server does for the same request and data', async () => {
    for (const p of paths()) {
      const [fn, nd] = await Promise.all([fromFunction(p), fromNode(p)]);
      expect(fn.status, p).toBe(nd.status);
      for (const name of ['content-type', 'cache-control', 'netlify-cdn-cache-control'])
        expect(fn.headers.get(name), `${p} ${name}`).toBe(nd.headers.get(name));
      expect(local(fn.headers.get('location') ?? ''), p).toBe(nd.headers.get('location') ?? '');
      expect(local(await fn.text()), p).toBe(await nd.text());
    }
  }, 120_000);

  it('writes SITE_URL into every absolute URL: canonical, og:url, JSON-LD, sitemaps and robots.txt', async () => {
    const home = await (await fromFunction('/texas/dallas')).text();
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}/texas/dallas">`);
    expect(home).toContain(`<meta property="og:url" content="${ORIGIN}/texas/dallas">`);
    expect(home).toContain(`"item":"${ORIGIN}/texas/dallas"`);
    expect(home).not.toContain('localhost');
    expect(await (await fromFunction('/sitemap.xml')).text()).toContain(`<loc>${ORIGIN}/sitemaps/cities.xml</loc>`);
    expect(await (await fromFunction('/sitemaps/cities.xml')).text()).toContain(`<loc>${ORIGIN}/texas/dallas</loc>`);
    expect(await (await fromFunction('/robots.txt')).text()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it('sends HSTS for an https origin even when the request reached it over http, and leaves compression to the CDN', async () => {
    const res = await handler(
      new Request('http://example.org/texas/dallas', { headers: { 'accept-encoding': 'br' } }),
      {
        ip: '203.0.113.9',
      },
    );
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('answers city, ZIP and plan pages from the bundled saved files while the database is unreachable', async () => {
    proxy.down();
    try {
      // Issue 14: no sync can commit while the database is out, so a page the function already
      // holds at the last known data version is still the newest there is and stays live...
      const held = await fromFunction('/texas/dallas');
      expect(held.status).toBe(200);
      expect(held.headers.get('cache-control')).toMatch(/s-maxage=300\b/);
      expect(await held.text()).not.toContain('data-saved-notice');
      // ...and saved data answers what it does not hold, with the 30 s profile.
      for (const p of ['/texas/houston', `/plans/${planIds[1]}`, '/api/plans?city=houston']) {
        const res = await fromFunction(p);
        expect(res.status, p).toBe(200);
        expect(res.headers.get('cache-control'), p).toMatch(/s-maxage=30\b/);
        if (!p.startsWith('/api')) expect(await res.text(), p).toContain('data-saved-notice');
      }
      const zip = await fromFunction('/zip/75201');
      expect(zip.status).toBe(302);
      expect(zip.headers.get('location')).toBe('/texas/dallas?utility=ONCOR');
    } finally {
      proxy.up();
    }
  }, 120_000);
});

describe('builds that must refuse', () => {
  it('a production build without an origin fails, naming SITE_URL', async () => {
    const netlify = await run(['npx', 'astro', 'build'], { DEPLOY_TARGET: 'netlify', ASTRO_OUT_DIR: 'dist-refused' });
    expect(netlify.code).not.toBe(0);
    expect(netlify.output).toContain('SITE_URL');
    const production = await run(['npm', 'run', 'build'], { NODE_ENV: 'production' });
    expect(production.code).not.toBe(0);
    expect(production.output).toContain('SITE_URL is not set');
  });

  it('a Netlify build on an empty database fails, naming the one-time data:sync step', async () => {
    const empty = await seededDatabase([]);
    await empty.handle.close();
    try {
      const res = await run(['npm', 'run', 'build:netlify'], {
        DATABASE_URL: empty.url,
        SITE_URL: ORIGIN,
        FALLBACK_DIR: '.netlify-test-empty',
        ASTRO_OUT_DIR: 'dist-refused',
      });
      expect(res.code).not.toBe(0);
      expect(res.output).toContain('npm run data:sync');
    } finally {
      await empty.drop();
    }
  });
});
