import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStaticFiles } from '~/server/app/static-files';

// The build's client files, answered from memory before Astro; anything else falls through.
describe('static files from memory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cmp-static-'));
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    mkdirSync(path.join(dir, '_astro'));
    writeFileSync(path.join(dir, '_astro', 'Layout.abc123.css'), 'body{color:#123}');
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dir, '.env'), 'SECRET=1');
    writeFileSync(path.join(dir, '_headers'), '/*\n  X-Test: 1');
    const serve = loadStaticFiles(dir);
    server = http.createServer((req, res) => {
      if (!serve(req, res)) res.writeHead(418).end('app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a hashed asset with its type, length and a year of caching', async () => {
    const res = await fetch(`${base}/_astro/Layout.abc123.css`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('body{color:#123}');
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('content-length')).toBe('16');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('last-modified')).toMatch(/GMT$/);
  });

  it('has other files revalidate by ETag, answering 304 to a match, also a weak one', async () => {
    const first = await fetch(`${base}/favicon.svg?v=2`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/svg+xml');
    expect(first.headers.get('cache-control')).toBe('public, max-age=0');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${base}/favicon.svg`, { headers: { 'if-none-match': `"other", W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${base}/favicon.svg`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('sends headers without a body to HEAD', async () => {
    const res = await fetch(`${base}/favicon.svg`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('41');
    expect(await res.text()).toBe('');
  });

  it('leaves pages, other methods, dotfiles and Netlify’s _headers to the app', async () => {
    for (const p of ['/texas/dallas', '/_astro', '/_astro/', '/.env', '/_headers', '/favicon.svg/']) {
      expect((await fetch(base + p)).status, p).toBe(418);
    }
    expect((await fetch(`${base}/favicon.svg`, { method: 'POST' })).status).toBe(418);
  });
});
