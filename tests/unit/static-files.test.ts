import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStaticFiles } from '~/server/app/static-files';

// The build's client files, answered from memory before Astro; anything else falls through.
describe('static files from memory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cmp-static-'));
  let server: http.Server;
  let plain: http.Server;
  let base = '';
  let plainBase = '';
  // A real stylesheet's size: compressed copies are made only from MIN_COMPRESS_BYTES up.
  const css = Array.from(
    { length: 200 },
    (_, i) => `.c${i}{margin:${i}px;color:#${(i * 4099).toString(16).slice(-3)}}`,
  ).join('');
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'site.css'), css);
    writeFileSync(path.join(dir, 'logo.png'), Buffer.alloc(4096, 7));
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
    const serveAsIs = loadStaticFiles(dir, { compress: false });
    plain = http.createServer((req, res) => {
      if (!serveAsIs(req, res)) res.writeHead(418).end('app');
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    plainBase = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => plain.close(resolve));
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

  describe('compressed copies', () => {
    const get = (url: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        // node:http, not fetch, which would decode the body and hide what was sent.
        http
          .get(url, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          })
          .on('error', reject);
      });

    it('sends a stylesheet in brotli or gzip as the client prefers, with its own ETag and length', async () => {
      const identity = await get(`${base}/site.css`);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.toString()).toBe(css);
      expect(identity.headers.vary).toBe('Accept-Encoding');
      const tag = identity.headers.etag!;

      const br = await get(`${base}/site.css`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).toString()).toBe(css);
      expect(br.body.length).toBeLessThan(css.length / 3);
      expect(br.headers['content-length']).toBe(String(br.body.length));
      expect(br.headers.etag).toBe(`${tag.slice(0, -1)}-br"`);
      expect(br.headers.vary).toBe('Accept-Encoding');

      const gz = await get(`${base}/site.css`, { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(css);
      expect(gz.headers.etag).toBe(`${tag.slice(0, -1)}-gz"`);
    });

    it('answers 304 to any copy’s tag, naming the copy the client would get', async () => {
      const gz = await get(`${base}/site.css`, { 'accept-encoding': 'gzip' });
      const again = await get(`${base}/site.css`, { 'accept-encoding': 'br', 'if-none-match': gz.headers.etag! });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toMatch(/-br"$/);
      expect(again.headers.vary).toBe('Accept-Encoding');
    });

    it('gives HEAD the length of the copy a GET would get', async () => {
      const br = await get(`${base}/site.css`, { 'accept-encoding': 'br' });
      const head = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http
          .request(`${base}/site.css`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } }, resolve)
          .on('error', reject)
          .end(),
      );
      head.resume();
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.headers['content-length']).toBe(String(br.body.length));
    });

    it('never compresses images, files under MIN_COMPRESS_BYTES, or anything with compression off', async () => {
      const png = await get(`${base}/logo.png`, { 'accept-encoding': 'br, gzip' });
      expect(png.headers['content-encoding']).toBeUndefined();
      expect(png.headers.vary).toBeUndefined();
      expect(png.body.length).toBe(4096);
      const small = await get(`${base}/_astro/Layout.abc123.css`, { 'accept-encoding': 'br' });
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.body.toString()).toBe('body{color:#123}');
      const off = await get(`${plainBase}/site.css`, { 'accept-encoding': 'br, gzip' });
      expect(off.headers['content-encoding']).toBeUndefined();
      expect(off.headers.vary).toBeUndefined();
      expect(off.body.toString()).toBe(css);
    });
  });
});
