import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePlanIds, seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

// Issue 14: page-cache hits are answered by the Node server before Astro (http/fast-path.ts).
// A hit must be the render's answer header for header and byte for byte, for every page type
// and every way of asking (identity, br, gzip, HEAD, If-None-Match).
let db: Awaited<ReturnType<typeof seededDatabase>>;
let cached: RunningServer;
let rendering: RunningServer;
let dir: string;
let planIds: string[];

beforeAll(async () => {
  db = await seededDatabase(['jan29']);
  await db.handle.close();
  planIds = await activePlanIds(db.url);
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-fast-path-'));
  [cached, rendering] = await Promise.all([
    startServer({ DATABASE_URL: db.url, FALLBACK_DIR: path.join(dir, 'a'), SERVER_TIMING: 'true' }),
    // No page cache: every answer is a render through Astro.
    startServer({ DATABASE_URL: db.url, FALLBACK_DIR: path.join(dir, 'b'), PAGE_CACHE_MB: '0', SERVER_TIMING: 'true' }),
  ]);
}, 180_000);
afterAll(async () => {
  await Promise.all([cached?.stop(), rendering?.stop()]);
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the bytes as sent (no decompression, unlike fetch). */
const raw = (base: string, p: string, method: string, headers: Record<string, string>) =>
  new Promise<Raw>((resolve, reject) => {
    const req = http.request(`${base}${p}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

// Differ per response by nature: the clock, the timing figures and the connection.
const VOLATILE = new Set(['date', 'server-timing', 'connection', 'keep-alive']);
// Framing: a render that streams is chunked, a hit always declares its length (checked below).
const FRAMING = new Set(['content-length', 'transfer-encoding']);
const stable = (r: Raw, framing: boolean) =>
  Object.fromEntries(
    Object.entries(r.headers).filter(([name]) => !VOLATILE.has(name) && (framing || !FRAMING.has(name))),
  );
const timing = (r: Raw) => String(r.headers['server-timing'] ?? '');

const pages = () => [
  '/',
  '/texas',
  '/texas/dallas',
  '/texas/dallas?usage=1500',
  '/texas/dallas/12-month/fixed-rate',
  '/es',
  '/es/texas/dallas?usage=1500',
  `/es/plans/${planIds[0]}`,
  '/texas/dallas/feed.xml',
  '/zip/78704',
  `/plans/${planIds[0]}`,
  `/compare?plans=${planIds.join(',')}`,
  '/providers',
  '/providers/think-energy',
  '/sitemap.xml',
  '/sitemaps/cities.xml',
  '/api/zip/75201',
  '/api/plans?city=dallas&usage=1200',
];

describe('page-cache hits before the framework', () => {
  it('answer every page type exactly as a render does, in every encoding, for GET, HEAD and If-None-Match', async () => {
    let fast = 0;
    for (const p of pages()) {
      const miss = await raw(cached.url, p, 'GET', { 'accept-encoding': 'identity' });
      expect(miss.status, p).toBe(200);
      expect(timing(miss), p).toContain('page-miss');
      const etag = String(miss.headers.etag ?? '');
      const asks: [string, Record<string, string>][] = [
        ['GET', { 'accept-encoding': 'identity' }],
        ['GET', { 'accept-encoding': 'br' }],
        ['GET', { 'accept-encoding': 'gzip, deflate' }],
        ['HEAD', { 'accept-encoding': 'br' }],
        ['GET', { 'accept-encoding': 'br', 'if-none-match': etag.replace(/"$/, '-br"') }],
        ['GET', { 'accept-encoding': 'identity', 'if-none-match': etag }],
      ];
      for (const [method, headers] of asks) {
        const what = `${method} ${p} ${JSON.stringify(headers)}`;
        const [hit, render] = await Promise.all([
          raw(cached.url, p, method, headers),
          raw(rendering.url, p, method, headers),
        ]);
        expect(timing(render), what).not.toContain('page-hit');
        expect(timing(hit), what).toContain('page-hit');
        if (timing(hit).includes('fast-path')) fast++;
        expect(hit.status, what).toBe(render.status);
        const framing = render.headers['content-length'] !== undefined;
        expect(stable(hit, framing), what).toEqual(stable(render, framing));
        if (method === 'GET' && hit.status === 200)
          expect(Number(hit.headers['content-length']), what).toBe(hit.body.length);
        expect(hit.body.toString('latin1'), what).toBe(render.body.toString('latin1'));
      }
    }
    // Every hit above went around Astro.
    expect(fast).toBe(pages().length * 6);
  }, 180_000);

  it('leave health, redirects, errors and non-canonical URLs to Astro', async () => {
    const twice = ['/api/health', '/zip/75201', '/no-such-page', '/texas/Dallas', '/texas/dallas/', '/api/zip/00000'];
    for (const p of [...twice, ...twice]) {
      const res = await raw(cached.url, p, 'GET', {});
      expect(timing(res), p).not.toContain('fast-path');
    }
  });

  it('remember each target’s verdict without letting distinct targets pile up', async () => {
    const page = '/texas/dallas?usage=1500';
    await raw(cached.url, page, 'GET', {});
    // Parameters nothing reads share the page; each new target string is parsed once, then kept.
    for (let i = 0; i < 1_100; i++) {
      const res = await raw(cached.url, `${page}&junk=${i}`, 'GET', {});
      if (i % 275 === 0) expect(timing(res), `junk ${i}`).toContain('fast-path');
    }
    for (const p of [page, `${page}&junk=0`, '/texas/Dallas']) {
      const res = await raw(cached.url, p, 'GET', {});
      expect(timing(res).includes('fast-path'), p).toBe(p !== '/texas/Dallas');
      expect(res.status, p).toBe(p === '/texas/Dallas' ? 301 : 200);
    }
  }, 120_000);
});
